import type { PlatformId } from '../../platforms/types';
import { PLATFORM_IDS } from '../../platforms/types';
import type { Analysis, Analyzer, KindClassifier } from '../../rules/index';
import { parsePolicy, type RatioPolicy } from '../../rules/history';
import type { Engine } from '../engine';
import { EXIT, parseChoice, parseCommandArgs, parsePlatform, parsePositiveInt, UsageError } from '../args';
import { loadRulesOption, withHouse } from '../house';
import { createProgress, type Progress } from '../audit/progress';
import { AuditSummary } from '../audit/summary';
import { paint } from '../format/colour';
import { formatAuditSummary } from '../format/audit-summary';
import { jsonlKindLine, jsonlLine } from '../format/jsonl';
import { isTTY, wantsColour, write, type CliIO } from '../io';
import { openArchive, openRecords } from '../readers/detect';
import { openInput } from '../readers/open';
import { FORMAT_NAMES, INPUT_FORMATS, InputError, type InputFormat, type InputRecord } from '../readers/types';

export const AUDIT_HELP = `Usage: rapport audit [options] FILE

Coaches many posts at once and sums them up: how many promote you against the policy (80/20 by default),
how often you post, the most frequent findings per principle, and the weakest posts. FILE may be "-" for
standard input, a folder (an unzipped X archive, its data/ folder, or a LinkedIn export) or a zip archive.

The format is detected from the content, whatever the file is called:
  csv              a header row and one post per row (quoted fields may hold newlines)
  json             a JSON array of strings, or of objects with the text in a field
  jsonl            JSON Lines: one string or object per line
  tweets-js        an X/Twitter archive's data/tweets.js (window.YTD.tweets.part0 = [...]); a whole
                   archive (zip or folder) is read through its manifest.js, split parts included
  linkedin-shares  a LinkedIn export's Shares.csv (the post is ShareCommentary)
  linkedin-comments  a LinkedIn export's Comments.csv (each comment is a reply); a whole export (zip
                   or folder) is read as Shares.csv, then Comments.csv

Options:
  -p, --platform ID          Coach for one platform: ${PLATFORM_IDS.join(', ')}
                             (default: x for an X archive, linkedin for a LinkedIn export, else none)
  -f, --format NAME          text (default): a summary
                             jsonl: one line per post, in input order:
                               {"index", "kind", "signals", "findings": [{"ruleId", "principle",
                               "severity", "start", "end"}], "score"}; index is the record's place in
                               the input from 0, counting skipped records too
                             json: the summary as JSON
      --policy NAME          How much self-promotion is fine: 80/20 (default: at most 2 in 10 posts),
                             4-1-1 (1 in 6), thirds (3 in 9), or a share such as 25% or 0.25
      --window N             Judge the recent share over the last N posts (default: the policy's)
      --input-format NAME    Read FILE as this format instead of detecting it
      --text-column NAME     CSV column or JSON field with the post (default: text; ShareCommentary
                             for LinkedIn; common fields such as full_text when text is absent)
      --top N                How many weakest posts to list (default 5)
      --kinds-only           Judge only each post's kind (promotion, conversation, value, other): the
                             self-promotion share and cadence, six to eight times faster on a large
                             archive; no findings, scores or signals (jsonl lines are {"index", "kind"})
  -r, --rules PACK           Also apply a house-rule pack: a pack JSON file, a Vale style folder or zip
  -h, --help                 Show this help

Retweets are someone else's words: counted apart and left out of every figure. A reply to someone is
conversation unless it promotes; X's count of a reply leaves out its leading @mentions and a trailing media
link, as X does. Records that cannot be read (bad JSON, bad CSV quoting, no text) are reported on standard
error with their line and skipped; the summary counts them.
Exit status: 0 when no finding is an error, 1 when one is, 2 on bad usage (such as a missing file).

Examples:
  rapport audit posts.csv --text-column body
  rapport audit twitter-2024-05-01.zip --policy 4-1-1
  rapport audit twitter-archive/data --format json
  rapport audit Shares.csv --format jsonl > findings.jsonl
`;

const FORMATS = ['text', 'jsonl', 'json'] as const;
/** The platform whose archive a format is, for counting and limits when --platform is not given. */
export const PLATFORM_OF: Partial<Record<InputFormat, PlatformId>> = { 'tweets-js': 'x', 'linkedin-shares': 'linkedin', 'linkedin-comments': 'linkedin' };

export interface AuditOptions {
  platform?: PlatformId;
  policy?: RatioPolicy;
  /** Called with each post's JSON line when the output is JSON Lines. */
  onLine?: (line: string) => Promise<void>;
  /** Called for each record that could not be read. */
  onMalformed?: (record: Extract<InputRecord, { kind: 'malformed' }>) => Promise<void>;
  progress?: Progress;
  top?: number;
  /** Judge only each post's kind with this classifier (the ratio and cadence); the analyzer is not used. */
  kinds?: KindClassifier;
}

/**
 * The command's core: analyses records one at a time as the reader yields them and folds each into the
 * summary, so memory holds one record, the summary's counters and its few weakest posts. A post whose
 * platform counts only part of it (an X reply's leading mentions) is analysed on that part; JSON Lines
 * offsets still point into the whole text.
 */
