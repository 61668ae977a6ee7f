import type { z } from 'zod';

/** One thing wrong with a pack, where it is (`rules[3].max`) and what is wrong, in plain words. */
export interface PackProblem {
  path: string;
  message: string;
}

export type PathPart = string | number;

/** `rules[3].max`, `builtins["my rule"]`; the pack itself is `(pack)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || '(pack)';
}

export function problem(path: readonly PropertyKey[], message: string): PackProblem {
  return { path: formatPath(path), message };
}

/** A value as the person wrote it: strings quoted, lists and objects named rather than dumped. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  literal: 'a fixed value',
};

/** zod's issues as problems in plain words, each at its JSON path. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], base: readonly PropertyKey[] = []): PackProblem[] {
  return issues.flatMap((issue) => describeIssue(issue, [...base, ...issue.path]));
}

function describeIssue(issue: z.core.$ZodIssue, path: PropertyKey[]): PackProblem[] {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      // A schema may name what it expects in its own words ("a whole number"); else zod's kind, in words.
      const expected = issue.message.startsWith('expected ') ? issue.message.slice('expected '.length) : (KINDS[issue.expected] ?? issue.expected);
      if (input === undefined) return [problem(path, `missing (expected ${expected})`)];
      return [problem(path, `expected ${expected}, got ${describeValue(input)}`)];
    }
    case 'invalid_value':
      return [problem(path, `expected ${listOf(issue.values.map((v) => JSON.stringify(v)))}, got ${describeValue(input)}${didYouMean(input, issue.values)}`)];
    case 'unrecognized_keys': {
      // A field the format has, in the wrong place (`rule` in a version 1 `when`), is not a misspelling.
      return issue.keys.map((key) => problem([...path, key], KNOWN_FIELDS.includes(key) ? 'not a field here' : `unknown field${didYouMean(key, KNOWN_FIELDS)}`));
    }
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'array') return [problem(path, `needs at least ${n} ${n === 1 ? 'entry' : 'entries'}`)];
      if (issue.origin === 'string') return [problem(path, n === 1 ? 'must not be empty' : `needs at least ${n} characters`)];
      return [problem(path, `must be ${issue.inclusive ? 'at least' : 'more than'} ${n}, got ${describeValue(input)}`)];
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (!issue.message.startsWith('Too big')) return [problem(path, `${issue.message} (got ${sizeOf(input)})`)];
      if (issue.origin === 'array') return [problem(path, `at most ${n} entries (got ${sizeOf(input)})`)];
      if (issue.origin === 'string') return [problem(path, `at most ${n} characters (got ${sizeOf(input)})`)];
      return [problem(path, `must be ${issue.inclusive ? 'at most' : 'less than'} ${n}, got ${describeValue(input)}`)];
    }
    case 'invalid_format':
      return [problem(path, issue.format === 'regex' ? `${describeValue(input)}: ${issue.message}` : `expected ${issue.format === 'url' ? 'an http(s) address' : issue.format}, got ${describeValue(input)}`)];
    case 'invalid_union':
      return describeUnion(issue, path, input);
    default:
      return [problem(path, issue.message)];
  }
}

/**
 * A union names what went wrong in the alternative the writer meant: a discriminator (`type`) that
 * matches none is named with the choices; otherwise the alternative with the fewest problems, so
 * `{"signal": "risk"}` is told it needs a bound, not that it lacks a `rule`.
 */
function describeUnion(issue: z.core.$ZodIssueInvalidUnion, path: PropertyKey[], input: unknown): PackProblem[] {
  const extra = issue as { note?: string; discriminator?: string; options?: unknown[] };
  if (extra.discriminator) {
    const choices = (extra.options ?? []).map(String);
    const given = input && typeof input === 'object' ? (input as Record<string, unknown>)[extra.discriminator] : undefined;
    if (given === undefined) return [problem(path, `missing (use one of: ${choices.join(', ')})`)];
    return [problem(path, `unknown ${extra.discriminator} ${describeValue(given)} (use one of: ${choices.join(', ')})${didYouMean(given, choices)}`)];
  }
  const branches = issue.errors.filter((branch) => branch.length > 0);
  // An alternative of another kind than the input (a list of names for an object) is not the one meant.
  const wrongKind = (branch: readonly z.core.$ZodIssue[]) =>
    branch.every((i) => i.path.length === 0 && (i.code === 'invalid_type' || (i.code === 'invalid_value' && !i.values.some((v) => typeof v === typeof input))));
  const meant = branches.filter((branch) => !wrongKind(branch));
  if (meant.length === 0) {
    const kinds = branches.flatMap((branch) =>
      branch.map((i) => (i.code === 'invalid_type' ? (KINDS[i.expected] ?? i.expected) : i.code === 'invalid_value' ? listOf(i.values.map((v) => JSON.stringify(v))) : '')),
    );
    return [problem(path, `expected ${listOf([...new Set(kinds.filter(Boolean))])}, got ${describeValue(input)}`)];
  }
  const best = meant.reduce((a, b) => (b.length < a.length ? b : a));
  return fromZodIssues(best, path);
}

/**
 * Every field name the format uses, for "did you mean" on an unknown field (zod does not say which keys
 * the strict object knew, and a misspelling is usually of a field some part of the pack has).
 */
const KNOWN_FIELDS = [
  'id', 'type', 'message', 'severity', 'description', 'link', 'platforms', 'enabled', 'principle', 'terms', 'ignorecase', 'regex',
  'wholeWord', 'inflections', 'exceptions', 'use', 'instead', 'swap', 'pattern', 'when', 'signal', 'min', 'max', 'rule', 'each',
  'append', 'count', 'per', 'replace', 'tokens', 'alpha', 'name', 'version', 'rules', 'builtins', 'ratio', 'objective', 'policy',
  'share', 'window', 'options',
];

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? 'something else';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function sizeOf(value: unknown): string {
  if (typeof value === 'string' || Array.isArray(value)) return String(value.length);
  return describeValue(value);
}

/** ` (did you mean "terms"?)` when a known word is one or two edits away. */
export function didYouMean(given: unknown, known: readonly unknown[]): string {
  if (typeof given !== 'string') return '';
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.min(2, Math.floor(given.length / 3)));
  for (const candidate of known) {
    if (typeof candidate !== 'string' || candidate === given) continue;
    const d = distance(given.toLowerCase(), candidate.toLowerCase());
    if (d <= bestDistance) {
      best = candidate;
      bestDistance = d - 1;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

/** Levenshtein distance, for short words only. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}
