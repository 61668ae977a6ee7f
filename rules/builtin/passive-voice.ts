import { z } from 'zod';
import { defineRule, type DraftFinding } from '../engine/rule';
import { A, docPassives } from '../detectors/passive-voice';

export default defineRule({
  meta: {
    id: 'passive-voice',
    principle: 'be-human',
    defaultSeverity: 'suggestion',
    enabledByDefault: true,
    docs: {
      summary: 'Finds passive sentences that hide who acted: "mistakes were made", "a decision has been taken", "prices will be increased".',
      rationale:
        'A person says "we decided"; an entity says "it was decided". Owning the news in the active voice sounds human and earns more trust, especially when the news is bad.',
      whenNotToUse: 'When the actor really is unknown or beside the point (a legal notice, a scientific method), the passive is fine.',
    },
    examples: {
      bad: [
        'Mistakes were made, and we are sorry for the delays.',
        'A decision has been taken to close the Leeds branch.',
        'From May, prices will be increased by 5%.',
      ],
      good: [
        'We made mistakes, and we are sorry for the delays.',
        'I was promoted today and I still cannot believe it!',
        'The cake was made by my sister, who refuses to share the recipe.',
      ],
    },
    messages: {
      passive: '"{actual}" hides who did it. Say who: "we decided", "we made", "we will raise" sounds like a person owning the news.',
    },
    options: z.object({}),
  },
  check({ doc }) {
    const findings: DraftFinding[] = [];
    for (const span of docPassives(doc)) findings.push({ ...span, messageId: 'passive' });
    return findings;
  },
});
