import { parseOptions, UsageError, wholeNumber } from '../lib/args';
import { DEFAULT_DATA_DIR, DEFAULT_REALWORLD_DIR, MissingDataError, requireDataDir } from './data';
import { formatErrors, formatText, toJson } from './report';
import { runEval, type AnalyzerLike } from './runner';
import { SETS } from './all-sets';
import type { SetDefinition } from './sets';

export const USAGE = `Usage: npm run eval -- [--data DIR] [--format text|json] [--show-errors N] [--set NAME[,NAME]] [--limit N]
                       [--folds K [--seed N]]

Measures Rapport's signals and flags on the labelled sets in DIR (default ${DEFAULT_DATA_DIR}) and prints each
figure next to its target. Sets: ${SETS.map((s) => s.name).join(', ')}.

  --data DIR         folder holding the labelled CSV files (read in place, never copied)
  --realworld DIR    folder of real X archives and LinkedIn exports for the real-posts set
                     (default ${DEFAULT_REALWORLD_DIR}; read in place, never copied)
  --format FORMAT    text (default) or json
  --show-errors N    also print the N worst false positives and negatives of each measure (terminal only;
                     with --format json they go to stderr)
  --set NAMES        only these sets (comma-separated)
  --limit N          only the first N rows of each set (quick looks; figures are then not comparable)
  --folds K          cross-validated: each set split in K folds (stratified by label, K >= 2, 5 is usual);
                     every threshold and weight the engine or the eval chose from these rows is chosen
                     again on K-1 folds and scored on the fold left out; a target counts as met only when
                     the held-out mean meets it. Reports dev and held-out figures side by side.
  --seed N           the seed of the fold split (default 1)

Exit status: 0 whatever the figures; 1 when data is missing; 2 on a usage error.`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export interface EvalArgs {
  dataDir: string;
  realworldDir: string;
  format: 'text' | 'json';
  showErrors: number;
  sets: string[] | undefined;
  limit: number | undefined;
  folds: number | undefined;
  seed: number;
  help: boolean;
}

export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const values = parseOptions(argv, {
    data: { type: 'string' },
    realworld: { type: 'string' },
    format: { type: 'string' },
    'show-errors': { type: 'string' },
    set: { type: 'string', multiple: true },
    limit: { type: 'string' },
    folds: { type: 'string' },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, got "${format}"`);
  const sets = values.set?.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  const folds = wholeNumber('folds', values.folds);
  if (folds !== undefined && folds < 2) throw new UsageError(`--folds needs at least 2 folds, got ${folds}`);
  const unknown = sets?.filter((name) => !SETS.some((s) => s.name === name)) ?? [];
  if (unknown.length) throw new UsageError(`unknown set ${unknown.join(', ')}; known: ${SETS.map((s) => s.name).join(', ')}`);
  return {
    dataDir: values.data ?? DEFAULT_DATA_DIR,
    realworldDir: values.realworld ?? DEFAULT_REALWORLD_DIR,
    format,
    showErrors: wholeNumber('show-errors', values['show-errors'], 0),
    sets,
    limit: wholeNumber('limit', values.limit),
    folds,
    seed: wholeNumber('seed', values.seed, 1),
    help: values.help ?? false,
  };
}

/** Runs the evaluation and returns the exit status. The analyzer factory is loaded lazily so tests can pass their own. */
export async function main(argv: readonly string[], io: Io = defaultIo, createAnalyzer?: () => AnalyzerLike): Promise<number> {
  let args: EvalArgs;
  try {
    args = parseEvalArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`eval: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  let dataDir: string;
  try {
    dataDir = requireDataDir(args.dataDir);
  } catch (error) {
    if (!(error instanceof MissingDataError)) throw error;
    io.err(`eval: ${error.message}`);
    return 1;
  }
  const sets = args.sets ? SETS.filter((s) => args.sets!.includes(s.name)) : SETS;
  if (args.folds !== undefined) return crossValidated(args, dataDir, sets, io);
  const factory = createAnalyzer ?? (await import('../../rules/index')).createAnalyzer;
  const report = await runEval({
    dataDir,
    realworldDir: args.realworldDir,
    sets,
    createAnalyzer: factory,
    showErrors: args.showErrors,
    limit: args.limit,
    onSet: (s) => io.err(`eval: ${s.set} done, ${s.analysed} analyses in ${s.seconds.toFixed(1)} s`),
  });
  if (args.format === 'json') {
    io.out(toJson(report));
    if (args.showErrors > 0) io.err(formatErrors(report.sets.flatMap((s) => s.errors)));
  } else {
    io.out(formatText(report));
    if (args.showErrors > 0) io.out(formatErrors(report.sets.flatMap((s) => s.errors)));
  }
  for (const m of report.missing) io.err(`eval: ${m.message}`);
  return report.missing.length > 0 ? 1 : 0;
}

/** `--folds K`: the engine itself, refitted per fold (no analyzer can be passed in: the plans refit its parts). */
async function crossValidated(args: EvalArgs, dataDir: string, sets: readonly SetDefinition[], io: Io): Promise<number> {
  const { runCrossValidation } = await import('./cv/runner');
  const { PLANS } = await import('./cv/plans');
  const { foldJson, formatFoldText } = await import('./cv/report');
  const { formatErrors } = await import('./report');
  const report = runCrossValidation({
    dataDir,
    sets,
    plans: PLANS,
    k: args.folds!,
    seed: args.seed,
    limit: args.limit,
    showErrors: args.showErrors,
    onSet: (s) => io.err(`eval: ${s.set} cross-validated in ${s.seconds.toFixed(1)} s`),
  });
  io.out(args.format === 'json' ? foldJson(report) : formatFoldText(report));
  if (args.showErrors > 0) (args.format === 'json' ? io.err : io.out)(formatErrors(report.sets.flatMap((s) => s.errors)));
  for (const m of report.missing) io.err(`eval: ${m.message}`);
  return report.missing.length > 0 ? 1 : 0;
}
