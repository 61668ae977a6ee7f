/**
 * What a rule is and what it is given: the rule-facing half of the engine, which needs the parsed document.
 * The shared shapes (findings, signals, fixes) live in the contract, `./types`, re-exported here so a rule
 * imports one module.
 */
import type { z } from 'zod';
import type { PlatformId } from '../../platforms/types';
import type { Doc } from './document';
import type { ActiveProfile, Fix, PrincipleId, RecentPosts, Severity, Signals } from './types';

export type { Finding, Fix, Severity, Signals, SignalName } from './types';

/** What a rule returns; the engine adds the rule's id, principle, severity, `actual` and `key`. */
export interface DraftFinding {
  start: number;
  end: number;
  /** Id of one of the rule's message templates; defaults to the first. */
  messageId?: string;
  /** Values for `{name}` placeholders in the template. */
  data?: Record<string, string | number>;
  severity?: Severity;
  expected?: string[];
  fixes?: Fix[];
}

export interface RuleDocs {
  summary: string;
  /** Why it matters, in the principle's terms. */
  rationale: string;
  whenNotToUse: string;
  /**
   * For a rule that runs on any language: what it still checks on a post in another language, in a few
   * words ("contact details and ID numbers"), named in the note such a post gets.
   */
  anyLanguage?: string;
}

/**
 * A rule's example draft; give a platform when the rule only speaks on some (length limits, folds), and the
 * recent posts when it judges across posts (the self-promotion ratio).
 */
export type Example = string | { text: string; platform: PlatformId; recent?: RecentPosts };

export interface RuleMeta<Options = Record<string, unknown>> {
  /** Equals the file name for built-in rules; `house/<pack>/<rule>` for a pack's. A noun phrase for what is found. */
  id: string;
  principle: PrincipleId;
  defaultSeverity: Severity;
  enabledByDefault: boolean;
  /** Rules that hold for any language (lengths, contact details) keep running on non-English text. */
  languageIndependent?: boolean;
  /** Platforms the rule applies to; all when absent. */
  platforms?: readonly PlatformId[];
  docs: RuleDocs;
  examples: { bad: readonly Example[]; good: readonly Example[] };
  /** Message templates: plain words, what was found and what to try. `{name}` placeholders. */
  messages: Record<string, string>;
  options: z.ZodType<Options>;
}

export interface RuleContext<Options = Record<string, unknown>> {
  doc: Doc;
  signals: Signals;
  options: Options;
  platform: PlatformId | undefined;
  /** The profile the user writes as, when the extension has one active. */
  profile: ActiveProfile | undefined;
  /** The posts before this draft for the profile and platform (empty when there is no history). */
  recent: RecentPosts;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): DraftFinding[];
}

/** Identity helper that keeps a rule's option type checked against its schema. */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

// Rules are stored together whatever their options; each is checked against its own schema at run time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
