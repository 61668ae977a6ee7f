import { z } from 'zod';
import { docMentions } from '../../engine/counting';
import type { Doc, LocalSpan } from '../../engine/document';
import type { AnyRule, RuleMeta } from '../../engine/rule';
import { houseRuleId, type PrincipleId, type SignalName } from '../../engine/types';
import { callToActionCues } from '../../signals/call-to-action';
import { termFinder, type PackTerms, type TermProblem } from '../matcher';
import { problem, type PackProblem } from '../problems';
import type { PackRule } from '../schema';

/** What a rule type needs to compile one rule of a pack. */
export interface CompileContext {
  packName: string;
  packId: string;
  /** The rule's place in the pack, and its JSON path for problems (`['rules', 3]`). */
  index: number;
  path: readonly PropertyKey[];
  /** Prefix for the rule's per-chunk cache keys: the pack's content hash and the rule's place. */
  key: string;
  /** The pack's shared word trie. */
  terms: PackTerms;
  /** Another rule of the pack by the id the pack gives it, or a built-in rule by its id. */
  resolve(id: string): AnyRule | undefined;
}

export interface Compiled {
  rule: AnyRule;
  problems: PackProblem[];
}

/** House rules take no options: what a brand lead can set is in the rule itself. */
export const NO_OPTIONS = z.object({});

const SEVERITY = 'warning';

/** The principle a signal's threshold is grouped under. */
export const SIGNAL_PRINCIPLE: Record<SignalName, PrincipleId> = {
  selfPromotion: 'add-value',
  valueAdd: 'add-value',
  callToAction: 'content-as-means',
  engagementBait: 'quality-over-quantity',
  conversational: 'conversation-not-campaign',
  shouting: 'listen-dont-shout',
  clickbait: 'honest-and-open',
  corporate: 'be-human',
  risk: 'be-prepared',
  privacy: 'keep-private-private',
  sentiment: 'be-prepared',
};

/** Signals named the way a writer would say them. */
export const SIGNAL_LABEL: Record<SignalName, string> = {
  selfPromotion: 'Self-promotion',
  valueAdd: 'Value for the reader',
  callToAction: 'The call to action',
  engagementBait: 'Engagement bait',
  conversational: 'How conversational it reads',
  shouting: 'Shouting',
  clickbait: 'Clickbait',
  corporate: 'Corporate tone',
  risk: 'Risk',
  privacy: 'Private information',
  sentiment: 'Sentiment',
};

/**
 * A pack rule's metadata as the engine wants it: namespaced id, the pack's message (or the type's own),
 * severity (warning unless the pack says), platforms, and on by default unless the pack turns it off.
 * House rules keep running on posts in other languages, except thresholds on signals, which read English:
 * a brand's word list holds whatever language the brand writes.
 */
export function houseMeta(
  rule: PackRule,
  ctx: CompileContext,
  parts: { principle: PrincipleId; summary: string; messages: Record<string, string>; languageIndependent?: boolean },
): RuleMeta<Record<string, never>> {
  const messages = rule.message ? Object.fromEntries(Object.keys(parts.messages).map((id) => [id, rule.message as string])) : parts.messages;
  return {
    id: houseRuleId(ctx.packId, rule.id),
    principle: rule.principle ?? parts.principle,
    defaultSeverity: rule.severity ?? SEVERITY,
    enabledByDefault: rule.enabled ?? true,
    languageIndependent: parts.languageIndependent ?? true,
    ...(rule.platforms ? { platforms: rule.platforms } : {}),
    docs: {
      summary: rule.description ?? parts.summary,
      rationale: `A house rule of "${ctx.packName}"${rule.link ? ` (${rule.link})` : ''}.`,
      whenNotToUse: 'The pack decides; ask whoever keeps it.',
    },
    examples: { bad: [], good: [] },
    messages,
    options: NO_OPTIONS as unknown as RuleMeta<Record<string, never>>['options'],
  };
}

/** Where a post-wide finding points: the first sentence, so the highlight is short and the card has a place. */
export function leadSpan(doc: Doc): LocalSpan | undefined {
  const chunk = doc.chunks[0];
  if (!chunk) return undefined;
  const sentence = chunk.sentences[0];
  const text = sentence?.text ?? chunk.text;
  const offset = chunk.start + (sentence?.start ?? 0);
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return { start: offset + lead, end: offset + lead + trimmed.length };
}

/**
 * Links, @mentions and e-mail addresses of the draft: a house term inside them is a name or an address, not
 * a word ("example.com/users" must not become "example.com/customers").
 */
export function protectedSpans(doc: Doc): LocalSpan[] {
  return doc.memo('house:protected', (d) => [
    ...d.spans('house:links', (chunk) => chunk.memo('callToAction:cues', callToActionCues).linkSpans),
    ...docMentions(d),
    ...d.spans('house:emails', (chunk) => [...chunk.text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length }))),
  ]);
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export function inside(span: LocalSpan, spans: readonly LocalSpan[]): boolean {
  return spans.some((s) => span.start >= s.start && span.end <= s.end);
}

/** A pattern RE2 refused, quoted, with the reason. */
export function badPattern(pattern: string | undefined, reason: string): string {
  return `the pattern ${JSON.stringify(pattern ?? '')} cannot run: ${reason}`;
}

/** A rule's term problems at their paths: `terms[3]` (or `swap["key"]`), `exceptions[0]`. */
export function termProblems(
  ctx: CompileContext,
  found: readonly TermProblem[],
  terms: readonly string[],
  exceptions: readonly string[] | undefined,
  where: (index: number) => PropertyKey[] = (index) => ['terms', index],
): PackProblem[] {
  return found.map((p) =>
    p.exception
      ? problem([...ctx.path, 'exceptions', p.index], badPattern(exceptions?.[p.index], p.reason))
      : problem([...ctx.path, ...where(p.index)], badPattern(terms[p.index], p.reason)),
  );
}

/** The word-list options avoid and prefer share, with their defaults: whole words, any case, "user" and "users". */
type WordListRule = { regex?: boolean; ignorecase?: boolean; wholeWord?: boolean; inflections?: boolean; exceptions?: readonly string[] };

/** A finder for the terms of an avoid or prefer rule, on the pack's shared trie where it can be. */
export function wordListFinder(rule: WordListRule, terms: readonly string[], ctx: CompileContext): ReturnType<typeof termFinder> {
  const regex = rule.regex ?? false;
  const options = {
    regex,
    ignorecase: rule.ignorecase ?? true,
    wholeWord: rule.wholeWord ?? true,
    inflections: !regex && (rule.inflections ?? true),
    exceptions: rule.exceptions ?? [],
  };
  return termFinder(ctx.index, terms, options, ctx.terms, ctx.key);
}
