import { parseAllDocuments } from 'yaml';
import { slugify } from '../slug';
import { loadHousePack } from '../index';
import { PACK_VERSION, type HousePack, type PackRule } from '../schema';
import type { SkippedRule } from '../types';
import { mapValeRule } from './rule';

/** A file of a Vale style as the caller read it (from a folder or a zip): its path inside, and its text. */
export interface StyleFile {
  path: string;
  text: string;
}

export interface ValeStyle {
  /** The style as a pack, every rule that loads in it. */
  pack: HousePack;
  /** Every rule that did not load, by name (`Google.Headings`), with the reason. */
  skipped: SkippedRule[];
  /** How many rule files the style has. */
  total: number;
}

/**
 * A Vale style (or a StylesPath of several) read as it is: each `<Style>/<Rule>.yml` becomes a pack rule
 * with the id `<Style>.<Rule>`, as Vale names its alerts. A rule that cannot load (a type packs lack,
 * markup-only, an expression with no linear-time form) is reported by name and reason, never dropped
 * silently; the rest of the style still loads. `fallbackName` names the style when its rules sit at the
 * top of what was given (a folder opened directly).
 */
export function readValeStyle(files: readonly StyleFile[], fallbackName: string): ValeStyle {
  const rules: PackRule[] = [];
  const skipped: SkippedRule[] = [];
  const styles = new Set<string>();
  let total = 0;
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const parts = file.path.split('/').filter(Boolean);
    const base = parts.at(-1) ?? '';
    if (!/\.ya?ml$/i.test(base)) continue;
    const style = parts.at(-2) ?? fallbackName;
    const name = `${style}.${base.replace(/\.ya?ml$/i, '')}`;
    const parsed = readYaml(file.text);
    // Vocabularies, configuration and other YAML in a styles folder are not rules.
    if (parsed.ok && !(parsed.value && typeof parsed.value === 'object' && 'extends' in parsed.value)) continue;
    total++;
    styles.add(style);
    if (!parsed.ok) {
      skipped.push({ name, reason: `not valid YAML: ${parsed.error}` });
      continue;
    }
    const mapped = mapValeRule(name, parsed.value);
    if (mapped.ok) rules.push(mapped.rule);
    else skipped.push({ name, reason: mapped.reason });
  }
  const label = ([...styles].join(', ') || fallbackName).slice(0, 80);
  const pack: HousePack = { name: `${label} (Vale style)`, id: slugify(label), version: PACK_VERSION, rules };
  const loaded = dropRefused(pack, skipped);
  return { pack: loaded, skipped, total };
}

type YamlResult = { ok: true; value: unknown } | { ok: false; error: string };

function readYaml(text: string): YamlResult {
  try {
    const docs = parseAllDocuments(text);
    const list = Array.isArray(docs) ? docs : [docs];
    for (const doc of list) {
      if (doc.errors.length) return { ok: false, error: doc.errors[0]?.message.split('\n')[0] ?? 'unreadable' };
      const value: unknown = doc.toJS();
      if (value !== null && value !== undefined) return { ok: true, value };
    }
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) };
  }
}

/**
 * A pack is refused whole when any rule has a problem; a Vale style is loaded rule by rule instead, so the
 * rules the checks refuse (an expression RE2 cannot run) are moved to `skipped` with the problem, and the
 * rest is checked again.
 */
function dropRefused(pack: HousePack, skipped: SkippedRule[]): HousePack {
  let current = pack;
  for (let round = 0; round < 3; round++) {
    // Through the cache: the pack that passes is the one the caller loads next, compiled once.
    const result = loadHousePack(current);
    if (result.ok) return current;
    const problems = result.problems;
    const refused = new Map<number, string>();
    for (const problem of problems) {
      const index = /^rules\[(\d+)\]/.exec(problem.path)?.[1];
      if (index === undefined) continue;
      const detail = valeField(current.rules[Number(index)], problem.path.replace(/^rules\[\d+\]\.?/, ''));
      if (!refused.has(Number(index))) refused.set(Number(index), `${detail ? `${detail}: ` : ''}${problem.message}`);
    }
    if (refused.size === 0) return { ...current, rules: [] };
    for (const [index, reason] of refused) skipped.push({ name: current.rules[index]?.id ?? `rule ${index}`, reason });
    current = { ...current, rules: current.rules.filter((_, i) => !refused.has(i)) };
  }
  return current;
}

/** A problem's field in the pack rule, named as the Vale rule calls it (`terms[3]` was `tokens[3]`). */
function valeField(rule: PackRule | undefined, field: string): string {
  if (!rule) return field;
  const renames: [RegExp, string][] =
    rule.type === 'avoid' ? [[/^terms/, 'tokens']] : rule.type === 'require' ? [[/^each/, 'first'], [/^pattern/, 'second']] : rule.type === 'limit' ? [[/^count\.pattern/, 'token']] : [];
  return renames.reduce((out, [from, to]) => out.replace(from, to), field);
}
