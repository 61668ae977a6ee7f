import { compilePack } from './compile';
import { canonicalJson, contentHash } from './hash';
import type { PackProblem } from './problems';
import type { CompiledHousePack, SkippedRule } from './types';
import { migrate } from './migrate';
import { PACK_VERSION, packSchemaV1, packSchemaV2, type HousePack } from './schema';
import { parsePack } from './validate';

export type { PackProblem } from './problems';
export type { CompiledHousePack, RatioSpec, RuleOverride, SkippedRule } from './types';
export type { HousePack, PackRule } from './schema';
export { RULE_TYPES } from './schema';
export { PACK_VERSION };
export { LIMITS } from './limits';
export { houseRuleId, parseHouseRuleId } from '../engine/types';
export { OBJECTIVE_OVERRIDES } from './objective';

export type PackResult = { ok: true; pack: CompiledHousePack } | { ok: false; problems: PackProblem[] };

/** Compiled packs by content: the background, the CLI and tests compile each pack once. */
const CACHE_SIZE = 8;
const cache = new Map<string, { canonical: string; result: PackResult }>();
/**
 * Results by the exact text they were loaded from, before any parsing: the background loads the active
 * pack's stored text for every check, and parsing, ordering and hashing a 30 KB pack cost 1.2 ms each time.
 */
const byText = new Map<string, PackResult>();

/**
 * A pack (JSON text or a parsed object) checked whole and compiled, or every problem with its path. The
 * same pack, whatever its key order, is compiled once: results are cached by the pack's content hash (and
 * the cache checks the content itself, so a hash collision can never hand back another pack's rules).
 * `skipped` carries rules the pack's source could not load (a Vale style's), to be reported with it.
 */
export function loadHousePack(input: unknown, skipped: readonly SkippedRule[] = []): PackResult {
  if (typeof input !== 'string') return withSkipped(loadValue(input), skipped);
  let result = byText.get(input);
  if (result) byText.delete(input);
  else result = loadText(input);
  byText.set(input, result);
  if (byText.size > CACHE_SIZE) byText.delete(byText.keys().next().value as string);
  return withSkipped(result, skipped);
}

function loadText(text: string): PackResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parsePack(text) as PackResult; // says where the JSON breaks
  }
  return loadValue(value);
}

function loadValue(value: unknown): PackResult {
  const canonical = canonicalJson(value) ?? '';
  const key = contentHash(canonical);
  const hit = cache.get(key);
  if (hit && hit.canonical === canonical) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.result;
  }
  const result = compile(value);
  cache.set(key, { canonical, result });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return result;
}

/** Every problem of a pack, or none: the same checks as loading, for `rapport pack validate` and editors. */
export function validateHousePack(input: unknown): PackProblem[] {
  const result = loadHousePack(input);
  return result.ok ? [] : result.problems;
}

function compile(value: unknown): PackResult {
  const parsed = parsePack(value);
  if (!parsed.ok) return { ok: false, problems: sortByPlace([...parsed.problems, ...problemsOfSoundRules(value)]) };
  const compiled = compilePack(parsed.pack, parsed.sourceVersion);
  return compiled.ok ? compiled : { ok: false, problems: sortByPlace(compiled.problems) };
}

/**
 * A pack with a broken field still gets its other problems listed: the rules that are sound on their own
 * are compiled together, so a bad pattern is reported next to a misspelt field rather than after the
 * next attempt. A reference to a rule that exists but is broken is not reported twice.
 */
function problemsOfSoundRules(value: unknown): PackProblem[] {
  const raw = value as { version?: unknown; rules?: unknown };
  if (!raw || typeof raw !== 'object' || !Array.isArray(raw.rules)) return [];
  const version = raw.version === 1 ? 1 : PACK_VERSION;
  const schema = (version === 1 ? packSchemaV1 : packSchemaV2).shape.rules.element;
  const places: number[] = [];
  const sound: unknown[] = [];
  raw.rules.forEach((rule: unknown, index: number) => {
    if (!schema.safeParse(rule).success) return;
    places.push(index);
    sound.push(rule);
  });
  if (sound.length === 0) return [];
  const pack = migrate({ name: 'pack', version, rules: sound }, version) as HousePack;
  const ids = new Set(raw.rules.map((r) => (r && typeof r === 'object' ? (r as { id?: unknown }).id : undefined)));
  const compiled = compilePack(pack);
  if (compiled.ok) return [];
  return compiled.problems
    .filter((p) => !/^no rule "(.*)" in this pack/.test(p.message) || !ids.has(/^no rule "(.*)" in this pack/.exec(p.message)?.[1]))
    .map((p) => ({ ...p, path: p.path.replace(/^rules\[(\d+)\]/, (_, i: string) => `rules[${places[Number(i)]}]`) }));
}

/** Problems in the order a pack is written: what it is (name, version), its rules one by one, the rest. */
function sortByPlace(problems: PackProblem[]): PackProblem[] {
  const place = (p: PackProblem) => {
    const rule = /^rules\[(\d+)\]/.exec(p.path)?.[1];
    if (rule !== undefined) return Number(rule);
    return /^(?:\(pack\)|name|id|version|description)\b/.test(p.path) ? -1 : Number.MAX_SAFE_INTEGER;
  };
  return problems.map((p, i) => ({ p, i })).sort((a, b) => place(a.p) - place(b.p) || a.i - b.i).map(({ p }) => p);
}

function withSkipped(result: PackResult, skipped: readonly SkippedRule[]): PackResult {
  if (!result.ok || skipped.length === 0) return result;
  return { ok: true, pack: { ...result.pack, skipped } };
}
