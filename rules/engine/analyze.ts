import type { PlatformId } from '../../platforms/types';
import type { CompiledHousePack, RuleOverride } from '../house/types';
import { RULES } from '../builtin/index';
import { computeSignals } from '../signals';
import { classifyKind } from '../signals/kind';
import { mergeFindings } from './merge';
import { ChunkCache, createDoc, type Doc } from './document';
import { isEnglish } from './language';
import { roomLeftNote } from './room-left';
import { scorePrinciples } from './score';
import type { AnyRule, DraftFinding, RuleContext } from './rule';
import type { PrincipleId } from '../principles';
import { findingKey, NO_RECENT_POSTS, type ActiveProfile, type Analysis, type Finding, type RecentPosts, type Severity, type Signals } from './types';

export type { Analysis };

export interface AnalyzeOptions {
  platform?: PlatformId;
  house?: CompiledHousePack;
  /** Rule ids the user turned off. */
  disabledRules?: readonly string[];
  /** Finding keys the user chose to ignore. */
  ignoredKeys?: readonly string[];
  /** The profile the user writes as; rules read it from their context. */
  profile?: ActiveProfile;
  /** The posts before this draft, for rules that judge across posts (the self-promotion ratio). */
  recent?: RecentPosts;
}


export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

/**
 * An analyzer keeps parsed chunks between calls, so re-analysing a draft after a small edit only parses
 * the chunk that changed. Each editor session, CLI run or test can have its own.
 */
export function createAnalyzer(rules: readonly AnyRule[] = RULES, cache = new ChunkCache()): Analyzer {
  return {
    analyze(text, options = {}) {
      const doc = createDoc(text, options.platform, cache);
      const signals = computeSignals(doc);
      if (!text.trim()) return emptyAnalysis(signals);
      const english = isEnglish(doc);
      const active = activeRules(rules, options);
      const notes: string[] = [];
      if (!english) notes.push(otherLanguageNote(active));
      const room = roomLeftNote(text, options.platform);
      if (room) notes.push(room);
      if (doc.truncated) notes.push(`Only the first ${doc.chunks.at(-1)?.start ?? 0} characters were coached; the text is very long.`);

      const findings = runActiveRules(active, doc, signals, options, english, notes);
      const ignored = new Set(options.ignoredKeys ?? []);
      const kept = mergeFindings(findings.filter((f) => !ignored.has(f.key)).sort((a, b) => a.start - b.start || a.end - b.end));
      const { score, principles } = scorePrinciples(kept, checkedPrinciples(active, english));
      const kind = classifyKind(signals, kept);
      return { findings: kept, signals, score: english ? score : null, principles, kind, language: english ? 'en' : 'other', notes };
    },
  };
}

/** An empty draft: nothing was checked, so nothing passed and there is no score. */
function emptyAnalysis(signals: Signals): Analysis {
  const { principles } = scorePrinciples([], new Set());
  return { findings: [], signals, score: null, principles, kind: classifyKind(signals, []), language: 'en', notes: ['The draft is empty: nothing to coach yet.'] };
}

/** The principles at least one rule spoke for on this draft: the others are shown as not checked. */
function checkedPrinciples(active: readonly AnyRule[], english: boolean): Set<PrincipleId> {
  return new Set(active.filter((rule) => english || rule.meta.languageIndependent).map((rule) => rule.meta.principle));
}

/** Says which checks still ran on a text in another language, by what they look for. */
function otherLanguageNote(active: readonly AnyRule[]): string {
  const ran = active
    .filter((rule) => rule.meta.languageIndependent)
    .map((rule) => rule.meta.docs.anyLanguage ?? (rule.meta.id.startsWith('house/') ? 'your house rules' : rule.meta.id));
  const list = ran.length ? `: ${[...new Set(ran)].join(', ')}` : '';
  return `This looks like a language other than English. Rapport's coaching is written for English, so the draft is not scored and only the checks that work in any language ran${list}.`;
}

let defaultAnalyzer: Analyzer | undefined;

/** Analyses a draft with the built-in rules and a shared chunk cache. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text, options);
}

/**
 * The findings of every rule that applies to this draft, in rule order; a rule that fails or has bad
 * options adds a note instead. Only language-independent rules run on a text that is not English.
 */
export function runRules(
  rules: readonly AnyRule[],
  doc: Doc,
  signals: Signals,
  options: AnalyzeOptions,
  english: boolean,
  notes: string[],
): Finding[] {
  return runActiveRules(activeRules(rules, options), doc, signals, options, english, notes);
}

