import type { PackRule } from '../schema';

/**
 * One Vale rule (its YAML, parsed) as a pack rule, or the reason it cannot be one. Vale's types map onto
 * the pack's: existence -> avoid (its tokens as RE2 expressions, word-bounded unless `nonword`),
 * substitution -> prefer (`swap`), occurrence -> limit (counting its token, per sentence, paragraph or
 * post), repetition -> repetition, conditional -> require with `each`. Vale's defaults are kept (case-
 * sensitive unless `ignorecase`, level `suggestion`), and its `%s` placeholders become the pack's.
 * Rules that only check markup (headings, tables, lists, code) are reported as such: a post has none.
 */
export type ValeMapping = { ok: true; rule: PackRule } | { ok: false; reason: string };

type Yaml = Record<string, unknown>;

const LEVELS = ['suggestion', 'warning', 'error'] as const;

/** Scopes a plain-text post has; anything else (heading, table, list, code, alt, ...) is markup. */
const PLAIN_SCOPES = new Set(['text', 'sentence', 'paragraph', 'raw', 'summary', 'sentence.paragraph']);

export function mapValeRule(id: string, yaml: unknown): ValeMapping {
  if (!yaml || typeof yaml !== 'object' || Array.isArray(yaml)) return fail('not a Vale rule (expected a YAML mapping)');
  const rule = yaml as Yaml;
  const type = rule.extends;
  if (typeof type !== 'string') return fail('not a Vale rule: it has no "extends"');
  const markup = markupScope(rule.scope);
  if (markup) return fail(`checks ${markup}, which a plain-text post does not have (markup-only)`);
  const common = commonFields(id, rule);
  switch (type) {
    case 'existence':
      return existence(rule, common);
    case 'substitution':
      return substitution(rule, common);
    case 'occurrence':
      return occurrence(rule, common);
    case 'repetition':
      return repetition(rule, common);
    case 'conditional':
      return conditional(rule, common);
    case 'capitalization':
      return fail(`capitalization checks whether a whole heading or sentence is in ${String(rule.match ?? 'a case style')}; packs check the case of named terms instead`);
    default:
      return fail(`type "${type}" is not supported (Rapport reads existence, substitution, occurrence, repetition and conditional)`);
  }
}

function fail(reason: string): ValeMapping {
  return { ok: false, reason };
}

interface Common {
  id: string;
  severity: (typeof LEVELS)[number];
  link?: string;
  message?: string;
}

function commonFields(id: string, rule: Yaml): Common {
  const level = typeof rule.level === 'string' && (LEVELS as readonly string[]).includes(rule.level) ? (rule.level as Common['severity']) : 'suggestion';
  const link = typeof rule.link === 'string' && /^https?:\/\//.test(rule.link) ? rule.link : undefined;
  const message = typeof rule.message === 'string' && rule.message.trim() ? rule.message.trim().slice(0, 500) : undefined;
  return { id, severity: level, ...(link ? { link } : {}), ...(message ? { message } : {}) };
}

