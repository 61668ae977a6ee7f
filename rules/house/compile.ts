import { RULES } from '../builtin/index';
import { cacheKey } from '../engine/document';
import type { AnyRule } from '../engine/rule';
import { canonicalJson, contentHash } from './hash';
import { slugify } from './slug';
import { PackTerms } from './matcher';
import { mergeOverrides, OBJECTIVE_OVERRIDES } from './objective';
import { didYouMean, fromZodIssues, problem, type PackProblem } from './problems';
import { compileAvoid } from './rule-types/avoid';
import { compileCapitalization } from './rule-types/capitalization';
import { compileLimit } from './rule-types/limit';
import { compilePattern } from './rule-types/pattern';
import { compilePrefer } from './rule-types/prefer';
import { compileRepetition } from './rule-types/repetition';
import { compileRequire } from './rule-types/require';
import type { CompileContext, Compiled } from './rule-types/shared';
import { compileThreshold } from './rule-types/threshold';
import type { BuiltinSetting, HousePack, PackRule, RatioSetting } from './schema';
import type { CompiledHousePack, RatioSpec, RuleOverride } from './types';

const COMPILERS: { [T in PackRule['type']]: (rule: Extract<PackRule, { type: T }>, ctx: CompileContext) => Compiled } = {
  avoid: compileAvoid,
  prefer: compilePrefer,
  require: compileRequire,
  limit: compileLimit,
  capitalization: compileCapitalization,
  pattern: compilePattern,
  threshold: compileThreshold,
  repetition: compileRepetition,
};

const BUILTINS = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export type CompileResult = { ok: true; pack: CompiledHousePack } | { ok: false; problems: PackProblem[] };

/**
 * A valid pack (see validate.ts) into engine rules and overrides of the built-in ones, with what only
 * compiling can find: patterns RE2 refuses, rule ids used twice, references to rules that do not exist or
 * that lead back to themselves, unknown built-in rules and their options. Every rule's per-chunk caches
 * are keyed by the pack's content hash, so two packs never share a cached match and an edited pack never
 * reads its old self's.
 */
export function compilePack(pack: HousePack, sourceVersion = 2): CompileResult {
  const hash = contentHash(canonicalJson(pack));
  const packId = pack.id ?? slugify(pack.name);
  const problems: PackProblem[] = [...duplicateIds(pack), ...dependencyCycles(pack)];
  const terms = new PackTerms(cacheKey('house', hash, 'terms'));
  const byId = new Map<string, AnyRule>();
  const rules: AnyRule[] = [];
  const packIds = new Set(pack.rules.map((r) => r.id));
  const resolve = (id: string): AnyRule | undefined => {
    // A rule of this pack is looked up when it runs (it may come later in the pack); else a built-in rule.
    if (packIds.has(id)) return lateBound(id, byId);
    return BUILTINS.get(id);
  };
  pack.rules.forEach((rule, index) => {
    const ctx: CompileContext = { packName: pack.name, packId, index, path: ['rules', index], key: cacheKey('house', hash, String(index)), terms, resolve };
    const compile = COMPILERS[rule.type] as (rule: PackRule, ctx: CompileContext) => Compiled;
    const compiled = compile(rule, ctx);
    problems.push(...compiled.problems);
    rules.push(compiled.rule);
    byId.set(rule.id, compiled.rule);
  });
  const builtins = builtinOverrides(pack.builtins ?? {}, problems);
  if (problems.length) return { ok: false, problems };
  const overrides = mergeOverrides(pack.objective ? OBJECTIVE_OVERRIDES[pack.objective] : {}, builtins);
  return {
    ok: true,
    pack: {
      name: pack.name,
      id: packId,
      hash,
      sourceVersion,
      rules,
      overrides,
      ...(pack.ratio ? { ratio: ratioSpec(pack.ratio) } : {}),
      ...(pack.objective ? { objective: pack.objective } : {}),
    },
  };
}

/** A stand-in that runs the named rule of the pack, found when it runs. */
function lateBound(id: string, byId: ReadonlyMap<string, AnyRule>): AnyRule {
  const target = () => byId.get(id);
  return {
    get meta() {
      return (target() as AnyRule).meta;
    },
    check: (context) => target()?.check(context) ?? [],
  };
}

function duplicateIds(pack: HousePack): PackProblem[] {
  const seen = new Map<string, number>();
  const out: PackProblem[] = [];
  pack.rules.forEach((rule, index) => {
    const first = seen.get(rule.id);
    if (first === undefined) seen.set(rule.id, index);
    else out.push(problem(['rules', index, 'id'], `"${rule.id}" is already the id of rules[${first}]; ids must be unique`));
  });
  return out;
}

/** require rules that wait on each other in a circle would never decide; each circle is named once. */
function dependencyCycles(pack: HousePack): PackProblem[] {
  const dependsOn = new Map<string, string>();
  for (const rule of pack.rules) if (rule.type === 'require' && rule.when && 'rule' in rule.when) dependsOn.set(rule.id, rule.when.rule);
  const out: PackProblem[] = [];
  const reported = new Set<string>();
  pack.rules.forEach((rule, index) => {
    const path = [rule.id];
    for (let next = dependsOn.get(rule.id); next !== undefined; next = dependsOn.get(next)) {
      path.push(next);
      if (next === rule.id) {
        if (!path.some((id) => reported.has(id))) out.push(problem(['rules', index, 'when', 'rule'], `rules depend on each other in a circle: ${path.join(' -> ')}`));
        path.forEach((id) => reported.add(id));
        break;
      }
      if (path.length > pack.rules.length) break;
    }
  });
  return out;
}

function builtinOverrides(settings: Readonly<Record<string, BuiltinSetting>>, problems: PackProblem[]): Record<string, RuleOverride> {
  const out: Record<string, RuleOverride> = {};
  for (const [id, setting] of Object.entries(settings)) {
    const rule = BUILTINS.get(id);
    if (!rule) {
      problems.push(problem(['builtins', id], `no built-in rule has this id${didYouMean(id, [...BUILTINS.keys()])}`));
      continue;
    }
    if (typeof setting === 'string') {
      out[id] = setting === 'off' ? { enabled: false } : setting === 'on' ? { enabled: true } : { enabled: true, severity: setting };
      continue;
    }
    if (setting.options) {
      const parsed = rule.meta.options.safeParse(setting.options, { reportInput: true });
      if (!parsed.success) problems.push(...fromZodIssues(parsed.error.issues, ['builtins', id, 'options']));
    }
    out[id] = { ...setting };
  }
  return out;
}

function ratioSpec(ratio: RatioSetting): RatioSpec {
  return typeof ratio === 'string' ? { policy: ratio } : { ...ratio };
}