/** `runRules` over rules already narrowed to the active ones (the analysis also reads that list). */
function runActiveRules(active: readonly AnyRule[], doc: Doc, signals: Signals, options: AnalyzeOptions, english: boolean, notes: string[]): Finding[] {
  const findings: Finding[] = [];
  // What every rule is told, made once: a pack adds a couple of hundred rules to the loop.
  const shared = { doc, signals, platform: options.platform, profile: options.profile, recent: recentPosts(options) };
  for (const rule of active) {
    if (!english && !rule.meta.languageIndependent) continue;
    const error = runRule(rule, shared, options.house?.overrides[rule.meta.id], findings);
    if (error) notes.push(error);
  }
  return findings;
}

function activeRules(rules: readonly AnyRule[], options: AnalyzeOptions): AnyRule[] {
  const disabled = new Set(options.disabledRules ?? []);
  const overrides = options.house?.overrides ?? {};
  return [...rules, ...(options.house?.rules ?? [])].filter((rule) => {
    const id = rule.meta.id;
    if (disabled.has(id)) return false;
    // A rule for some platforms speaks only when the draft is known to be for one of them.
    if (rule.meta.platforms && !(options.platform && rule.meta.platforms.includes(options.platform))) return false;
    return overrides[id]?.enabled ?? rule.meta.enabledByDefault;
  });
}

/**
 * The recent posts a rule judges against: the active pack's self-promotion policy (its `ratio`) wins over the
 * caller's, which is the profile-less default (80/20) until the caller knows the pack.
 */
function recentPosts(options: AnalyzeOptions): RecentPosts {
  const recent = options.recent ?? NO_RECENT_POSTS;
  const policy = options.house?.policy;
  return policy ? { ...recent, policy } : recent;
}

type OptionsResult = ReturnType<AnyRule['meta']['options']['safeParse']>;
const defaults = new WeakMap<AnyRule, OptionsResult>();

/** A rule's options when nothing overrides them: checked once per rule, not on every analysis. */
function defaultOptions(rule: AnyRule): OptionsResult {
  let parsed = defaults.get(rule);
  if (!parsed) {
    parsed = rule.meta.options.safeParse({});
    defaults.set(rule, parsed);
  }
  return parsed;
}

/**
 * Runs one rule in isolation, adding its findings to `findings`: bad options or a throwing rule cost that
 * rule (the note it returns), never the analysis.
 */
function runRule(
  rule: AnyRule,
  shared: Omit<RuleContext<unknown>, 'options'>,
  override: RuleOverride | undefined,
  findings: Finding[],
): string | undefined {
  const { meta } = rule;
  const parsed = override?.options == null ? defaultOptions(rule) : meta.options.safeParse(override.options);
  if (!parsed.success) return `Rule ${meta.id} was skipped: its options are not valid.`;
  let drafts: DraftFinding[];
  try {
    // A literal of one shape, not a spread: V8 builds it faster, and it runs for every rule on every check.
    drafts = rule.check({ doc: shared.doc, signals: shared.signals, options: parsed.data, platform: shared.platform, profile: shared.profile, recent: shared.recent });
  } catch {
    return `Rule ${meta.id} failed on this text and was skipped.`;
  }
  const severity: Severity = override?.severity ?? meta.defaultSeverity;
  for (const draft of drafts) {
    const finding = toFinding(rule, draft, shared.doc.text, severity);
    if (finding) findings.push(finding);
  }
  return undefined;
}

function toFinding(rule: AnyRule, draft: DraftFinding, text: string, severity: Severity): Finding | undefined {
  const { start, end } = draft;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) return undefined;
  const actual = text.slice(start, end);
  const templateId = draft.messageId ?? Object.keys(rule.meta.messages)[0] ?? '';
  const message = fillTemplate(rule.meta.messages[templateId] ?? rule.meta.docs.summary, { actual, ...draft.data });
  const fixes = draft.fixes?.filter((fix) => fix.start >= 0 && fix.end <= text.length && fix.start <= fix.end);
  return {
    ruleId: rule.meta.id,
    principle: rule.meta.principle,
    severity: draft.severity ?? severity,
    message,
    start,
    end,
    actual,
    ...(draft.expected?.length ? { expected: draft.expected } : {}),
    ...(fixes?.length ? { fixes } : {}),
    key: findingKey(rule.meta.id, actual),
  };
}

export function fillTemplate(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
