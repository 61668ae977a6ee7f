import { cacheKey, type Doc, type LocalSpan } from '../engine/document';
import { compileRegex, findAll, quote, splitTrailingLookahead, type SafeRegex } from './regex';
import { TermIndex, type TermHit, type TermSpec } from './terms';

/**
 * How avoid, prefer and capitalization rules find their terms. Plain words and phrases go into the pack's
 * one word trie (`PackTerms`), read once per chunk for every rule; what the trie cannot hold (regular
 * expressions, terms without words, matching inside words) becomes one RE2 alternation per rule. Both are
 * cached per chunk under the pack's content hash, so a one-word edit re-reads one chunk.
 */
export interface MatchOptions {
  regex: boolean;
  ignorecase: boolean;
  wholeWord: boolean;
  inflections: boolean;
  exceptions: readonly string[];
}

/** A term found in the draft: whole-text offsets, which of the rule's terms, and whether in its other number. */
export interface TermMatch extends LocalSpan {
  index: number;
  inflected: boolean;
}

export interface TermProblem {
  /** Index of the term in the rule's list (or in its exceptions, with `exception`). */
  index: number;
  exception?: boolean;
  reason: string;
}

/** The pack's shared word trie: rules add their terms while compiling; the trie is built once, at the end. */
export class PackTerms {
  private readonly specs: TermSpec[] = [];
  private index: TermIndex | undefined;

  constructor(private readonly key: string) {}

  add(spec: TermSpec): void {
    this.specs.push(spec);
    this.index = undefined;
  }

  get size(): number {
    return this.specs.length;
  }

  /**
   * The trie's hits for one rule over the whole draft, in text order and not overlapping (cached per chunk,
   * grouped once per analysis).
   */
  hits(doc: Doc, rule: number): readonly TermHit[] {
    if (this.specs.length === 0) return [];
    const index = (this.index ??= new TermIndex(this.specs));
    const byRule = doc.memo(this.key, (d) => {
      const grouped = new Map<number, TermHit[]>();
      for (const hit of d.spans(this.key, (chunk) => index.scan(chunk.text))) {
        let list = grouped.get(hit.rule);
        if (!list) grouped.set(hit.rule, (list = []));
        list.push(hit);
      }
      return grouped;
    });
    return byRule.get(rule) ?? [];
  }
}

interface Alternative {
  /** The term's index in its rule. */
  index: number;
  source: string;
}

/**
 * One rule's way of finding its terms, or the problems that stop it (a term RE2 cannot compile). The same
 * function serves the validator (for the problems) and the compiler (for the finder), so they cannot disagree.
 */
export function termFinder(
  rule: number,
  terms: readonly string[],
  options: MatchOptions,
  shared: PackTerms | undefined,
  key: string,
): { problems: TermProblem[]; find: (doc: Doc) => readonly TermMatch[] } {
  const problems: TermProblem[] = [];
  const viaRegex: Alternative[] = [];
  let viaTrie = false;
  terms.forEach((term, index) => {
    if (!options.regex && options.wholeWord && TermIndex.hasWords(term)) {
      viaTrie = true;
      shared?.add({ rule, index, term, caseSensitive: !options.ignorecase, inflections: options.inflections });
      return;
    }
    // A literal gets a word boundary only on a side where it has a word character ("!!!" has none).
    viaRegex.push({ index, source: options.regex ? term : literalSource(term, options.wholeWord) });
  });
  const regexes = combine(viaRegex, options, problems);
  const exceptions = exceptionFinder(options, problems);
  // Keys made once, here: built per call they were a tenth of a 200-rule pack's time on a short post
  // (JSON of a long pattern, then hashed again on every lookup).
  const matchesKey = cacheKey(key, 'matches');
  const regexKeys = regexes.map((combined) => cacheKey(key, 'regex', combined.regex.source));
  // One source alone, with no exceptions: its matches are already in order, with nothing to merge or sort.
  if (!exceptions && regexes.length === 0) return { problems, find: (doc) => (viaTrie && shared ? shared.hits(doc, rule) : []) };
  const only = regexes[0];
  if (!exceptions && !viaTrie && regexes.length === 1 && only) {
    const onlyKey = regexKeys[0]!;
    return { problems, find: (doc) => doc.spans(onlyKey, (chunk) => regexMatches(only, chunk.text)) };
  }
  const find = (doc: Doc): TermMatch[] =>
    doc.memo(matchesKey, (d) => {
      const found: TermMatch[] = [];
      if (viaTrie && shared) for (const hit of shared.hits(d, rule)) found.push({ start: hit.start, end: hit.end, index: hit.index, inflected: hit.inflected });
      regexes.forEach((combined, i) => {
        for (const m of d.spans(regexKeys[i]!, (chunk) => regexMatches(combined, chunk.text))) found.push(m);
      });
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      return exceptions ? found.filter((m) => !exceptions(d, m)) : found;
    });
  return { problems, find };
}

