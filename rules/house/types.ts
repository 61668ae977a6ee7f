import type { AnyRule, Severity } from '../engine/rule';
import type { Objective } from '../engine/types';

/** A built-in rule as a house-rule pack configures it. */
export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
  options?: Record<string, unknown>;
}

/**
 * The self-promotion policy a pack picks, as rules/history reads it: a named policy, or a custom share,
 * over a window of recent posts (the policy's own window when absent).
 */
export interface RatioSpec {
  policy: '80/20' | '4-1-1' | 'thirds' | 'custom';
  share?: number;
  window?: number;
}

/** A rule of a pack's source that did not load (a Vale rule needing lookahead, a type Rapport lacks). */
export interface SkippedRule {
  /** The rule's name in its source (`Google.Headings`). */
  name: string;
  reason: string;
}

/**
 * The seam for brand leads' house rules: a pack (JSON checked by zod, see schema.ts) compiles to extra rules
 * plus overrides of the built-in ones. Everything but the first three fields is filled by the compiler and
 * optional here, so tests and callers can hand the engine a pack they made by hand.
 */
export interface CompiledHousePack {
  name: string;
  rules: readonly AnyRule[];
  overrides: Readonly<Record<string, RuleOverride>>;
  /** The id in the pack's rule ids (`house/<id>/<rule>`). */
  id?: string;
  /** The pack's content hash: the compile cache and the per-chunk caches of its rules key on it. */
  hash?: string;
  /** The pack format version it was written in (it was migrated to the current one). */
  sourceVersion?: number;
  ratio?: RatioSpec;
  objective?: Objective;
  skipped?: readonly SkippedRule[];
}