export async function auditRecords(
  records: AsyncIterable<InputRecord>,
  analyzer: Analyzer,
  options: AuditOptions = {},
): Promise<{ summary: AuditSummary; exitCode: number }> {
  const summary = new AuditSummary({ top: options.top, policy: options.policy, kindsOnly: options.kinds !== undefined });
  let errors = false;
  let seen = 0;
  for await (const record of records) {
    seen += 1;
    options.progress?.tick(seen);
    if (record.kind === 'malformed') {
      summary.addMalformed();
      await options.onMalformed?.(record);
      continue;
    }
    if (record.kind === 'empty' || record.kind === 'repost') {
      summary.addSkipped(record.kind);
      continue;
    }
    const { start, end } = record.counted ?? { start: 0, end: record.text.length };
    if (options.kinds) {
      const kind = summary.addKind(record, options.kinds.classify(record.text.slice(start, end), options.platform));
      if (options.onLine) await options.onLine(jsonlKindLine(record.index, kind));
      continue;
    }
    const analysis = analyzer.analyze(record.text.slice(start, end), options.platform ? { platform: options.platform } : {});
    if (analysis.findings.some((f) => f.severity === 'error')) errors = true;
    const kind = summary.addPost(record, analysis);
    if (options.onLine) await options.onLine(jsonlLine(record.index, kind, start ? shifted(analysis, start) : analysis));
  }
  return { summary, exitCode: errors ? EXIT.findings : EXIT.ok };
}

function shifted(analysis: Analysis, by: number): Analysis {
  return { ...analysis, findings: analysis.findings.map((f) => ({ ...f, start: f.start + by, end: f.end + by })) };
}

export async function audit(argv: readonly string[], io: CliIO, loadEngine: () => Promise<Engine>): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args: [...argv],
    options: {
      platform: { type: 'string', short: 'p' },
      format: { type: 'string', short: 'f' },
      policy: { type: 'string' },
      window: { type: 'string' },
      'input-format': { type: 'string' },
      'text-column': { type: 'string' },
      top: { type: 'string' },
      'kinds-only': { type: 'boolean' },
      rules: { type: 'string', short: 'r' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    await write(io.stdout, AUDIT_HELP);
    return EXIT.ok;
  }
  const platformChoice = parsePlatform(values.platform);
  const format = parseChoice('--format', values.format, FORMATS, 'text');
  const inputFormat = values['input-format'] === undefined ? undefined : parseChoice('--input-format', values['input-format'], INPUT_FORMATS, 'csv');
  const top = parsePositiveInt('--top', values.top, 5);
  const window = values.window === undefined ? undefined : parsePositiveInt('--window', values.window, 10);
  const policy = parsePolicy(values.policy, window);
  if (!policy.ok) throw new UsageError(`--policy: ${policy.error}.`);
  if (positionals.length === 0) throw new UsageError('audit needs a FILE to read (or "-" for standard input).');
  if (positionals.length > 1) throw new UsageError(`audit reads one FILE at a time; got ${positionals.length}.`);
  const path = positionals[0] as string;

  // A bad pack is refused whole before any post is read: bad usage, with every problem listed.
  const house = values.rules === undefined ? undefined : await loadRulesOption(values.rules);
  const progress = createProgress(io.stderr, isTTY(io.stderr));
  let input: Awaited<ReturnType<typeof openInput>> | undefined;
  try {
    input = await openInput(path, io.stdin);
    if (input.kind === 'archive' && inputFormat) throw new UsageError(`--input-format does not apply to ${path}: an archive's files say what they are.`);
    const { analyzer, kinds, rules } = withHouse(await loadEngine(), house);
    const opened =
      input.kind === 'archive'
        ? await openArchive(input.files)
        : { ...(await openRecords(input.stream, { format: inputFormat, textField: values['text-column'] })), plan: undefined };
    const notes = opened.plan?.notes ?? [];
    const label = path === '-' ? '<stdin>' : path;
    const { summary, exitCode } = await auditRecords(opened.records, analyzer, {
      platform: platformChoice ?? PLATFORM_OF[opened.format],
      policy: policy.policy,
      top,
      progress,
      kinds: values['kinds-only'] ? kinds : undefined,
      onMalformed: (record) => progress.log(`${label}${record.file ? `:${record.file}` : ''}:${record.line}: skipped record #${record.index}: ${record.reason}`),
      onLine: format === 'jsonl' ? (line) => write(io.stdout, line + '\n') : undefined,
    });
    progress.done();
    for (const note of notes) await write(io.stderr, `${label}: ${note}\n`);
    const json = summary.toJSON();
    if (format === 'json') await write(io.stdout, JSON.stringify(json, null, 2) + '\n');
    else if (format === 'text') {
      const ruleSummaries = new Map(rules.map((rule) => [rule.meta.id, rule.meta.docs.summary]));
      const formatName = FORMAT_NAMES[opened.format] + (input.kind === 'archive' ? `, from ${input.files.name}` : '');
      await write(io.stdout, formatAuditSummary(json, { source: input.name, formatName, ruleSummaries }, paint(wantsColour(io))));
    } else if (json.malformed) {
      await write(io.stderr, `Skipped ${json.malformed} malformed ${json.malformed === 1 ? 'record' : 'records'} of ${json.posts + json.malformed + json.empty + json.reposts}.\n`);
    }
    return exitCode;
  } catch (error) {
    // The readers run in browsers too and know nothing of the CLI: their input errors are usage errors here.
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress.done();
    await input?.close();
  }
}
