import type { Chunk, LocalSpan } from '../engine/document';
import { matchSpans } from '../engine/find';

/** Upper-case words people write in capitals without raising their voice. */
const ACRONYM_MAX = 4;
const ALLOWED_CAPS = new Set(['OK', 'TV', 'AI', 'UK', 'USA', 'NYC', 'CEO', 'FAQ', 'ASAP', 'LOL', 'OMG', 'DIY', 'RSVP', 'PSA', 'TL;DR']);

/** Runs of capitalised words: two or more words in capitals, or one long one. */
const CAPS_RUN = /(?<![\p{L}\p{N}_#@])\p{Lu}[\p{Lu}\p{N}'\u2019-]*\p{Lu}(?:[\s,&]+\p{Lu}[\p{Lu}\p{N}'\u2019-]*\p{Lu})*(?![\p{L}\p{N}_])/gu;
/**
 * Three or more ! ("!!!"), or ! and ? mixed ("?!"). A double "!!" is how people sound pleased in a reply
 * ("that looks amazing!!"), not raised voices, so it is left alone.
 */
const PUNCT_RUN = /!{3,}|[!?]*(?:\?!|!\?)[!?]*/g;

export interface CapsRun extends LocalSpan {
  words: number;
}

export function capsRuns(chunk: Chunk): CapsRun[] {
  return matchSpans(CAPS_RUN, chunk.text, (m) => {
    const words = m[0].split(/[\s,&]+/).filter(Boolean);
    const loud = words.filter((w) => !ALLOWED_CAPS.has(w) && w.replace(/[^\p{L}]/gu, '').length > 1);
    const isShout = loud.length >= 2 || loud.some((w) => w.replace(/[^\p{L}]/gu, '').length > ACRONYM_MAX);
    return isShout ? { words: words.length } : undefined;
  });
}

export function punctuationRuns(chunk: Chunk): LocalSpan[] {
  return matchSpans(PUNCT_RUN, chunk.text);
}

/** "GREAT NEWS" -> "Great news" at the start of a sentence, "great news" elsewhere. */
export function toSentenceCase(words: string, atSentenceStart: boolean): string {
  const lower = words.toLowerCase();
  return atSentenceStart ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

export function isSentenceStart(text: string, index: number): boolean {
  return /(^|[.!?\n]\s*)$/.test(text.slice(Math.max(0, index - 3), index)) || index === 0;
}
