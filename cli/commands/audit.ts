import type { PlatformId } from '../../platforms/types';
import { PLATFORM_IDS } from '../../platforms/types';
import type { Analyzer } from '../../rules/index';
import type { AnyRule } from '../../rules/engine/rule';
import type { Engine } from '../engine';
import { EXIT, parseChoice, parseCommandArgs, parsePlatform, parsePositiveInt, UsageError } from '../args';
import { loadRulesOption, withHouse } from '../house';
import { createProgress, type Progress } from '../audit/progress';
import { AuditSummary, SELF_PROMOTION_PRINCIPLE } from '../audit/summary';
import { paint } from '../format/colour';
import { formatAuditSummary } from '../format/audit-summary';
import { jsonlLine } from '../format/jsonl';
import { isTTY, wantsColour, write, type CliIO } from '../io';
import { FORMAT_NAMES, openRecords } from '../readers/detect';
import { openInput } from '../readers/open';
import { INPUT_FORMATS, type InputRecord } from '../readers/types';

export const AUDIT_HELP = `Usage: rapport audit [options] FILE

Coaches many posts at once and sums them up: how many promote you against the 80/20 guideline, the most
frequent findings per principle, and the weakest posts. FILE may be "-" for standard input.

The format is detected from the content, whatever the file is called:
  csv              a header row and one post per row (quoted fields may hold newlines)
  json             a JSON array of strings, or of objects with the text in a field
  jsonl            JSON Lines: one string or object per line
  tweets-js        an X/Twitter archive's data/tweets.js (window.YTD.tweets.part0 = [...])
  linkedin-shares  a LinkedIn export's Shares.csv (the post is ShareCommentary)

Options:
  -p, --platform ID          Coach for one platform: ${PLATFORM_IDS.join(', ')}
  -f, --format NAME          text (default): a summary
                             jsonl: one line per post, in input order:
                               {"index", "signals", "findings": [{"ruleId", "principle", "severity",
                               "start", "end"}], "score"}; index is the record's place in the input
                               from 0, counting skipped records too
                             json: the summary as JSON
      --input-format NAME    Read FILE as this format instead of detecting it
      --text-column NAME     CSV column or JSON field with the post (default: text; ShareCommentary
                             for LinkedIn; common fields such as full_text when text is absent)
      --top N                How many weakest posts to list (default 5)
  -r, --rules PACK           Also apply a house-rule pack: a pack JSON file, a Vale style folder or zip
  -h, --help                 Show this help

Records that cannot be read (bad JSON, bad CSV quoting, no text) are reported on standard error with
their line and skipped; the summary counts them.
Exit status: 0 when no finding is an error, 1 when one is, 2 on bad usage (such as a missing file).

Examples:
  rapport audit posts.csv --text-column body
  rapport audit twitter-archive/data/tweets.js --platform x
  rapport audit Shares.csv --format jsonl > findings.jsonl
`;

const FORMATS = ['text', 'jsonl', 'json'] as const;

export interface AuditOptions {
  platform?: PlatformId;
  /** Called with each post's JSON line when the output is JSON Lines. */
  onLine?: (line: string) => Promise<void>;
  /** Called for each record that could not be read. */
  onMalformed?: (record: Extract<InputRecord, { kind: 'malformed' }>) => Promise<void>;
  progress?: Progress;
  top?: number;
  selfPromotionMeasured?: boolean;
}

/**
 * The command's core: analyses records one at a time as the reader yields them and folds each into the
 * summary, so memory holds one record, the summary's counters and its few weakest posts.
 */
export async function auditRecords(
  records: AsyncIterable<InputRecord>,
  analyzer: Analyzer,
  options: AuditOptions = {},
): Promise<{ summary: AuditSummary; exitCode: number }> {
  const summary = new AuditSummary({ top: options.top, selfPromotionMeasured: options.selfPromotionMeasured });
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
    const analysis = analyzer.analyze(record.text, options.platform ? { platform: options.platform } : {});
    if (analysis.findings.some((f) => f.severity === 'error')) errors = true;
    summary.addPost(record, analysis);
    if (options.onLine) await options.onLine(jsonlLine(record.index, analysis));
  }
  return { summary, exitCode: errors ? EXIT.findings : EXIT.ok };
}

export async function audit(argv: readonly string[], io: CliIO, loadEngine: () => Promise<Engine>): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args: [...argv],
    options: {
      platform: { type: 'string', short: 'p' },
      format: { type: 'string', short: 'f' },
      'input-format': { type: 'string' },
      'text-column': { type: 'string' },
      top: { type: 'string' },
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
  const platform = parsePlatform(values.platform);
  const format = parseChoice('--format', values.format, FORMATS, 'text');
  const inputFormat = values['input-format'] === undefined ? undefined : parseChoice('--input-format', values['input-format'], INPUT_FORMATS, 'csv');
  const top = parsePositiveInt('--top', values.top, 5);
  if (positionals.length === 0) throw new UsageError('audit needs a FILE to read (or "-" for standard input).');
  if (positionals.length > 1) throw new UsageError(`audit reads one FILE at a time; got ${positionals.length}.`);
  const path = positionals[0] as string;

  const house = values.rules === undefined ? undefined : await loadRulesOption(values.rules);
  const input = await openInput(path, io.stdin);
  const progress = createProgress(io.stderr, isTTY(io.stderr));
  try {
    const { analyzer, rules } = withHouse(await loadEngine(), house);
    const { format: detected, records } = await openRecords(input.stream, { format: inputFormat, textField: values['text-column'] });
    const label = path === '-' ? '<stdin>' : path;
    const { summary, exitCode } = await auditRecords(records, analyzer, {
      platform,
      top,
      progress,
      selfPromotionMeasured: measuresSelfPromotion(rules, platform),
      onMalformed: (record) => progress.log(`${label}:${record.line}: skipped record #${record.index}: ${record.reason}`),
      onLine: format === 'jsonl' ? (line) => write(io.stdout, line + '\n') : undefined,
    });
    progress.done();
    const json = summary.toJSON();
    if (format === 'json') await write(io.stdout, JSON.stringify(json, null, 2) + '\n');
    else if (format === 'text') {
      const ruleSummaries = new Map(rules.map((rule) => [rule.meta.id, rule.meta.docs.summary]));
      await write(io.stdout, formatAuditSummary(json, { source: input.name, formatName: FORMAT_NAMES[detected], ruleSummaries }, paint(wantsColour(io))));
    } else if (json.malformed) {
      await write(io.stderr, `Skipped ${json.malformed} malformed ${json.malformed === 1 ? 'record' : 'records'} of ${json.posts + json.malformed + json.empty + json.reposts}.\n`);
    }
    return exitCode;
  } finally {
    progress.done();
    if (input.stream !== io.stdin) input.stream.destroy();
  }
}

/** Whether any enabled rule can find self-promotion on this platform; if none, the ratio means nothing. */
function measuresSelfPromotion(rules: readonly AnyRule[], platform: PlatformId | undefined): boolean {
  return rules.some(
    (rule) =>
      rule.meta.principle === SELF_PROMOTION_PRINCIPLE &&
      rule.meta.enabledByDefault &&
      (!platform || !rule.meta.platforms || rule.meta.platforms.includes(platform)),
  );
}
