import type { Doc, LocalSpan } from '../engine/document';
import { compileRegex, findAll, quote, type SafeRegex } from './regex';
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

  /** The trie's hits for one rule, over the whole draft (cached per chunk, grouped once per analysis). */
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
): { problems: TermProblem[]; find: (doc: Doc) => TermMatch[] } {
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
    const source = options.regex ? term : literalSource(term, options.wholeWord);
    const alone = compileRegex(source, options);
    if (!alone.ok) problems.push({ index, reason: alone.reason });
    else viaRegex.push({ index, source });
  });
  const exceptions = exceptionFinder(options, problems);
  const regexes = combine(viaRegex, options);
  const find = (doc: Doc): TermMatch[] =>
    doc.memo(`${key}:matches`, (d) => {
      const found: TermMatch[] = [];
      if (viaTrie && shared) for (const hit of shared.hits(d, rule)) found.push({ start: hit.start, end: hit.end, index: hit.index, inflected: hit.inflected });
      for (const combined of regexes) {
        for (const m of d.spans(`${key}:${combined.regex.source}`, (chunk) => regexMatches(combined, chunk.text))) found.push(m);
      }
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
  /** The rule's term index for each alternative. */
  indices: number[];
  /** The group number of each alternative (alternatives may hold groups of their own). */
  groups: number[];
}

/**
 * Alternatives joined into as few expressions as RE2 allows: one, with a group per alternative so a match
 * says which term it was; apart, those that end in a lookahead (checked at each match's end).
 */
function combine(alternatives: readonly Alternative[], options: MatchOptions): Combined[] {
  // Vale's word template: regular expressions are whole words unless the rule says otherwise.
  const wrap = (source: string) => (options.regex && options.wholeWord ? `\\b(?:${source})\\b` : source);
  const out: Combined[] = [];
  const plain: { alternative: Alternative; ownGroups: number }[] = [];
  for (const alternative of alternatives) {
    const alone = compileRegex(wrap(alternative.source), options);
    if (!alone.ok) continue;
    if (alone.regex.after || alternatives.length === 1) out.push({ regex: alone.regex, indices: [alternative.index], groups: [0] });
    else plain.push({ alternative, ownGroups: alone.regex.re.groupCount() });
  }
  if (plain.length > 0) {
    const joined = compileRegex(wrap(plain.map((p) => `(${p.alternative.source})`).join('|')), options);
    const groups: number[] = [];
    let next = 1;
    for (const p of plain) {
      groups.push(next);
      next += 1 + p.ownGroups;
    }
    if (joined.ok) out.push({ regex: joined.regex, indices: plain.map((p) => p.alternative.index), groups });
  }
  return out;
}

function regexMatches({ regex, indices, groups }: Combined, text: string): TermMatch[] {
  if (indices.length === 1) return findAll(regex, text).map((m) => ({ start: m.start, end: m.end, index: indices[0] as number, inflected: false }));
  return findAll(regex, text, true).map((m) => {
    const which = groups.findIndex((g) => m.groups[g - 1] !== undefined);
    return { start: m.start, end: m.end, index: indices[Math.max(0, which)] as number, inflected: false };
  });
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
  const key = `house:except:${regex.source}:${options.ignorecase ? 'i' : ''}`;
  return (doc, m) => {
    const spans = doc.spans(key, (chunk) => findAll(regex, chunk.text));
    if (spans.some((s) => s.start <= m.start && s.end >= m.end)) return true;
    return findAll(regex, doc.text.slice(m.start, m.end)).length > 0;
  };
}
