import { z } from 'zod';
import { defineRule } from '../engine/rule';
import { flagEach } from '../engine/flag';
import { privateLifeCues } from '../detectors/private-life';

export default defineRule({
  meta: {
    id: 'private-life',
    principle: 'keep-private-private',
    defaultSeverity: 'suggestion',
    enabledByDefault: true,
    docs: {
      summary:
        'Finds private-life details in a draft: diagnoses, therapy and medication, someone else\u2019s pregnancy or relationship, ' +
        'former partners, nights out, and telling the world your home is empty.',
      rationale:
        'A post is public and stays findable. Health, relationships and nights out are the details people regret sharing, ' +
        'and other people\u2019s are not yours to share. An empty house plus an address is an invitation.',
      whenNotToUse: 'Writers who choose to talk openly about their own health can turn this off, or ignore a finding.',
    },
    examples: {
      bad: [
        'Quiet week for me, my sister was diagnosed with breast cancer on Monday.',
        'Big news from the office: Priya is pregnant again! Don\u2019t tell her I told you.',
        'We\u2019re away on holiday for two weeks from Saturday, so the house at 21 Maple Road is all yours, plants!',
        'Honestly I was so drunk last night at the team party.',
        'My ex turned up at the gig last night, with her new boyfriend.',
      ],
      good: [
        'Our clinic now sees patients diagnosed with diabetes on Saturdays too.',
        'We\u2019re away on holiday for two weeks, see you all in June!',
        'Loved the dating episode of the podcast, what a story.',
        'Drink driving kills: plan your ride home this Christmas.',
        'Health tips from our nutritionist, every Friday.',
        'My ex-colleague just started a podcast about bread.',
      ],
    },
    messages: {
      health:
        '\u201c{actual}\u201d shares a health detail. If it\u2019s someone else\u2019s, ask them first; if it\u2019s yours, make sure you\u2019re happy for it to stay public.',
      medication:
        '\u201c{actual}\u201d says who takes what medicine. That is private health information; leave it out unless it\u2019s yours and you mean to share it.',
      pregnancy: '\u201c{actual}\u201d is someone else\u2019s news. Let them share it first.',
      relationship: '\u201c{actual}\u201d is about someone else\u2019s relationship. It\u2019s their story to tell, not a post.',
      formerPartner:
        '\u201c{actual}\u201d brings a former partner into a public post. They can\u2019t answer here and the post stays findable; keep the story for friends.',
      nightOut:
        '\u201c{actual}\u201d tells everyone about a night out. Colleagues, clients and future employers can read it too; keep it for friends.',
      homeEmpty: '\u201c{actual}\u201d tells anyone reading that a home is empty or a child is alone. Say it after the fact, or privately.',
      away: '\u201c{actual}\u201d, with an address in the same post, tells strangers when a home will be empty. Share holiday news when you\u2019re back.',
    },
    options: z.object({}),
  },
  check({ doc }) {
    return flagEach(privateLifeCues(doc), (c) => ({
      messageId: c.kind,
      // Other people's details, and safety cues, are more than a suggestion.
      ...(c.others || c.kind === 'homeEmpty' || c.kind === 'away' ? { severity: 'warning' as const } : {}),
    }));
  },
});
