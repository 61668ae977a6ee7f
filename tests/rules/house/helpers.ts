import type { AnyRule } from '../../../rules/engine/rule';
import { loadHousePack, type CompiledHousePack } from '../../../rules/house/index';

/** A pack of the given rules, compiled; a test fails loudly (with the problems) if the pack is not valid. */
export function compiled(rules: unknown[], extra: Record<string, unknown> = {}): CompiledHousePack {
  const result = loadHousePack({ name: 'Test pack', version: 2, rules, ...extra });
  if (!result.ok) throw new Error(`pack refused:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  return result.pack;
}

/** The one rule of a one-rule pack, for the rule tester. */
export function houseRule(rule: Record<string, unknown>): AnyRule {
  return compiled([rule]).rules[0] as AnyRule;
}

/** Problems of a pack, as `path: message` lines. */
export function problemsOf(pack: unknown): string[] {
  const result = loadHousePack(pack);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}
