import { performance } from 'node:perf_hooks';
import type { Analysis, AnalyzeOptions } from '../../rules/index';
import { MissingDataError, readSet } from './data';
import type { Figure, ErrorList, RowResult } from './measures';
import type { Analyse, SetDefinition } from './sets';

/** Anything with the engine's `analyze`; a fresh one is made per set. */
export interface AnalyzerLike {
  analyze(text: string, options?: AnalyzeOptions): Pick<Analysis, 'findings' | 'signals'> & Partial<Pick<Analysis, 'kind' | 'score'>>;
}

export interface SetReport {
  set: string;
  file: string;
  about: string;
  rows: number;
  used: number;
  skipped: number;
  /** Calls to analyze (a text can be analysed in two forms, e.g. lower-cased and original). */
  analysed: number;
  /** Time spent inside analyze, in seconds. */
  seconds: number;
  rowsPerSecond: number;
  figures: Figure[];
  errors: ErrorList[];
  notes: string[];
}

export interface EvalReport {
  dataDir: string;
  sets: SetReport[];
  /** Sets whose file could not be read, with the reason. */
  missing: { set: string; message: string }[];
  analysed: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface RunOptions {
  dataDir: string;
  /** Where the real X archives and LinkedIn exports are, for the sets that read them. */
  realworldDir?: string;
  sets: readonly SetDefinition[];
  createAnalyzer: () => AnalyzerLike;
  showErrors?: number;
  /** Only the first `limit` rows of each set (quick looks while calibrating). */
  limit?: number;
  /** Called after each set, e.g. to print progress. */
  onSet?: (report: SetReport) => void;
}

export function toRowResult(analysis: Pick<Analysis, 'findings' | 'signals'> & Partial<Pick<Analysis, 'kind' | 'score'>>): RowResult {
  return {
    signals: analysis.signals,
    ruleIds: [...new Set(analysis.findings.flatMap((f) => [f.ruleId, ...(f.also ?? []).map((a) => a.ruleId)]))],
    principles: [...new Set(analysis.findings.flatMap((f) => [f.principle, ...(f.also ?? []).map((a) => a.principle)]))],
    ...(analysis.kind ? { kind: analysis.kind.kind } : {}),
    ...(typeof analysis.score === 'number' ? { score: analysis.score } : {}),
  };
}

/** Runs every set found in the data folder; a missing file is reported and the other sets still run. */
export async function runEval(options: RunOptions): Promise<EvalReport> {
  const reports: SetReport[] = [];
  const missing: EvalReport['missing'] = [];
  for (const set of options.sets) {
    let rows;
    try {
      rows = set.read ? await set.read({ dataDir: options.dataDir, realworldDir: options.realworldDir }) : readSet(options.dataDir, set.file, set.columns);
    } catch (error) {
      if (error instanceof MissingDataError) {
        missing.push({ set: set.name, message: error.message });
        continue;
      }
      throw error;
    }
    if (options.limit !== undefined) rows = rows.slice(0, options.limit);
    const analyzer = options.createAnalyzer();
    let analysed = 0;
    let time = 0;
    const analyse: Analyse = (text, platform) => {
      const start = performance.now();
      const analysis = analyzer.analyze(text, platform ? { platform } : {});
      time += performance.now() - start;
      analysed++;
      return toRowResult(analysis);
    };
    const outcome = set.evaluate(rows, analyse, options.showErrors ?? 0);
    const seconds = time / 1000;
    const report: SetReport = {
      set: set.name,
      file: set.file,
      about: set.about,
      rows: rows.length,
      used: outcome.used,
      skipped: outcome.skipped,
      analysed,
      seconds,
      rowsPerSecond: seconds > 0 ? analysed / seconds : NaN,
      figures: outcome.figures,
      errors: outcome.errors,
      notes: outcome.notes,
    };
    reports.push(report);
    options.onSet?.(report);
  }
  const analysed = reports.reduce((n, r) => n + r.analysed, 0);
  const seconds = reports.reduce((n, r) => n + r.seconds, 0);
  return { dataDir: options.dataDir, sets: reports, missing, analysed, seconds, rowsPerSecond: seconds > 0 ? analysed / seconds : NaN };
}