/** `%s` placeholders in order as the pack's named ones. */
function placeholders(message: string | undefined, names: readonly string[]): { message?: string } {
  if (!message) return {};
  let i = 0;
  return { message: message.replace(/%s/g, () => `{${names[Math.min(i++, names.length - 1)] ?? 'actual'}}`) };
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

function exceptions(rule: Yaml): { exceptions?: string[] } {
  const list = strings(rule.exceptions);
  return list.length ? { exceptions: list } : {};
}

function existence(rule: Yaml, common: Common): ValeMapping {
  const tokens = strings(rule.tokens);
  const raw = strings(rule.raw).join('');
  if (tokens.length === 0 && !raw) return fail('existence rule without tokens or raw');
  const ignorecase = rule.ignorecase === true;
  const base = { ...common, type: 'avoid' as const, regex: true, ignorecase, inflections: false, ...exceptions(rule), ...placeholders(common.message, ['actual']) };
  if (!raw) return { ok: true, rule: { ...base, terms: tokens, wholeWord: rule.nonword !== true } };
  // Vale joins raw to the word-bounded tokens, before them or (with `append`) after.
  const words = tokens.length ? (rule.nonword === true ? `(?:${tokens.join('|')})` : `\\b(?:${tokens.join('|')})\\b`) : '';
  const pattern = rule.append === true ? words + raw : raw + words;
  return { ok: true, rule: { ...base, terms: [pattern], wholeWord: false } };
}

function substitution(rule: Yaml, common: Common): ValeMapping {
  const swap = rule.swap;
  if (!swap || typeof swap !== 'object' || Array.isArray(swap)) return fail('substitution rule without a swap map');
  const pairs = Object.fromEntries(Object.entries(swap as Yaml).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0].trim() !== ''));
  if (Object.keys(pairs).length === 0) return fail('substitution rule with an empty swap map');
  return {
    ok: true,
    rule: {
      ...common,
      type: 'prefer',
      swap: pairs,
      regex: true,
      ignorecase: rule.ignorecase === true,
      wholeWord: rule.nonword !== true,
      inflections: false,
      ...exceptions(rule),
      ...placeholders(common.message, ['expected', 'actual']),
    },
  };
}

function occurrence(rule: Yaml, common: Common): ValeMapping {
  if (typeof rule.token !== 'string' || !rule.token) return fail('occurrence rule without a token');
  // Vale reads 0 as "no bound".
  const max = typeof rule.max === 'number' && rule.max > 0 ? Math.floor(rule.max) : undefined;
  const min = typeof rule.min === 'number' && rule.min > 0 ? Math.floor(rule.min) : undefined;
  if (max === undefined && min === undefined) return fail('occurrence rule without max or min');
  const scope = scopes(rule.scope)[0] ?? 'text';
  const per = scope.startsWith('sentence') ? 'sentence' : scope.startsWith('paragraph') ? 'paragraph' : 'post';
  return {
    ok: true,
    rule: {
      ...common,
      type: 'limit',
      count: { pattern: rule.token, ignorecase: rule.ignorecase === true },
      per,
      ...(max !== undefined ? { max } : {}),
      ...(min !== undefined ? { min } : {}),
      ...placeholders(common.message, ['count']),
    },
  };
}

function repetition(rule: Yaml, common: Common): ValeMapping {
  const tokens = strings(rule.tokens);
  if (tokens.length === 0) return fail('repetition rule without tokens');
  return {
    ok: true,
    rule: {
      ...common,
      type: 'repetition',
      tokens,
      ignorecase: rule.ignorecase === true,
      alpha: rule.alpha === true,
      ...(typeof rule.max === 'number' && rule.max > 0 ? { max: Math.floor(rule.max) } : {}),
      ...exceptions(rule),
      ...placeholders(common.message, ['word']),
    },
  };
}

function conditional(rule: Yaml, common: Common): ValeMapping {
  if (typeof rule.first !== 'string' || typeof rule.second !== 'string') return fail('conditional rule without first and second');
  if (typeof rule.in === 'string') return fail(`looks for its second pattern in the "${rule.in}" scope of a Vale view, which posts do not have`);
  return {
    ok: true,
    rule: {
      ...common,
      type: 'require',
      each: rule.first,
      pattern: rule.second,
      ignorecase: rule.ignorecase === true,
      ...exceptions(rule),
      ...placeholders(common.message, ['actual']),
    },
  };
}

function scopes(scope: unknown): string[] {
  return strings(scope).flatMap((s) => s.split(/\s*&\s*/)).map((s) => s.trim());
}

/** The markup a rule is scoped to, when every scope it names is markup (negated scopes don't count). */
function markupScope(scope: unknown): string | undefined {
  const named = scopes(scope).filter((s) => s && !s.startsWith('~'));
  if (named.length === 0) return undefined;
  const markup = named.filter((s) => !PLAIN_SCOPES.has(s) && !PLAIN_SCOPES.has(s.split('.')[0] ?? ''));
  return markup.length === named.length ? markup.map((s) => `${s.split('.')[0]}s`).filter((s, i, all) => all.indexOf(s) === i).join(' and ') : undefined;
}
