/**
 * What every pack rule type shares: its engine metadata, and whole-word matching of term lists on RE2
 * (one alternation per rule, so 5,000 terms cost one linear scan, never one scan per term).
 */
import { RE2JS } from 're2js';
import { z } from 'zod';
import type { Chunk, Doc, LocalSpan } from '../../engine/document';
import type { AnyRule, RuleMeta } from '../../engine/rule';
import type { PrincipleId } from '../../engine/types';
import type { PackRule } from '../schema';

export interface CompileContext {
  packId: string;
  packName: string;
  /** The pack's rules compiled so far, by pack rule id (require rules read the ones they depend on). */
  compiled: ReadonlyMap<string, AnyRule>;
}

const NO_OPTIONS = z.object({});

/** The engine metadata of a pack rule: namespaced id, the pack's message and severity. */
export function houseMeta(
  rule: PackRule,
  context: CompileContext,
  defaults: { principle: PrincipleId; message: string; summary: string; languageIndependent?: boolean },
): RuleMeta<Record<string, never>> {
  return {
    id: `house/${context.packId}/${rule.id}`,
    principle: defaults.principle,
    defaultSeverity: rule.severity ?? 'warning',
    enabledByDefault: true,
    languageIndependent: defaults.languageIndependent ?? true,
    ...(rule.platforms ? { platforms: rule.platforms } : {}),
    docs: {
      summary: defaults.summary,
      rationale: `A house rule of "${context.packName}".`,
      whenNotToUse: 'Ask whoever keeps the house style; the pack decides.',
    },
    examples: { bad: [], good: [] },
    messages: { default: rule.message ?? defaults.message },
    options: NO_OPTIONS as unknown as z.ZodType<Record<string, never>>,
  };
}

/** A letter, digit or underscore: what a whole word may not touch on either side. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

function quoteTerm(term: string): string {
  // Phrases match across any run of spaces or a line break, as people type them.
  return term.trim().split(/\s+/).map((word) => RE2JS.quote(word)).join('\\s+');
}

/**
 * Simple number inflection of a term's last word: "user" also matches "users", "policy" "policies", and
 * "users" (five letters or more, so "news" never matches "new") also matches "user".
 */
function inflected(term: string): string {
  const quoted = quoteTerm(term);
  if (/[^aeiou]y$/i.test(term)) return `${quoted.slice(0, -1)}(?:y|ies)`;
  if (/\p{L}{2,}[^aeiou]ies$/iu.test(term)) return `${quoted.slice(0, -3)}(?:y|ies)`;
  if (/\p{L}{3,}[^su]s$/iu.test(term)) return `${quoted.slice(0, -1)}(?:s|es)?`;
  if (/[a-z]$/i.test(term) && !/s$/i.test(term)) return `${quoted}(?:s|es)?`;
  return quoted;
}

/** Whether a word reads as plural, by the same simple endings the matcher inflects. */
export function looksPlural(word: string): boolean {
  return /[^su]s$/i.test(word);
}

/** `word` in the singular or plural, by the same simple endings. */
export function withNumber(word: string, plural: boolean): string {
  if (looksPlural(word) === plural) return word;
  if (plural) return /[^aeiou]y$/i.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
  return /ies$/i.test(word) ? `${word.slice(0, -3)}y` : word.slice(0, -1);
}

export interface TermMatcher {
  /** Cache key: the compiled expression with its flags. */
  key: string;
  find(text: string): LocalSpan[];
}

/** One RE2 alternation over `terms`, matching whole words and phrases only. */
export function termMatcher(terms: readonly string[], options: { ignoreCase: boolean; inflect: boolean }): TermMatcher {
  // Longest first, so "Acme Cloud Pro" wins over "Acme Cloud" where both start at one place.
  const sorted = [...new Set(terms.map((t) => t.trim()))].sort((a, b) => b.length - a.length);
  const source = sorted.map((t) => (options.inflect ? inflected(t) : quoteTerm(t))).join('|');
  const flags = options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0;
  const re = RE2JS.compile(`(?:${source})`, flags);
  return {
    key: `${flags}:${source}`,
    find(text) {
      const out: LocalSpan[] = [];
      const matcher = re.matcher(text);
      let from = 0;
      while (from <= text.length && matcher.find(from)) {
        const start = matcher.start();
        const end = matcher.end();
        const whole = !WORD_CHAR.test(text[start - 1] ?? ' ') && !WORD_CHAR.test(text[end] ?? ' ');
        if (whole && end > start) {
          out.push({ start, end });
          from = end;
        } else {
          from = start + 1;
        }
      }
      return out;
    },
  };
}

/** Matches of a term matcher over the draft, cached per chunk (re-analysis after an edit rescans one chunk). */
export function docTermSpans(doc: Doc, matcher: TermMatcher): LocalSpan[] {
  return doc.spans(`house:terms:${matcher.key}`, (chunk: Chunk) => matcher.find(chunk.text));
}

/** Every non-empty match of an RE2 expression, at most `cap` of them. */
export function re2Spans(re: RE2JS, text: string, cap = 200): LocalSpan[] {
  const out: LocalSpan[] = [];
  const matcher = re.matcher(text);
  let from = 0;
  while (out.length < cap && from <= text.length && matcher.find(from)) {
    const start = matcher.start();
    const end = matcher.end();
    if (end > start) out.push({ start, end });
    from = end > start ? end : start + 1;
  }
  return out;
}

/** Where a finding about the whole draft points: its first word (the start of the draft). */
export function openingSpan(text: string): LocalSpan {
  const m = /\S+/.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : { start: 0, end: 0 };
}

export function patternFlags(ignoreCase: boolean | undefined): number {
  return ignoreCase ? RE2JS.CASE_INSENSITIVE : 0;
}