function literalSource(term: string, wholeWord: boolean): string {
  if (!wholeWord) return quote(term);
  return `${/^\w/.test(term) ? '\\b' : ''}${quote(term)}${/\w$/.test(term) ? '\\b' : ''}`;
}

interface Combined {
  regex: SafeRegex;
  /** The alternatives it joins, to tell which one a match is. */
  alternatives: Alternative[];
  options: MatchOptions;
}

/**
 * Alternatives joined into one RE2 expression per rule (one pass over the text whatever their number),
 * without a capture group each: RE2 tracks groups slowly, forty times slower on proselint's 770 clichés.
 * Which term a match is, is asked afterwards, of the few matches there are. Alternatives that end in a
 * lookahead stay apart (it is checked at each match's end). Each alternative is compiled alone only when
 * the join fails, to say which one RE2 refuses.
 */
function combine(alternatives: readonly Alternative[], options: MatchOptions, problems: TermProblem[]): Combined[] {
  // Vale's word template: regular expressions are whole words unless the rule says otherwise.
  const wrap = (source: string) => (options.regex && options.wholeWord ? `\\b(?:${source})\\b` : source);
  const out: Combined[] = [];
  const plain: Alternative[] = [];
  for (const alternative of alternatives) {
    const split = splitTrailingLookahead(alternative.source);
    if (!split) {
      plain.push(alternative);
      continue;
    }
    // `\b(?:X(?!Y))\b` is `\b(?:X)\b(?!Y)`: both look at the same place, so the lookahead can stay last.
    const alone = compileRegex(`${wrap(split.main)}(?${split.negated ? '!' : '='}${split.after})`, options);
    if (alone.ok) out.push({ regex: alone.regex, alternatives: [alternative], options });
    else problems.push({ index: alternative.index, reason: alone.reason });
  }
  if (plain.length === 0) return out;
  const join = (list: readonly Alternative[]) => compileRegex(wrap(list.map((a) => a.source).join('|')), options);
  let joined = join(plain);
  let kept = plain;
  if (!joined.ok) {
    kept = plain.filter((a) => {
      const alone = compileRegex(a.source, options);
      if (!alone.ok) problems.push({ index: a.index, reason: alone.reason });
      return alone.ok;
    });
    joined = kept.length ? join(kept) : joined;
  }
  if (joined.ok && kept.length) out.push({ regex: joined.regex, alternatives: kept, options });
  return out;
}

function regexMatches(combined: Combined, text: string): TermMatch[] {
  return findAll(combined.regex, text).map((m) => ({ start: m.start, end: m.end, index: whichAlternative(combined, text.slice(m.start, m.end)), inflected: false }));
}

const exact = new WeakMap<Alternative, SafeRegex | null>();

/**
 * The first alternative that matches the whole of a match: the one the leftmost-first search took (an
 * earlier one that could match there would have been taken instead). Read without the text around, so
 * for an alternative with a lookbehind it is the closest answer, not a certain one.
 */
function whichAlternative({ alternatives, options }: Combined, matched: string): number {
  if (alternatives.length === 1) return alternatives[0]?.index ?? 0;
  for (const alternative of alternatives) {
    let regex = exact.get(alternative);
    if (regex === undefined) {
      const compiled = compileRegex(`^(?:${alternative.source})$`, options);
      regex = compiled.ok ? compiled.regex : null;
      exact.set(alternative, regex);
    }
    if (regex?.re.testExact(matched)) return alternative.index;
  }
  return alternatives[0]?.index ?? 0;
}

/**
 * Vale's rule for exceptions, which brand leads expect too: a match is left alone when it contains an
 * exception ("Acme Cloud" is fine where "cloud" is avoided) or sits inside one in the text.
 */
function exceptionFinder(options: MatchOptions, problems: TermProblem[]): ((doc: Doc, m: LocalSpan) => boolean) | undefined {
  if (options.exceptions.length === 0) return undefined;
  const sources: string[] = [];
  options.exceptions.forEach((exception, index) => {
    const source = options.regex ? exception : quote(exception);
    const compiled = compileRegex(source, options);
    if (compiled.ok) sources.push(source);
    else problems.push({ index, exception: true, reason: compiled.reason });
  });
  if (sources.length === 0) return undefined;
  const compiled = compileRegex(`\\b(?:${sources.join('|')})\\b`, options);
  if (!compiled.ok) return undefined;
  const regex = compiled.regex;
  const key = cacheKey('house:except', regex.source, options.ignorecase ? 'i' : '');
  return (doc, m) => {
    const spans = doc.spans(key, (chunk) => findAll(regex, chunk.text));
    if (spans.some((s) => s.start <= m.start && s.end >= m.end)) return true;
    return findAll(regex, doc.text.slice(m.start, m.end)).length > 0;
  };
}
