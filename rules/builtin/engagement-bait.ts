import { z } from 'zod';
import { defineRule, type DraftFinding } from '../engine/rule';
import { sentenceRemoval } from '../engine/fixes';
import { baitCues } from '../signals/engagement-bait';

const MESSAGE_FOR_KIND: Record<string, string> = {
  swap: 'swap',
  'like-share': 'ask',
  tag: 'tag',
  contest: 'contest',
  comment: 'ask',
  numbers: 'numbers',
};

export default defineRule({
  meta: {
    id: 'engagement-bait',
    principle: 'quality-over-quantity',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    docs: {
      summary:
        'Finds requests for likes, shares, follows or subscribers as such: "like and share", "follow for follow", "tag 3 friends", "RT to win", "sub4sub", begging for numbers.',
      rationale:
        'Likes and follows that were asked for, swapped or raffled say nothing about whether people value the post, and platforms push such posts down. Engagement that lasts is earned by the post itself.',
      whenNotToUse: 'A real giveaway run under the platform\u2019s promotion rules may need its entry instructions; turn the rule off for that post.',
    },
    examples: {
      bad: ['Like and share if you agree!', 'Follow for follow, I always follow back', 'Tag 3 friends who need this and RT to win a hoodie'],
      good: [
        'Loved the talk on accessible forms today. What would you add to the checklist?',
        'I like this post a lot, thanks for writing it.',
        'We just passed 10k followers. Thank you for the questions and the ideas along the way.',
      ],
    },
    messages: {
      ask: '"{actual}" asks for likes or shares. Engagement you ask for is hollow; give people a reason to respond instead, such as a question they can answer.',
      swap: '"{actual}" trades follows or likes. Swapped followers don\u2019t read you; post something worth following.',
      tag: '"{actual}" asks people to tag friends for reach. Invite them to share an experience instead.',
      contest: '"{actual}" trades a prize for reposts. Reach bought that way rarely stays; check the platform\u2019s rules too.',
      numbers: '"{actual}" begs for numbers. Followers who came for the count won\u2019t stay for the content; tell people what they\u2019ll get.',
    },
    options: z.object({}),
  },
  check({ doc }) {
    return doc.spans('bait:cues', baitCues).map(({ start, end, kind }): DraftFinding => {
      const removal = sentenceRemoval(doc.text, start, end);
      return { start, end, messageId: MESSAGE_FOR_KIND[kind] ?? 'ask', ...(removal ? { fixes: [removal] } : {}) };
    });
  },
});
