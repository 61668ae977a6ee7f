import { z } from 'zod';
import { defineRule, type DraftFinding } from '../engine/rule';
import { capsRuns, punctuationRuns, toSentenceCase, isSentenceStart } from '../detectors/shouting';

export default defineRule({
  meta: {
    id: 'shouting',
    principle: 'listen-dont-shout',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    docs: {
      summary: 'Finds words in capitals and runs of exclamation or question marks.',
      rationale:
        'Capitals and "!!!" read as raised voices. People scroll past a post that yells at them; a calm sentence is heard.',
      whenNotToUse: 'Brands whose name is written in capitals can add it to a house-rule capitalisation list.',
    },
    examples: {
      bad: ['HUGE SALE TODAY, everything must go!!!', 'Are you ready?!?! The new season starts Friday.'],
      good: ['Our spring range is in. Which colour would you pick?', 'Met the NASA team at the CEO summit, what a day!'],
    },
    messages: {
      caps: '"{actual}" is in capitals, which reads as shouting. Try "{suggestion}".',
      punctuation: '"{actual}" piles up punctuation. One mark says the same without raising your voice.',
    },
    options: z.object({}),
  },
  check({ doc }) {
    const findings: DraftFinding[] = [];
    for (const span of doc.spans('shouting:caps', capsRuns)) {
      const actual = doc.text.slice(span.start, span.end);
      const suggestion = toSentenceCase(actual, isSentenceStart(doc.text, span.start));
      findings.push({
        ...span,
        messageId: 'caps',
        data: { suggestion },
        expected: [suggestion],
        fixes: [{ label: `Change to "${suggestion}"`, start: span.start, end: span.end, text: suggestion }],
      });
    }
    for (const span of doc.spans('shouting:punctuation', punctuationRuns)) {
      const actual = doc.text.slice(span.start, span.end);
      const single = actual.includes('?') ? '?' : '!';
      findings.push({
        ...span,
        messageId: 'punctuation',
        expected: [single],
        fixes: [{ label: `Change to "${single}"`, start: span.start, end: span.end, text: single }],
      });
    }
    return findings;
  },
});
