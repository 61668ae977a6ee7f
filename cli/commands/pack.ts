import type { PlatformId } from '../../platforms/types';
import { PLATFORM_IDS } from '../../platforms/types';
import type { CompiledHousePack, Finding } from '../../rules/index';
import { EXIT, parseChoice, parseCommandArgs, parsePlatform, UsageError } from '../args';
import { readPackSource, type PackSource } from '../house';
import { write, type CliIO } from '../io';
import { openArchive, openRecords } from '../readers/detect';
import { openInput } from '../readers/open';
import { FORMAT_NAMES, INPUT_FORMATS, InputError } from '../readers/types';
import { PLATFORM_OF } from './audit';

export const PACK_HELP = `Usage: rapport pack validate [options] PACK
       rapport pack test [options] PACK POSTS

House-rule packs: the rules a brand writes by. PACK is a pack JSON file (see examples/packs and
schemas/house-pack.schema.json), a Vale style folder, a zip of one, or a single Vale rule (.yml).

  validate   Check PACK whole and list every problem by its JSON path. For a Vale style, also list the
             rules that do not load and why.
  test       Run PACK's rules on POSTS (any file audit reads: CSV, JSON, JSON Lines, an X archive's
             tweets.js, LinkedIn Shares.csv; "-" for standard input): which rules fire on which posts,
             and how often each rule fires, before the pack is rolled out.

Options:
  -p, --platform ID          test: coach for one platform: ${PLATFORM_IDS.join(', ')}
  -f, --format NAME          text (default) or json
      --input-format NAME    test: read POSTS as this format instead of detecting it
      --text-column NAME     test: CSV column or JSON field with the post
  -h, --help                 Show this help

Exit status: 0 when the pack is valid (and, for test, the posts were read); 1 when the pack is not
valid; 2 on bad usage (such as a missing file).

Examples:
  rapport pack validate examples/packs/cautious-bank.json
  rapport pack validate styles/Microsoft
  rapport pack test acme.json last-month.csv --platform linkedin
`;

const ACTIONS = ['validate', 'test'] as const;
const FORMATS = ['text', 'json'] as const;

export async function pack(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args: [...argv],
    options: {
      platform: { type: 'string', short: 'p' },
      format: { type: 'string', short: 'f' },
      'input-format': { type: 'string' },
      'text-column': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    await write(io.stdout, PACK_HELP);
    return EXIT.ok;
  }
  const [action, ...paths] = positionals;
  if (action === undefined) throw new UsageError(`pack needs an action: ${ACTIONS.join(' or ')}.`);
  if (!(ACTIONS as readonly string[]).includes(action)) throw new UsageError(`Unknown pack action "${action}". Use ${ACTIONS.join(' or ')}.`);
  const format = parseChoice('--format', values.format, FORMATS, 'text');
  const wanted = action === 'validate' ? 1 : 2;
  if (paths.length !== wanted) {
    throw new UsageError(action === 'validate' ? 'pack validate takes one PACK.' : 'pack test takes a PACK and a POSTS file.');
  }
  const source = await readPackSource(paths[0] as string);
  if (action === 'validate') return validate(source, format, io);
  const platform = parsePlatform(values.platform);
  const inputFormat = values['input-format'] === undefined ? undefined : parseChoice('--input-format', values['input-format'], INPUT_FORMATS, 'csv');
  return test(source, paths[1] as string, { platform, format, inputFormat, textField: values['text-column'] }, io);
}

async function validate(source: PackSource, format: (typeof FORMATS)[number], io: CliIO): Promise<number> {
  const { result } = source;
  if (format === 'json') {
    const json = result.ok
      ? { valid: true, ...summary(source, result.pack), problems: [], notLoaded: source.skipped }
      : { valid: false, problems: result.problems, notLoaded: source.skipped };
    await write(io.stdout, JSON.stringify(json, null, 2) + '\n');
    return result.ok ? EXIT.ok : EXIT.findings;
  }
  if (!result.ok) {
    const n = result.problems.length;
    await write(io.stdout, `${source.path}: not a valid pack (${n} ${n === 1 ? 'problem' : 'problems'}); nothing of it is used.\n`);
    for (const p of result.problems) await write(io.stdout, `  ${p.path}: ${p.message}\n`);
    return EXIT.findings;
  }
  const s = summary(source, result.pack);
  const lines = [`${source.path}: valid. "${s.name}" (${s.id}): ${describeRules(source, result.pack)}.`];
  if (s.sourceVersion !== undefined && s.sourceVersion !== s.version) lines.push(`  Written in format ${s.sourceVersion}; read as format ${s.version}.`);
  if (s.builtins > 0) lines.push(`  Sets ${s.builtins} built-in ${s.builtins === 1 ? 'rule' : 'rules'}${s.objective ? `, with the ${s.objective} objective` : ''}.`);
  if (s.ratio) lines.push(`  Self-promotion policy: ${s.ratio}.`);
  for (const skipped of source.skipped) lines.push(`  not loaded: ${skipped.name}: ${skipped.reason}`);
  await write(io.stdout, lines.join('\n') + '\n');
  return EXIT.ok;
}

