import type { AnyRule, Severity } from '../engine/rule';

/** A built-in rule as a house-rule pack configures it. */
export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
  options?: Record<string, unknown>;
}

/**
 * The seam for brand leads' house rules: a pack (JSON checked by zod, built in a later issue) compiles to
 * extra rules plus overrides of the built-in ones.
 */
export interface CompiledHousePack {
  name: string;
  rules: readonly AnyRule[];
  overrides: Readonly<Record<string, RuleOverride>>;
}
