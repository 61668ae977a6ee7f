import { RE2JS } from 're2js';
import { foldedNeedles, mayContain, type Needles } from './folded-needles';

/**
 * Every regular expression in a pack runs here, on re2js: RE2's automata answer in time linear in the text
 * whatever the expression, so no pack (from a file, a URL or a policy) can hang a composer, as a
 * backtracking engine can on `(a+)+$`. re2js also runs lookbehinds in linear time (its LOOKBEHINDS flag),
 * which Vale styles use; lookahead and backreferences have no linear-time form and are refused with the
 * reason, so the person who wrote the pack can see what to change.
 */
export interface SafeRegex {
  readonly source: string;
  readonly re: RE2JS;
  /**
   * A lookahead the expression ended with, checked at each match's end (anchored there): `X(?=Y)` runs as
   * X, kept where Y follows; `re` is `\A(?:Y)`. (See compileRegex.)
   */
  readonly after?: { re: RE2JS; negated: boolean };
  /** For an expression that ignores case, the lowered words a match must contain (see folded-needles.ts). */
  readonly needles?: Needles;
}

export type RegexResult = { ok: true; regex: SafeRegex } | { ok: false; reason: string };

export interface RegexOptions {
  ignorecase?: boolean;
}

/**
 * Compiles an RE2 expression; `^` and `$` match at line ends, as a writer of a post expects. One lookahead
 * is accepted where it can run in linear time: at the very end (`price(?! match)`), where it is a check at
 * each match's end rather than part of the search.
 */
export function compileRegex(source: string, options: RegexOptions = {}): RegexResult {
  const split = splitTrailingLookahead(source);
  const main = split ? split.main : source;
  try {
    const re = RE2JS.compile(main, flags(options));
    const needles = options.ignorecase ? foldedNeedles(main, flags(options)) : undefined;
    const found = needles === undefined ? { source, re } : { source, re, needles };
    if (!split) return { ok: true, regex: found };
    const after = RE2JS.compile(`\\A(?:${split.after})`, flags(options));
    return { ok: true, regex: { ...found, after: { re: after, negated: split.negated } } };
  } catch (error) {
    return { ok: false, reason: explain(source, error) };
  }
}

/**
 * `X(?=Y)` or `X(?!Y)` as `{main: X, after: Y}` when the lookahead closes the whole expression at its top
 * level (not inside an alternative: `a|b(?=c)` looks ahead after b only) and Y has no lookaround of its own.
 */
export function splitTrailingLookahead(source: string): { main: string; after: string; negated: boolean } | undefined {
  if (!source.endsWith(')')) return undefined;
  let depth = 0;
  let inClass = false;
  let groupStart = -1;
  let topLevelBar = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') {
      if (depth === 0) groupStart = i;
      depth++;
    } else if (c === ')') depth--;
    else if (c === '|' && depth === 0) topLevelBar = true;
  }
  if (depth !== 0 || topLevelBar || groupStart < 1) return undefined;
  const head = source.slice(groupStart, groupStart + 3);
  if (head !== '(?=' && head !== '(?!') return undefined;
  const after = source.slice(groupStart + 3, -1);
  if (/\(\?[=!]|\(\?<[=!]/.test(after)) return undefined;
  return { main: source.slice(0, groupStart), after, negated: head === '(?!' };
}

export function flags(options: RegexOptions): number {
  return RE2JS.MULTILINE | RE2JS.LOOKBEHINDS | (options.ignorecase ? RE2JS.CASE_INSENSITIVE : 0);
}

/** RE2's parse errors in words a style-guide author can act on. */
function explain(source: string, error: unknown): string {
  // re2js quotes the expression with the flags it added ("`(?m)(`"); the writer did not write those.
  const raw = error instanceof Error ? error.message.replace(/^error parsing regexp:\s*/, '').replace(/`\(\?[imsU]+\)/, '`') : String(error);
  if (/\(\?[=!]/.test(source) && /\(\?[=!]/.test(raw)) return 'lookahead ((?= or (?!) is not supported: it has no linear-time form';
  if (/\\[1-9]|\\k</.test(source) && /invalid escape/.test(raw)) return 'backreferences (\\1, \\k<name>) are not supported: they have no linear-time form';
  if (/\(\?>/.test(raw)) return 'atomic groups (?>...) are not supported; a plain group (?:...) does the same in RE2';
  if (/nested repetition/.test(raw) && /[*+?}]\+/.test(source)) return 'possessive quantifiers (a++, a*+) are not supported; drop the extra +';
  if (/\(\?#/.test(raw)) return 'comments (?#...) are not supported';
  if (/invalid capture in lookbehind/.test(raw)) return 'a lookbehind may not hold a capturing group: write (?:...) inside it';
  return raw;
}

export interface RegexMatch {
  start: number;
  end: number;
  /** Capturing groups 1..n (undefined where a group took no part). */
  groups: (string | undefined)[];
}

/**
 * Every non-overlapping match, as UTF-16 offsets into `text`. A quick DFA test first: most expressions
 * never match most posts, and the test costs a fraction of a search that tracks positions.
 */
export function findAll(regex: SafeRegex, text: string, withGroups = false): RegexMatch[] {
  if (regex.needles !== undefined && !mayContain(regex.needles, text)) return [];
  if (!regex.re.test(text)) return [];
  const out: RegexMatch[] = [];
  const matcher = regex.re.matcher(text);
  const count = withGroups ? matcher.groupCount() : 0;
  let from = 0;
  while (from <= text.length && matcher.find(from)) {
    const start = matcher.start();
    const end = matcher.end();
    // Past an empty match, step on by one (a whole surrogate pair), as every engine's find-all does.
    from = end > start ? end : end + (isHighSurrogate(text.charCodeAt(end)) ? 2 : 1);
    if (regex.after && !followedBy(regex.after, text, end)) continue;
    const groups: (string | undefined)[] = [];
    for (let g = 1; g <= count; g++) groups.push(matcher.group(g) ?? undefined);
    out.push({ start, end, groups });
  }
  return out;
}

/** Whether the expression matches anywhere in `text`. */
export function matchesIn(regex: SafeRegex, text: string): boolean {
  if (!regex.after) return regex.re.test(text);
  return findAll(regex, text).length > 0;
}

/** How far past a match a trailing lookahead may look: they check a character or a word, never a paragraph. */
const LOOKAHEAD_REACH = 200;

/** `after.re` is anchored (`\A(?:Y)`), so testing the text from `at` asks "does Y start here". */
function followedBy(after: NonNullable<SafeRegex['after']>, text: string, at: number): boolean {
  return after.re.test(text.slice(at, at + LOOKAHEAD_REACH)) !== after.negated;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A literal string as an RE2 expression. */
export function quote(literal: string): string {
  return literal.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}