function summary(source: PackSource, pack: CompiledHousePack) {
  const ratio = pack.ratio ? `${pack.ratio.policy}${pack.ratio.share !== undefined ? ` (${Math.round(pack.ratio.share * 100)}%)` : ''}${pack.ratio.window ? ` over ${pack.ratio.window} posts` : ''}` : undefined;
  return {
    name: pack.name,
    id: pack.id ?? '',
    version: 2,
    sourceVersion: pack.sourceVersion,
    source: source.kind,
    rules: pack.rules.map((r) => r.meta.id),
    builtins: Object.keys(pack.overrides).length,
    objective: pack.objective,
    ratio,
  };
}

function describeRules(source: PackSource, pack: CompiledHousePack): string {
  const n = pack.rules.length;
  if (source.kind === 'pack') return `${n} ${n === 1 ? 'rule' : 'rules'}`;
  return `${n} of ${source.total} Vale rules loaded`;
}

interface TestOptions {
  platform?: PlatformId;
  format: (typeof FORMATS)[number];
  inputFormat?: (typeof INPUT_FORMATS)[number];
  textField?: string;
}

interface RuleCount {
  rule: string;
  ruleId: string;
  posts: number;
  findings: number;
}

/** How long a post's opening is shown in the text report. */
const PREVIEW = 70;

async function test(source: PackSource, postsPath: string, options: TestOptions, io: CliIO): Promise<number> {
  if (!source.result.ok) return validate(source, options.format, io);
  const house = source.result.pack;
  let input: Awaited<ReturnType<typeof openInput>> | undefined;
  try {
    input = await openInput(postsPath, io.stdin);
    if (input.kind === 'archive' && options.inputFormat) throw new UsageError(`--input-format does not apply to ${postsPath}: an archive's files say what they are.`);
    const { createAnalyzer } = await import('../../rules/index');
    // Only the pack's rules: built-in findings would bury what the brand lead is trying.
    const analyzer = createAnalyzer([]);
    const { format: detected, records } =
      input.kind === 'archive' ? await openArchive(input.files) : await openRecords(input.stream, { format: options.inputFormat, textField: options.textField });
    const platform = options.platform ?? PLATFORM_OF[detected];
    const counts = new Map<string, RuleCount>(house.rules.map((r) => [r.meta.id, { rule: r.meta.id.split('/').slice(2).join('/'), ruleId: r.meta.id, posts: 0, findings: 0 }]));
    const fired: { index: number; text: string; findings: Finding[] }[] = [];
    let posts = 0;
    let skipped = 0;
    for await (const record of records) {
      if (record.kind !== 'post') {
        skipped++;
        continue;
      }
      posts++;
      // As audit does: a post whose platform counts only part of it is analysed on that part.
      const { start, end } = record.counted ?? { start: 0, end: record.text.length };
      const text = record.text.slice(start, end);
      const findings = analyzer.analyze(text, { house, ...(platform ? { platform } : {}) }).findings;
      if (findings.length === 0) continue;
      fired.push({ index: record.index, text, findings });
      for (const id of new Set(findings.map((f) => f.ruleId))) {
        const count = counts.get(id);
        if (!count) continue;
        count.posts++;
        count.findings += findings.filter((f) => f.ruleId === id).length;
      }
    }
    const ranked = [...counts.values()].sort((a, b) => b.posts - a.posts || b.findings - a.findings);
    if (options.format === 'json') {
      const json = {
        pack: { name: house.name, id: house.id, rules: house.rules.length, notLoaded: source.skipped },
        input: { name: input.name, format: detected, posts, skipped },
        rules: ranked,
        posts: fired.map((p) => ({ index: p.index, findings: p.findings.map(({ ruleId, severity, start, end, actual, message }) => ({ ruleId, severity, start, end, actual, message })) })),
      };
      await write(io.stdout, JSON.stringify(json, null, 2) + '\n');
      return EXIT.ok;
    }
    const lines = [`"${house.name}" (${house.rules.length} rules) on ${posts} ${posts === 1 ? 'post' : 'posts'} from ${input.name} (${FORMAT_NAMES[detected]}${skipped ? `; ${skipped} records skipped` : ''}).`];
    const scoped = house.rules.filter((r) => r.meta.platforms && !(platform && r.meta.platforms.includes(platform))).length;
    if (scoped) lines.push(`${scoped} ${scoped === 1 ? 'rule applies' : 'rules apply'} only on other platforms${platform ? '' : ' (pass --platform to try them)'}.`);
    lines.push('');
    for (const post of fired) {
      lines.push(`#${post.index} ${preview(post.text)}`);
      for (const f of post.findings) lines.push(`  ${f.ruleId.split('/').slice(2).join('/')} (${f.severity}): "${f.actual.replace(/\s+/g, ' ')}"`);
    }
    if (fired.length) lines.push('');
    lines.push(`${fired.length} of ${posts} posts would get a house finding.`, '', 'Rules, by posts they fire on:');
    const width = Math.max(...ranked.map((r) => r.rule.length), 4);
    for (const r of ranked) lines.push(`  ${r.rule.padEnd(width)}  ${r.posts ? `${r.posts} ${r.posts === 1 ? 'post' : 'posts'}, ${r.findings} ${r.findings === 1 ? 'finding' : 'findings'}` : 'never fired'}`);
    for (const s of source.skipped) lines.push(`  not loaded: ${s.name}: ${s.reason}`);
    await write(io.stdout, lines.join('\n') + '\n');
    return EXIT.ok;
  } catch (error) {
    // The readers run in browsers too and know nothing of the CLI: their input errors are usage errors here.
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  } finally {
    await input?.close();
  }
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW ? `${flat.slice(0, PREVIEW - 1)}\u2026` : flat;
}
