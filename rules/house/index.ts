import { compilePack } from './compile';
import { canonicalJson, contentHash } from './hash';
import type { PackProblem } from './problems';
import type { CompiledHousePack, SkippedRule } from './types';
import { parsePack } from './validate';

export type { PackProblem } from './problems';
export type { CompiledHousePack, RatioSpec, RuleOverride, SkippedRule } from './types';
export type { HousePack, PackRule } from './schema';
export { PACK_VERSION, RULE_TYPES } from './schema';
export { LIMITS } from './limits';
export { houseRuleId, isHouseRuleId, parseHouseRuleId } from './ids';
export { OBJECTIVE_OVERRIDES } from './objective';

export type PackResult = { ok: true; pack: CompiledHousePack } | { ok: false; problems: PackProblem[] };

/** Compiled packs by content: the background, the CLI and tests compile each pack once. */
const CACHE_SIZE = 8;
const cache = new Map<string, { canonical: string; result: PackResult }>();

/**
 * A pack (JSON text or a parsed object) checked whole and compiled, or every problem with its path. The
 * same pack, whatever its key order, is compiled once: results are cached by the pack's content hash (and
 * the cache checks the content itself, so a hash collision can never hand back another pack's rules).
 * `skipped` carries rules the pack's source could not load (a Vale style's), to be reported with it.
 */
export function loadHousePack(input: unknown, skipped: readonly SkippedRule[] = []): PackResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return parsePack(input) as PackResult; // says where the JSON breaks
    }
  }
  const canonical = canonicalJson(value) ?? '';
  const key = contentHash(canonical);
  const hit = cache.get(key);
  if (hit && hit.canonical === canonical) {
    cache.delete(key);
    cache.set(key, hit);
    return withSkipped(hit.result, skipped);
  }
  const result = compile(value);
  cache.set(key, { canonical, result });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return withSkipped(result, skipped);
}

/** Every problem of a pack, or none: the same checks as loading, for `rapport pack validate` and editors. */
export function validateHousePack(input: unknown): PackProblem[] {
  const result = loadHousePack(input);
  return result.ok ? [] : result.problems;
}

function compile(value: unknown): PackResult {
  const parsed = parsePack(value);
  if (!parsed.ok) return parsed;
  return compilePack(parsed.pack, parsed.sourceVersion);
}

function withSkipped(result: PackResult, skipped: readonly SkippedRule[]): PackResult {
  if (!result.ok || skipped.length === 0) return result;
  return { ok: true, pack: { ...result.pack, skipped } };
}
