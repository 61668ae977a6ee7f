import type { LocalSpan } from './document';
import { allMatches } from './matches';

/**
 * Finding words for rules and detectors, so that a rule is mostly its phrases: a pattern's matches as spans,
 * and phrase lists (one entry per family of phrases, with whatever the rule says about it) compiled into one
 * expression that tells which entry matched. Offsets are those of the text given; run them on a chunk through
 * `doc.spans(key, ...)` to have them cached per chunk and moved to whole-text offsets.
 */

/**
 * Every match of a global pattern as a span. `describe` adds fields to a match's span (its kind, a
 * replacement), or returns undefined to pass over the match; without it the span is the bare place.
 */
export function matchSpans(re: RegExp, text: string): LocalSpan[];
export function matchSpans<T extends object>(re: RegExp, text: string, describe: (match: RegExpExecArray) => T | undefined): (LocalSpan & T)[];
export function matchSpans<T extends object>(re: RegExp, text: string, describe?: (match: RegExpExecArray) => T | undefined): (LocalSpan & T)[] {
  const out: (LocalSpan & T)[] = [];
  for (const m of allMatches(re, text)) {
    const more = describe ? describe(m) : ({} as T);
    if (more !== undefined) out.push({ start: m.index, end: m.index + m[0].length, ...more });
  }
  return out;
}

/** One entry of a phrase list: a pattern source for one family of phrases, beside what the rule says of it. */
export interface PhraseEntry {
  source: string;
}

export interface PhraseMatch<E> extends LocalSpan {
  /** The entry whose phrase matched, and its place in the list. */
  entry: E;
  index: number;
  match: RegExpExecArray;
}

export interface PhraseListOptions {
  /** Flags of the compiled expression; `g` is always added. Default `giu`: any case, Unicode classes. */
  flags?: string;
  /** Pattern sources around every phrase, such as word boundaries; none by default (entries carry their own). */
  before?: string;
  after?: string;
  /** Try longer sources first, so "reach out to" wins over "reach out" where both match. */
  longestFirst?: boolean;
}

export interface PhraseList<E> {
  readonly entries: readonly E[];
  /** Every phrase in `text`, left to right, each with the entry it came from. */
  find(text: string): PhraseMatch<E>[];
}

/**
 * Compiles a phrase list into one expression (one pass over the text, however long the list). Each entry's
 * source may hold groups of its own; the entry that matched is told by the group wrapped around it.
 */
export function phraseList<E extends PhraseEntry>(entries: readonly E[], options: PhraseListOptions = {}): PhraseList<E> {
  const flags = options.flags ?? 'giu';
  const order = entries.map((_, i) => i);
  if (options.longestFirst) order.sort((a, b) => (entries[b]?.source.length ?? 0) - (entries[a]?.source.length ?? 0));
  const groupOf = new Array<number>(entries.length);
  let group = 1;
  for (const i of order) {
    groupOf[i] = group;
    group += 1 + groupCount(entries[i]?.source ?? '');
  }
  const alternatives = order.map((i) => `(${entries[i]?.source ?? ''})`).join('|');
  const pattern = new RegExp(`${options.before ?? ''}(?:${alternatives})${options.after ?? ''}`, flags.includes('g') ? flags : `${flags}g`);
  return {
    entries,
    find(text) {
      const out: PhraseMatch<E>[] = [];
      for (const match of allMatches(pattern, text)) {
        const index = order.find((i) => match[groupOf[i] ?? 0] !== undefined);
        const entry = index === undefined ? undefined : entries[index];
        if (index === undefined || entry === undefined) continue;
        out.push({ start: match.index, end: match.index + match[0].length, entry, index, match });
      }
      return out;
    },
  };
}

/**
 * How many capturing groups a pattern source has: every `(` that is not escaped, not inside a character
 * class and not a `(?:`, `(?=`, `(?!`, `(?<=` or `(?<!` group (a named group, `(?<name>`, captures). A scan,
 * not a compile: the phrase lists are built when the background starts, and compiling each source once more
 * to count its groups was a tenth of the start-up.
 */
export function groupCount(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) count++;
  }
  return count;
}

/** The two apostrophes people type, straight and curly, as a pattern source ("don't", "don’t"). */
export const APOSTROPHE = String.raw`['\u2019]`;

const SENTENCE_END = new Set(['.', '!', '?', '\n']);

/**
 * The sentence around a span: from the last sentence end before it to the first after it. A scan, not a
 * regular expression: `/[^.!?\n]*$/` retries from every position of a long unpunctuated line.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.has(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.has(text[to]!)) to++;
  return text.slice(from, to);
}
