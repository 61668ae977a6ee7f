import { performance } from 'node:perf_hooks';
import { useClickbaitWeights } from '../../../rules/signals/clickbait';
import { replaceCuePatterns } from '../../../rules/signals/cues';
import { MissingDataError, readSet } from '../data';
import type { ErrorList, Figure } from '../measures';
import type { LabelledText, SetDefinition } from '../sets';
import { assignFolds, summariseFolds, type FoldFigure } from './folds';
import type { Calibration, FoldPlan } from './plans';
import { createFoldTools, type FoldTools } from './tools';

export interface FoldSetReport {
  set: string;
  about: string;
  rows: number;
  used: number;
  figures: FoldFigure[];
  /** What each fold chose, in fold order. */
  choices: string[];
  fixed: string;
  seconds: number;
  /** The worst held-out errors of each fold (with --show-errors), the fold in the measure's name. */
  errors: ErrorList[];
}

export interface FoldReport {
  dataDir: string;
  k: number;
  seed: number;
  sets: FoldSetReport[];
  missing: { set: string; message: string }[];
}

export interface FoldRunOptions {
  dataDir: string;
  sets: readonly SetDefinition[];
  plans: Readonly<Record<string, FoldPlan<never>>>;
  k: number;
  seed: number;
  limit?: number;
  showErrors?: number;
  onSet?: (report: FoldSetReport) => void;
}

function apply(calibration: Calibration): void {
  replaceCuePatterns(calibration.cues ?? new Map());
  useClickbaitWeights(calibration.clickbaitWeights);
}

function reset(): void {
  replaceCuePatterns(new Map());
  useClickbaitWeights();
}

/** The fold of each labelled text: rows are dealt, and every text of a row goes with it. */
export function foldsOfItems(items: readonly LabelledText[], k: number, seed: number): number[] {
  const rows = [...new Map(items.map((item) => [item.row, item])).values()];
  const rowFolds = assignFolds(rows.map((item) => ({ key: item.text, stratum: item.label })), k, seed);
  const byRow = new Map(rows.map((item, i) => [item.row, rowFolds[i]!]));
  return items.map((item) => byRow.get(item.row)!);
}

/**
 * One set, k folds: the figures on all rows with the engine as it ships (dev), then for each fold the
 * plan's refits and choices made on the other folds and the figures on the fold left out. Cue rewrites
 * change what is cached per chunk, so a fold with one gets its own cache; weights are applied per analysis.
 */
export function crossValidateSet(
  set: SetDefinition,
  plan: FoldPlan<never>,
  items: readonly LabelledText[],
  k: number,
  seed: number,
  showErrors = 0,
): { dev: Figure[]; perFold: Figure[][]; choices: string[]; errors: ErrorList[] } {
  const base = createFoldTools();
  const dev = set.measure(
    items.map((item) => ({ ...item, result: base.analyse(item.text, item.platform) })),
    0,
  ).figures;
  const folds = foldsOfItems(items, k, seed);
  const perFold: Figure[][] = [];
  const choices: string[] = [];
  const errors: ErrorList[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = items.filter((_, i) => folds[i] !== fold);
    const test = items.filter((_, i) => folds[i] === fold);
    try {
      const calibration = plan.calibrate?.(train, items, base) ?? {};
      apply(calibration);
      const tools: FoldTools = calibration.cues?.size ? createFoldTools() : base;
      const choice = plan.choose(train, tools);
      const analysed = test.map((item) => ({ ...item, result: plan.analyse(item, choice, tools) }));
      const measured = set.measure(analysed, showErrors);
      perFold.push(measured.figures);
      errors.push(...measured.errors.map((e) => ({ ...e, measure: `${e.measure}, held-out fold ${fold + 1}` })));
      choices.push(plan.describe(calibration, choice));
    } finally {
      reset();
    }
  }
  return { dev, perFold, choices, errors };
}

export function runCrossValidation(options: FoldRunOptions): FoldReport {
  const sets: FoldSetReport[] = [];
  const missing: FoldReport['missing'] = [];
  for (const set of options.sets) {
    const plan = options.plans[set.name];
    if (!plan) continue;
    let rows;
    try {
      rows = readSet(options.dataDir, set.file, set.columns);
    } catch (error) {
      if (error instanceof MissingDataError) {
        missing.push({ set: set.name, message: error.message });
        continue;
      }
      throw error;
    }
    if (options.limit !== undefined) rows = rows.slice(0, options.limit);
    const started = performance.now();
    const { items } = set.label(rows);
    const { dev, perFold, choices, errors } = crossValidateSet(set, plan, items, options.k, options.seed, options.showErrors);
    const report: FoldSetReport = {
      set: set.name,
      about: set.about,
      rows: rows.length,
      used: new Set(items.map((i) => i.row)).size,
      figures: summariseFolds(dev, perFold),
      choices,
      fixed: plan.fixed,
      errors,
      seconds: (performance.now() - started) / 1000,
    };
    sets.push(report);
    options.onSet?.(report);
  }
  return { dataDir: options.dataDir, k: options.k, seed: options.seed, sets, missing };
}
