import { PACK_VERSION, RULE_TYPES, type PackRuleType } from '@/rules/house/schema';

/**
 * A pack as the form edits it: the JSON text parsed to a plain object, changed in place and written back.
 * The text stays the one source of truth, so whatever the form does not show (`builtins`, `$schema`, a
 * field it does not know) is carried over untouched; the background's compiler, not this file, decides
 * whether the result is a valid pack.
 */
export type JsonObject = Record<string, unknown>;

export type ReadPack = { ok: true; pack: JsonObject } | { ok: false; reason: string };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The pack text as an object, or why the form cannot show it. */
export function readPack(text: string): ReadPack {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `It is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (!isObject(value)) return { ok: false, reason: 'It is valid JSON, but not an object ({ \u2026 }).' };
  return { ok: true, pack: value };
}

/** The text the form writes: the whole pack, two spaces to a level. */
export function writePack(pack: JsonObject): string {
  return JSON.stringify(pack, null, 2);
}

/** A pack to start from when the editor is empty. */
export function emptyPack(): JsonObject {
  return { name: 'Our house style', version: PACK_VERSION, rules: [] };
}

/** Sets a field, or removes it for `undefined`; a field already there keeps its place in the JSON. */
export function put(target: JsonObject, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** Fields every rule type has, beside `type`. */
export const COMMON_FIELDS = ['id', 'message', 'severity', 'description', 'link', 'platforms', 'enabled', 'principle'] as const;

const MATCHING = ['ignorecase', 'regex', 'wholeWord', 'inflections', 'exceptions'] as const;

/** Each type's own fields, as `rules/house/schema.ts` declares them (a test holds the two together). */
export const TYPE_FIELDS: Record<PackRuleType, readonly string[]> = {
  avoid: ['terms', ...MATCHING],
  prefer: ['use', 'instead', 'swap', ...MATCHING],
  require: ['pattern', 'ignorecase', 'when', 'each', 'append', 'exceptions'],
  limit: ['count', 'min', 'max', 'per'],
  capitalization: ['terms', 'inflections', 'exceptions'],
  pattern: ['pattern', 'ignorecase', 'replace', 'exceptions'],
  threshold: ['signal', 'min', 'max'],
  repetition: ['tokens', 'ignorecase', 'alpha', 'max', 'exceptions'],
};

/** Fields that mean the same in every type that has them, so they are kept when a rule changes type. */
const SAME_MEANING = new Set(['terms', 'exceptions', 'inflections', 'ignorecase', 'regex', 'wholeWord', 'pattern']);

const KNOWN_FIELDS = new Set<string>(['type', ...COMMON_FIELDS, ...Object.values(TYPE_FIELDS).flat()]);

export function isRuleType(value: unknown): value is PackRuleType {
  return typeof value === 'string' && (RULE_TYPES as readonly string[]).includes(value);
}

/** In words, for the type choice and the "add a rule" list. */
export const TYPE_LABELS: Record<PackRuleType, string> = {
  avoid: 'Avoid: words the house does not use',
  prefer: 'Prefer: the house word instead of others',
  require: 'Require: what a post must carry',
  limit: 'Limit: at most (or at least) so many',
  capitalization: 'Capitalization: names written the brand\u2019s way',
  pattern: 'Pattern: a regular expression to flag',
  threshold: 'Threshold: a bound on a signal',
  repetition: 'Repetition: words repeated by mistake',
};

/**
 * The fields a new rule of this type needs to load, with example values to overwrite: every type
 * compiles as soon as it is added, and the preview shows what it does.
 */
export function starterFields(type: PackRuleType, version: unknown): JsonObject {
  switch (type) {
    case 'avoid':
      return { terms: ['synergy'] };
    case 'prefer':
      return { use: 'use', instead: ['utilize'] };
    case 'require':
      return { pattern: '#ad\\b', when: version === 1 ? { signal: 'selfPromotion', atLeast: 0.6 } : { signal: 'selfPromotion', min: 0.6 }, append: '#ad' };
    case 'limit':
      return { count: 'hashtags', max: 3 };
    case 'capitalization':
      return { terms: ['YourBrand'] };
    case 'pattern':
      return { pattern: '!{2,}', replace: '!' };
    case 'threshold':
      return { signal: 'engagementBait', max: 0.5 };
    case 'repetition':
      return {};
  }
}

/** The ids the pack's rules use. */
export function ruleIds(pack: JsonObject): string[] {
  const rules = Array.isArray(pack.rules) ? pack.rules : [];
  return rules.flatMap((rule) => (isObject(rule) && typeof rule.id === 'string' ? [rule.id] : []));
}

/** `limit-1`, or the first of `limit-2`, `limit-3`… no rule of the pack has. */
export function freshId(type: PackRuleType, taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`${type}-${n}`)) return `${type}-${n}`;
}

/** A new rule of this type that loads as it is. */
export function newRule(type: PackRuleType, pack: JsonObject): JsonObject {
  return { id: freshId(type, ruleIds(pack)), type, ...starterFields(type, pack.version) };
}

/**
 * The rule as another type: the fields every rule has, the fields that mean the same in both types
 * (terms, exceptions, a pattern…), and fields no rule type knows (the author's own) are kept, each in its
 * place; the old type's other fields go, and the new type's starter fields fill what it still needs.
 */
export function changeType(rule: JsonObject, type: PackRuleType, pack: JsonObject): JsonObject {
  const own = new Set(TYPE_FIELDS[type]);
  const changed: JsonObject = {};
  for (const [key, value] of Object.entries(rule)) {
    if (key === 'type') changed.type = type;
    else if ((COMMON_FIELDS as readonly string[]).includes(key) || !KNOWN_FIELDS.has(key) || (own.has(key) && SAME_MEANING.has(key))) changed[key] = value;
  }
  if (!('type' in changed)) changed.type = type;
  for (const [key, value] of Object.entries(starterFields(type, pack.version))) if (!(key in changed)) changed[key] = value;
  return changed;
}

/** The list with the item at `from` moved to `to` (both in range). */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}
