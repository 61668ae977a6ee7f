import { otherNumber } from './inflect';

/**
 * Every literal term of a pack (avoid, prefer and capitalization rules alike) in one word trie, so a post is
 * read once whatever the number of terms: 2,000 terms cost one pass over the post's words and a map lookup
 * per word, not 2,000 searches. Terms match whole words; a phrase matches with any run of spaces between its
 * words and the same punctuation ("drama-free"); a term's leading or trailing punctuation ("#ad", "C++")
 * must stand next to its words.
 */
export interface TermSpec {
  /** The pack rule the term belongs to (its index in the pack). */
  rule: number;
  /** The term's place in its rule, for its replacement. */
  index: number;
  term: string;
  caseSensitive: boolean;
  /** Also match the other number of the last word ("user" and "users"). */
  inflections: boolean;
}

export interface TermHit {
  start: number;
  end: number;
  rule: number;
  index: number;
  /** True when the text has the other number of the term's last word ("users" for the term "user"). */
  inflected: boolean;
}

interface Terminal {
  rule: number;
  index: number;
  prefix: string;
  suffix: string;
  caseSensitive: boolean;
  /** The words as written (the inflected form for an inflected variant), for case-sensitive terms. */
  words: string[];
  inflected: boolean;
}

interface WordNode {
  ends: Terminal[];
  gaps: Map<string, GapNode>;
}
interface GapNode {
  words: Map<string, WordNode>;
}

/** A word: letters, digits, marks and "_" (as in handles), with inner apostrophes ("don't", "user's"). */
const WORD = /[\p{L}\p{N}\p{M}_]+(?:['\u2019][\p{L}\p{N}\p{M}_]+)*/gu;

interface Token {
  start: number;
  end: number;
  key: string;
}

export class TermIndex {
  private readonly root: GapNode = { words: new Map() };
  /** Terms with no word in them ("!!!"): the compiler matches those with a regular expression instead. */
  readonly wordless: TermSpec[] = [];
  readonly size: number;

  constructor(specs: readonly TermSpec[]) {
    for (const spec of specs) {
      this.add(spec, spec.term, false);
      if (spec.inflections) {
        const other = otherNumber(spec.term);
        if (other !== spec.term) this.add(spec, other, true);
      }
    }
    this.size = specs.length;
  }

  /** Returns false for a term without words. */
  static hasWords(term: string): boolean {
    WORD.lastIndex = 0;
    return WORD.test(term);
  }

  private add(spec: TermSpec, surface: string, inflected: boolean): void {
    const tokens = tokenize(surface);
    const first = tokens[0];
    const last = tokens.at(-1);
    if (!first || !last) {
      if (!inflected) this.wordless.push(spec);
      return;
    }
    let node = this.wordNode(this.root, first.key);
    for (let i = 1; i < tokens.length; i++) {
      const previous = tokens[i - 1] as Token;
      const token = tokens[i] as Token;
      let gap = node.gaps.get(gapKey(surface.slice(previous.end, token.start)));
      if (!gap) {
        gap = { words: new Map() };
        node.gaps.set(gapKey(surface.slice(previous.end, token.start)), gap);
      }
      node = this.wordNode(gap, token.key);
    }
    node.ends.push({
      rule: spec.rule,
      index: spec.index,
      prefix: surface.slice(0, first.start),
      suffix: surface.slice(last.end),
      caseSensitive: spec.caseSensitive,
      words: tokens.map((t) => surface.slice(t.start, t.end)),
      inflected,
    });
  }

  private wordNode(gap: GapNode, key: string): WordNode {
    let node = gap.words.get(key);
    if (!node) {
      node = { ends: [], gaps: new Map() };
      gap.words.set(key, node);
    }
    return node;
  }

  /** Every term in `text`: per rule the leftmost-longest matches, not overlapping each other. */
  scan(text: string): TermHit[] {
    const tokens = tokenize(text);
    const hits: TermHit[] = [];
    const lastEnd = new Map<number, number>();
    for (let i = 0; i < tokens.length; i++) {
      let node = this.lookup(this.root, tokens[i] as Token);
      // Most words start no term: no map for them.
      if (!node) continue;
      const best = new Map<number, TermHit>();
      let j = i;
      while (node) {
        for (const end of node.node.ends) {
          const hit = this.verify(end, tokens, i, j, node.end, text);
          if (hit) best.set(end.rule, hit);
        }
        const next = tokens[j + 1];
        if (!next || node.possessive) break;
        const gap = node.node.gaps.get(gapKey(text.slice((tokens[j] as Token).end, next.start)));
        if (!gap) break;
        node = this.lookup(gap, next);
        j++;
      }
      for (const hit of best.values()) {
        if (hit.start < (lastEnd.get(hit.rule) ?? 0)) continue;
        lastEnd.set(hit.rule, hit.end);
        hits.push(hit);
      }
    }
    return hits;
  }

  /** The node for a word, or for the word without its possessive "'s" (which then ends the phrase). */
  private lookup(gap: GapNode, token: Token): { node: WordNode; end: number; possessive: boolean } | undefined {
    const node = gap.words.get(token.key);
    if (node) return { node, end: token.end, possessive: false };
    if (token.key.endsWith("'s")) {
      const bare = gap.words.get(token.key.slice(0, -2));
      if (bare) return { node: bare, end: token.end - 2, possessive: true };
    }
    return undefined;
  }

  private verify(end: Terminal, tokens: readonly Token[], i: number, j: number, wordsEnd: number, text: string): TermHit | undefined {
    const first = tokens[i] as Token;
    let start = first.start;
    let stop = wordsEnd;
    if (end.prefix) {
      const before = text.slice(start - end.prefix.length, start);
      if (!same(before, end.prefix, end.caseSensitive)) return undefined;
      start -= end.prefix.length;
    }
    if (end.suffix) {
      const after = text.slice(stop, stop + end.suffix.length);
      if (!same(after, end.suffix, end.caseSensitive)) return undefined;
      stop += end.suffix.length;
    }
    if (end.caseSensitive) {
      for (let k = i; k <= j; k++) {
        const token = tokens[k] as Token;
        const word = text.slice(token.start, k === j ? wordsEnd : token.end);
        if (word !== end.words[k - i]) return undefined;
      }
    }
    return { start, end: stop, rule: end.rule, index: end.index, inflected: end.inflected };
  }
}

function same(a: string, b: string, caseSensitive: boolean): boolean {
  return caseSensitive ? a === b : a.toLowerCase() === b.toLowerCase();
}

/**
 * The words of a text with their keys: lower case, with a typographic apostrophe as a plain one. The text
 * is lowered once, not word by word, unless lowering changes its length (a dotted capital İ becomes two
 * code units), when the offsets would no longer line up, or it has a capital sigma, whose lower case
 * depends on what follows (final ς or σ), which may differ for a word alone.
 */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let lower = text.toLowerCase();
  const aligned = lower.length === text.length && !text.includes('\u03a3');
  if (aligned && lower.includes('\u2019')) lower = lower.replaceAll('\u2019', "'");
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, key: aligned ? lower.slice(m.index, end) : m[0].toLowerCase().replaceAll('\u2019', "'") });
  }
  WORD.lastIndex = 0;
  return out;
}

/** Spaces between words match any run of spaces; punctuation must be the same. */
function gapKey(gap: string): string {
  const trimmed = gap.trim();
  return trimmed === '' ? ' ' : trimmed.replace(/\s+/g, ' ');
}
