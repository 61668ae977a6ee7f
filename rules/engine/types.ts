import type { z } from 'zod';
import type { PrincipleId } from '../principles';
import type { PlatformId } from '../../platforms/types';
import type { Doc } from './document';

export type Severity = 'suggestion' | 'warning' | 'error';

export const SIGNAL_NAMES = [
  'selfPromotion',
  'callToAction',
  'engagementBait',
  'conversational',
  'valueAdd',
  'shouting',
  'clickbait',
  'corporate',
  'risk',
  'privacy',
  'sentiment',
] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];
/** What a post is, for the self-promotion ratio across posts. */
export const POST_KINDS = ['promotion', 'conversation', 'value', 'other'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** All in 0..1 except `sentiment`, which is -1..1. */
export type Signals = Record<SignalName, number>;

/** A replacement the user can apply: `text.slice(start, end)` becomes `text`. UTF-16 offsets. */
export interface Fix {
  label: string;
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  ruleId: string;
  principle: PrincipleId;
  severity: Severity;
  message: string;
  /** UTF-16 offsets into the analysed text, end exclusive: `text.slice(start, end) === actual`. */
  start: number;
  end: number;
  actual: string;
  expected?: string[];
  fixes?: Fix[];
  /** Position-free identity for "ignore this": the rule id and the flagged text. */
  key: string;
}

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
}

/** A rule's example draft; give a platform when the rule only speaks on some (length limits, folds). */
export type Example = string | { text: string; platform: PlatformId };

export interface RuleMeta<Options = Record<string, unknown>> {
  /** Equals the file name. A noun phrase for what is found. */
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
