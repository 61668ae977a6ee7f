import { LIMITS } from './limits';
import { migrate } from './migrate';
import { describeValue, fromZodIssues, problem, type PackProblem } from './problems';
import { PACK_VERSION, packSchemaV1, packSchemaV2, type HousePack } from './schema';

export type ParsedPack = { ok: true; pack: HousePack; sourceVersion: number } | { ok: false; problems: PackProblem[] };

const SCHEMAS: Record<number, typeof packSchemaV1 | typeof packSchemaV2> = { 1: packSchemaV1, 2: packSchemaV2 };

/**
 * A pack's shape, checked whole: JSON, size, format version, every field, the limits; then migrated to the
 * current format. Every problem is listed, each at its JSON path; a pack with any problem is refused whole
 * (a half-applied style guide is worse than none, because nobody can tell which half). What only compiling
 * can tell (patterns RE2 refuses, references between rules, built-in rule ids) is checked by compile.ts.
 */
export function parsePack(input: unknown): ParsedPack {
  let raw = input;
  if (typeof input === 'string') {
    if (input.length > LIMITS.packCharacters) return refuse(tooBig(input.length));
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return refuse(problem([], `not valid JSON: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return refuse(problem([], `expected a pack (a JSON object with "name" and "rules"), got ${describeValue(raw)}`));
  const pack = raw as Record<string, unknown>;
  const size = JSON.stringify(pack).length;
  if (size > LIMITS.packCharacters) return refuse(tooBig(size));

  const version = pack.version ?? PACK_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(problem(['version'], `expected a format version (1 to ${PACK_VERSION}), got ${describeValue(version)}`));
  }
  if (version > PACK_VERSION) {
    return refuse(problem(['version'], `this pack is written in format ${version}; this Rapport reads formats 1 to ${PACK_VERSION}. Update Rapport to use it.`));
  }
  const schema = SCHEMAS[version] ?? packSchemaV2;
  const parsed = schema.safeParse(pack, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: fromZodIssues(parsed.error.issues) };

  const problems: PackProblem[] = [];
  let total = 0;
  for (const rule of parsed.data.rules) total += termCount(rule);
  if (total > LIMITS.termsPerPack) problems.push(problem(['rules'], `at most ${LIMITS.termsPerPack} terms across the pack (got ${total})`));
  if (problems.length) return { ok: false, problems };
  return { ok: true, pack: migrate(parsed.data, version) as HousePack, sourceVersion: version };
}

/** Terms, replaced words and swap pairs of a rule: what the pack's word list holds. */
function termCount(rule: HousePack['rules'][number]): number {
  if (rule.type === 'avoid' || rule.type === 'capitalization') return rule.terms.length;
  if (rule.type === 'prefer') return (rule.instead?.length ?? 0) + Object.keys(rule.swap ?? {}).length;
  return 0;
}

function refuse(p: PackProblem): ParsedPack {
  return { ok: false, problems: [p] };
}

function tooBig(size: number): PackProblem {
  return problem([], `the pack is ${size.toLocaleString('en')} characters; at most ${LIMITS.packCharacters.toLocaleString('en')} are read`);
}
