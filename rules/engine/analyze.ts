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
import type { AnyRule, DraftFinding } from './rule';
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
function checkedPrinciples(active: readonly ActiveRule[], english: boolean): Set<PrincipleId> {
  return new Set(active.filter(({ rule }) => english || rule.meta.languageIndependent).map(({ rule }) => rule.meta.principle));
}

/** Says which checks still ran on a text in another language, by what they look for. */
function otherLanguageNote(active: readonly ActiveRule[]): string {
  const ran = active
    .map(({ rule }) => rule)
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

/**
 * A rule that applies, ready to run: its options checked and its severity settled, or why it cannot run
 * (options a pack set that its schema refuses).
 */
interface ActiveRule {
  rule: AnyRule;
  options: unknown;
  severity: Severity;
  error?: string;
}

/** `runRules` over rules already narrowed to the active ones (the analysis also reads that list). */
function runActiveRules(active: readonly ActiveRule[], doc: Doc, signals: Signals, options: AnalyzeOptions, english: boolean, notes: string[]): Finding[] {
  const findings: Finding[] = [];
  const recent = recentPosts(options);
  for (const { rule, options: ruleOptions, severity, error } of active) {
    if (!english && !rule.meta.languageIndependent) continue;
    if (error) {
      notes.push(error);
      continue;
    }
    let drafts: DraftFinding[];
    try {
      // A literal of one shape, not a spread: V8 builds it faster, and it runs for every rule on every check.
      drafts = rule.check({ doc, signals, options: ruleOptions, platform: options.platform, profile: options.profile, recent });
    } catch {
      notes.push(`Rule ${rule.meta.id} failed on this text and was skipped.`);
      continue;
    }
    for (const draft of drafts) {
      const finding = toFinding(rule, draft, doc.text, severity);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

/** Selections made, per rule list and pack (none is `NO_PACK`), by platform and turned-off rules. */
const selections = new WeakMap<readonly AnyRule[], WeakMap<object, Map<string, ActiveRule[]>>>();
const NO_PACK = {};
/** Selections kept per rule list and pack: a few platforms and turned-off sets are in use at a time. */
const SELECTIONS_KEPT = 32;

/**
 * The rules that apply (built-in and the pack's, less those turned off, off by default or for other
 * platforms), worked out once per rule list, pack, platform and set of turned-off rules: with a pack of
 * 200 rules, doing it on every keystroke cost more than many rules' checks.
 */
function activeRules(rules: readonly AnyRule[], options: AnalyzeOptions): ActiveRule[] {
  let byPack = selections.get(rules);
  if (!byPack) selections.set(rules, (byPack = new WeakMap()));
  const pack = options.house ?? NO_PACK;
  let byKey = byPack.get(pack);
  if (!byKey) byPack.set(pack, (byKey = new Map()));
  const key = `${options.platform ?? ''}\u0000${(options.disabledRules ?? []).join('\u0000')}`;
  let active = byKey.get(key);
  if (!active) {
    if (byKey.size >= SELECTIONS_KEPT) byKey.clear();
    active = selectRules(rules, options);
    byKey.set(key, active);
  }
  return active;
}

function selectRules(rules: readonly AnyRule[], options: AnalyzeOptions): ActiveRule[] {
  const disabled = new Set(options.disabledRules ?? []);
  const overrides = options.house?.overrides ?? {};
  const active: ActiveRule[] = [];
  for (const rule of [...rules, ...(options.house?.rules ?? [])]) {
    const { id } = rule.meta;
    if (disabled.has(id)) continue;
    // A rule for some platforms speaks only when the draft is known to be for one of them.
    if (rule.meta.platforms && !(options.platform && rule.meta.platforms.includes(options.platform))) continue;
    const override: RuleOverride | undefined = overrides[id];
    if (!(override?.enabled ?? rule.meta.enabledByDefault)) continue;
    const parsed = rule.meta.options.safeParse(override?.options ?? {});
    const severity = override?.severity ?? rule.meta.defaultSeverity;
    active.push(parsed.success ? { rule, options: parsed.data, severity } : { rule, options: undefined, severity, error: `Rule ${id} was skipped: its options are not valid.` });
  }
  return active;
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
