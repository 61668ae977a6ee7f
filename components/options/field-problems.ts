import type { PackProblemPayload } from '@/utils/messages';
import { COMMON_FIELDS, isObject, isRuleType, TYPE_FIELDS, type JsonObject } from './pack-object';

/**
 * Where each of the compiler's problems shows in the form: beside the field its path names
 * (`rules[3].max`), or beside the nearest field that holds it (`rules[3].terms[2]` under the terms,
 * `rules[3].color` at the top of rule 3, saying "color: unknown field"). A problem no shown field holds
 * (`builtins.shouting`, `(pack)`) is listed at the top of the form with its path.
 */
export interface PlacedProblems {
  /** Messages by the path of the field they show beside. */
  at: ReadonlyMap<string, readonly string[]>;
  /** Problems beside no field. */
  loose: readonly PackProblemPayload[];
}

type Segment = { text: string; name?: string; index?: number; key?: string };

const SEGMENT = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** `rules[3].when.min` as its parts; undefined for a path not in the compiler's notation. */
function segments(path: string): Segment[] | undefined {
  const out: Segment[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < path.length) {
    const at = SEGMENT.lastIndex;
    const match = SEGMENT.exec(path);
    if (!match) return undefined;
    const text = path.slice(at, SEGMENT.lastIndex);
    if (match[1] !== undefined) out.push({ text, name: match[1] });
    else if (match[2] !== undefined) out.push({ text, index: Number(match[2]) });
    else out.push({ text, key: JSON.parse(match[3] as string) as string });
  }
  return out;
}

/** What is left of a path below the field it shows beside, in words: `entry 3`, `color`, `“diet”`. */
function describeRest(rest: readonly Segment[]): string {
  return rest.map((s) => (s.name ?? (s.index !== undefined ? `entry ${s.index + 1}` : `\u201c${s.key}\u201d`))).join(' ');
}

export function placeProblems(problems: readonly PackProblemPayload[], shown: ReadonlySet<string>): PlacedProblems {
  const at = new Map<string, string[]>();
  const loose: PackProblemPayload[] = [];
  for (const problem of problems) {
    const parts = segments(problem.path);
    let placed = false;
    for (let n = parts?.length ?? 0; parts && n > 0; n--) {
      const field = parts.slice(0, n).map((s) => s.text).join('');
      if (!shown.has(field)) continue;
      const rest = describeRest(parts.slice(n));
      at.set(field, [...(at.get(field) ?? []), rest ? `${rest}: ${problem.message}` : problem.message]);
      placed = true;
      break;
    }
    if (!placed) loose.push(problem);
  }
  return { at, loose };
}

/** How a `require` rule's `when` is given: not at all, a signal's range, or another rule. */
export type WhenMode = 'always' | 'signal' | 'rule';
export function whenMode(when: unknown): WhenMode {
  if (when === undefined) return 'always';
  return isObject(when) && 'rule' in when ? 'rule' : 'signal';
}

/** Whether a `prefer` rule shows one word with what it replaces, several pairs, or (in a pack that has both) both. */
export function preferParts(rule: JsonObject): { pair: boolean; swap: boolean } {
  const swap = rule.swap !== undefined;
  return { swap, pair: !swap || rule.use !== undefined || rule.instead !== undefined };
}

/**
 * The fields the form shows for one rule, below `rules[i]`: the fields every rule has, then the type's own
 * (pack-object.ts lists them), with the parts of `prefer`, `require` and `limit` the form shows as it shows them.
 */
export function ruleFieldPaths(rule: JsonObject, version: unknown): string[] {
  const common = ['type', ...COMMON_FIELDS];
  const type = rule.type;
  if (!isRuleType(type)) return common;
  const own = TYPE_FIELDS[type].flatMap((field): string[] => {
    if (type === 'prefer' && (field === 'use' || field === 'instead')) return preferParts(rule).pair ? [field] : [];
    if (type === 'prefer' && field === 'swap') return preferParts(rule).swap ? [field] : [];
    if (type === 'require' && field === 'when') {
      const mode = whenMode(rule.when);
      if (mode === 'always') return [field];
      if (mode === 'rule') return [field, 'when.rule'];
      return version === 1 ? [field, 'when.signal', 'when.atLeast'] : [field, 'when.signal', 'when.min', 'when.max'];
    }
    if (type === 'limit' && field === 'count') return isObject(rule.count) ? [field, 'count.pattern', 'count.ignorecase'] : [field];
    return [field];
  });
  return [...common, ...own];
}

/** Every path a field of the form shows problems for, for this pack. */
export function formPaths(pack: JsonObject): Set<string> {
  const paths = new Set(['name', 'id', 'description', 'link', 'objective', 'ratio', 'ratio.window', 'rules']);
  if (isObject(pack.ratio) && (pack.ratio.policy === 'custom' || pack.ratio.share !== undefined)) paths.add('ratio.share');
  if (Array.isArray(pack.rules)) {
    pack.rules.forEach((rule, i) => {
      paths.add(`rules[${i}]`);
      if (isObject(rule)) for (const field of ruleFieldPaths(rule, pack.version)) paths.add(`rules[${i}].${field}`);
    });
  }
  return paths;
}
