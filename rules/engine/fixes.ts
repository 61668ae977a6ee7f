import type { Fix } from './types';

/** Fixes that several rules offer: removing words without leaving a double space behind. */

/** Removing a tag or mention takes one neighbouring space with it, so "a #b c" becomes "a c", not "a  c". */
export function removalFix(text: string, start: number, end: number, label: string): Fix {
  if (text.charAt(end) === ' ') return { label, start, end: end + 1, text: '' };
  if (start > 0 && /[ \t]/.test(text.charAt(start - 1))) return { label, start: start - 1, end, text: '' };
  return { label, start, end, text: '' };
}

/**
 * A fix that deletes the sentence around `[start, end)` when the phrase is the whole sentence ("Buy now!",
 * "Like and share!"): that is the one rewrite that is always right. Undefined when the sentence says more.
 */
export function sentenceRemoval(text: string, start: number, end: number): Fix | undefined {
  // A sentence that is only an order is short; stop looking after a few words so a long run of text
  // without full stops costs the same as a short one.
  const reach = 60;
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text.charAt(from - 1))) if (start - --from > reach) return undefined;
  while (from < start && /\s/.test(text.charAt(from))) from++;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text.charAt(to))) if (++to - end > reach) return undefined;
  while (to < text.length && /[.!?]/.test(text.charAt(to))) to++;
  const rest = (text.slice(from, start) + ' ' + text.slice(end, to)).replace(/\b(?:please|plz|pls|now|today|and|so)\b/gi, '');
  if (/[\p{L}\p{N}]{2,}/u.test(rest)) return undefined;
  // Take the space after the sentence, or before it when it ends the text, so no double space is left.
  let cutFrom = from;
  let cutTo = to;
  if (/[ \t]/.test(text.charAt(cutTo))) {
    while (cutTo < text.length && cutTo - to < reach && /[ \t]/.test(text.charAt(cutTo))) cutTo++;
  } else {
    while (cutFrom > 0 && from - cutFrom < reach && /[ \t]/.test(text.charAt(cutFrom - 1))) cutFrom--;
  }
  return { label: `Remove "${text.slice(from, to)}"`, start: cutFrom, end: cutTo, text: '' };
}
