import type { Doc } from '../engine/document';
import { capsRuns, punctuationRuns } from '../detectors/shouting';

/**
 * Share of the draft's letters that sit in shouted words, plus a step for each pile of punctuation.
 * One shouted word in a long post is a little loud; a post in capitals is all shouting.
 */
export function shouting(doc: Doc): number {
  const letters = doc.sum('letters', (c) => (c.text.match(/\p{L}/gu) ?? []).length);
  if (letters === 0) return 0;
  const shouted = doc.sum('shouting:caps-letters', (c) =>
    c.memo('shouting:caps', capsRuns).reduce((n, s) => n + (c.text.slice(s.start, s.end).match(/\p{L}/gu) ?? []).length, 0),
  );
  const piles = doc.sum('shouting:piles', (c) => c.memo('shouting:punctuation', punctuationRuns).length);
  return Math.min(1, (shouted / letters) * 2 + piles * 0.25);
}
