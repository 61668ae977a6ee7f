/**
 * A checked pack into the engine's seam: one engine rule per pack rule (`house/<pack>/<rule>`) and the
 * pack's built-in settings as overrides. Compiling builds every RE2 expression once; the result is cached by
 * the pack's content, so the extension and the CLI can hand the same pack in on every analysis.
 */
import type { AnyRule } from '../engine/rule';
import { compileAvoid } from './rule-types/avoid';
import { compileCapitalization } from './rule-types/capitalization';
import { compileLimit } from './rule-types/limit';
import { compilePattern } from './rule-types/pattern';
import { compilePrefer } from './rule-types/prefer';
import { compileRequire } from './rule-types/require';
import type { CompileContext } from './rule-types/shared';
import { compileThreshold } from './rule-types/threshold';
import { validatePack, type Pack, type PackRule } from './schema';
import type { CompiledHousePack, RuleOverride } from './types';

/** The pack's id in its rules' ids: its name in lower case, words joined by "-". */
export function packSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'pack';
}

function compileRule(rule: PackRule, context: CompileContext): AnyRule {
  switch (rule.type) {
    case 'avoid':
      return compileAvoid(rule, context);
    case 'prefer':
      return compilePrefer(rule, context);
    case 'require':
      return compileRequire(rule, context);
    case 'limit':
      return compileLimit(rule, context);
    case 'capitalization':
      return compileCapitalization(rule, context);
    case 'pattern':
      return compilePattern(rule, context);
    case 'threshold':
      return compileThreshold(rule, context);
  }
}

const CACHE_SIZE = 8;
const cache = new Map<string, CompiledHousePack>();

/** Compiles a pack that `validatePack` accepted; the same content twice gives the same compiled pack. */
export function compilePack(pack: Pack): CompiledHousePack {
  const key = JSON.stringify(pack);
  const hit = cache.get(key);
  if (hit) return hit;
  const compiled = new Map<string, AnyRule>();
  const context: CompileContext = { packId: packSlug(pack.name), packName: pack.name, compiled };
  // Require rules last: the ones they depend on must be compiled first (the schema forbids require on require).
  const order = [...pack.rules.filter((r) => r.type !== 'require'), ...pack.rules.filter((r) => r.type === 'require')];
  for (const rule of order) compiled.set(rule.id, compileRule(rule, context));
  const overrides: Record<string, RuleOverride> = {};
  for (const [id, setting] of Object.entries(pack.builtins ?? {})) {
    overrides[id] = setting === 'off' ? { enabled: false } : { severity: setting };
  }
  const result: CompiledHousePack = { name: pack.name, rules: pack.rules.map((r) => compiled.get(r.id) as AnyRule), overrides };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}

/** Checks and compiles pack JSON in one step: the compiled pack, or every problem (nothing half-applied). */
export function loadPack(json: unknown): { ok: true; pack: CompiledHousePack } | { ok: false; problems: string[] } {
  const checked = validatePack(json);
  return checked.ok ? { ok: true, pack: compilePack(checked.pack) } : checked;
}
