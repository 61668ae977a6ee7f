import { z } from 'zod';
import { defineRule, type DraftFinding } from '../engine/rule';
import { docHeat } from '../detectors/heated-language';

export default defineRule({
  meta: {
    id: 'heated-language',
    principle: 'be-prepared',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    docs: {
      summary: 'Finds swearing, insults, threats and hatred aimed at people.',
      rationale:
        'One heated word is what gets screenshotted and shared out of context. Checking for it before posting is the cheapest crisis plan there is.',
      whenNotToUse:
        'Private accounts among friends who swear together, or posts that quote someone else\u2019s words to report on them.',
    },
    examples: {
      bad: [
        'Anyone who still uses that app is an idiot. Seriously, you people are pathetic.',
        'Shut up and stop whining about the delivery times.',
        'What a fucking joke this update is.',
      ],
      good: [
        'Ugh, Monday. Coffee first, then the inbox.',
        'The traffic this morning was awful, took me an hour to get in.',
        'Honestly disappointed with how the update turned out. We will fix it this week.',
      ],
    },
    messages: {
      profanity: '"{actual}" is swearing. In a public post it can put readers off or be quoted against you; a plainer word keeps your point.',
      insult: '"{actual}" insults people. Criticise what happened, not the people, and the point lands without the fight.',
      threat: '"{actual}" reads as aggressive or threatening. Take a minute before posting and say what you want to change instead.',
      hate: '"{actual}" aims hatred at people. Say what bothers you about what they did; it is easier to answer and harder to misquote.',
    },
    options: z.object({}),
  },
  check({ doc }) {
    const findings: DraftFinding[] = [];
    for (const m of docHeat(doc)) findings.push({ start: m.start, end: m.end, messageId: m.kind });
    return findings;
  },
});
