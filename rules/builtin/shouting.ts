import { z } from 'zod';
import type { Chunk, LocalSpan } from '../engine/document';
import { defineRule, type DraftFinding } from '../engine/rule';
import { allMatches } from '../engine/matches';

/** Upper-case words people write in capitals without raising their voice. */
const ACRONYM_MAX = 4;
const ALLOWED_CAPS = new Set(['OK', 'TV', 'AI', 'UK', 'USA', 'NYC', 'CEO', 'FAQ', 'ASAP', 'LOL', 'OMG', 'DIY', 'RSVP', 'PSA', 'TL;DR']);

/** Runs of capitalised words: two or more words in capitals, or one long one. */
const CAPS_RUN = /(?<![\p{L}\p{N}_#@])\p{Lu}[\p{Lu}\p{N}'\u2019-]*\p{Lu}(?:[\s,&]+\p{Lu}[\p{Lu}\p{N}'\u2019-]*\p{Lu})*(?![\p{L}\p{N}_])/gu;
/** Two or more ! or any mix of ! and ? of three or more. */
const PUNCT_RUN = /!{2,}|[!?]*(?:\?!|!\?)[!?]*/g;

export interface CapsRun extends LocalSpan {
  words: number;
}

export function capsRuns(chunk: Chunk): CapsRun[] {
  const out: CapsRun[] = [];
  for (const m of allMatches(CAPS_RUN, chunk.text)) {
    const words = m[0].split(/[\s,&]+/).filter(Boolean);
    const loud = words.filter((w) => !ALLOWED_CAPS.has(w) && w.replace(/[^\p{L}]/gu, '').length > 1);
    const isShout = loud.length >= 2 || loud.some((w) => w.replace(/[^\p{L}]/gu, '').length > ACRONYM_MAX);
    if (isShout) out.push({ start: m.index, end: m.index + m[0].length, words: words.length });
  }
  return out;
}

export function punctuationRuns(chunk: Chunk): LocalSpan[] {
  return [...allMatches(PUNCT_RUN, chunk.text)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** "GREAT NEWS" -> "Great news" at the start of a sentence, "great news" elsewhere. */
export function toSentenceCase(words: string, atSentenceStart: boolean): string {
  const lower = words.toLowerCase();
  return atSentenceStart ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

function isSentenceStart(text: string, index: number): boolean {
  return /(^|[.!?\n]\s*)$/.test(text.slice(Math.max(0, index - 3), index)) || index === 0;
}

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
