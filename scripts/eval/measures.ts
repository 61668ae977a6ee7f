import { type Target, meets } from '../lib/targets';
import { aucOf, confusion, pearson, precisionRecall, rate } from './metrics';

/** What the evaluation keeps of one analysed text: its signals and which rules and principles fired. */
export interface RowResult {
  signals: Readonly<Record<string, number>>;
  ruleIds: readonly string[];
  principles: readonly string[];
  /** The post's kind (promotion, conversation, value, other), when the analysis gives one. */
  kind?: string;
  /** The 0..100 score, when the analysis gives one. */
  score?: number;
}

/** One labelled text after analysis. `positive` is the class a measure looks for; `value` a numeric label. */
export interface Sample {
  text: string;
  label: string;
  positive: boolean;
  value?: number;
  result: RowResult;
}

export type FigureKind = 'auc' | 'precision' | 'recall' | 'f1' | 'rate' | 'r';

export interface Figure {
  set: string;
  /** Stable key for machines, e.g. `selfPromotion.auc`. */
  id: string;
  label: string;
  kind: FigureKind;
  /** NaN when undefined (no positives, nothing flagged, no variance). */
  value: number;
  target?: Target;
  pass?: boolean;
  /** The counts behind the figure. */
  n: Record<string, number>;
}

export interface ErrorItem {
  text: string;
  label: string;
  /** The signal (or other score) the list is ordered by. */
  score: number;
  rules: readonly string[];
}

export interface ErrorList {
  set: string;
  measure: string;
  kind: string;
  /** How many rows were in error in all, of which `items` are the worst. */
  total: number;
  items: ErrorItem[];
}

export interface Measured {
  figures: Figure[];
  errors: ErrorList[];
}

export function makeFigure(
  set: string,
  id: string,
  label: string,
  kind: FigureKind,
  value: number,
  n: Record<string, number>,
  target?: Target,
): Figure {
  return { set, id, label, kind, value, n, ...(target ? { target, pass: meets(value, target) } : {}) };
}

export function signalOf(result: RowResult, name: string): number {
  const value = result.signals[name];
  return typeof value === 'number' ? value : NaN;
}

function errorItem(sample: Sample, score: number): ErrorItem {
  return { text: sample.text, label: sample.label, score, rules: sample.result.ruleIds };
}

/** The `k` items with the highest (or lowest) score, as error items. NaN scores go last. */
export function worst(samples: readonly Sample[], score: (s: Sample) => number, k: number, highest: boolean): ErrorItem[] {
  if (k <= 0) return [];
  const key = (s: Sample) => {
    const v = score(s);
    return Number.isNaN(v) ? -Infinity : highest ? v : -v;
  };
  return [...samples]
    .sort((a, b) => key(b) - key(a))
    .slice(0, k)
    .map((s) => errorItem(s, score(s)));
}

/** AUC of one signal, positives against negatives; errors are the highest negatives and lowest positives. */
export function signalAuc(
  set: string,
  signal: string,
  label: string,
  samples: readonly Sample[],
  target: Target,
  showErrors = 0,
): Measured {
  const score = (s: Sample) => signalOf(s.result, signal);
  const positives = samples.filter((s) => s.positive);
  const negatives = samples.filter((s) => !s.positive);
  const value = aucOf(samples, score, (s) => s.positive);
  const figure = makeFigure(set, `${signal}.auc`, label, 'auc', value, { positive: positives.length, negative: negatives.length }, target);
  const errors: ErrorList[] = [];
  if (showErrors > 0) {
    const measure = `AUC of ${signal}`;
    errors.push(
      { set, measure, kind: `highest-scoring ${negatives[0]?.label ?? 'negatives'}`, total: negatives.length, items: worst(negatives, score, showErrors, true) },
      { set, measure, kind: `lowest-scoring ${positives[0]?.label ?? 'positives'}`, total: positives.length, items: worst(positives, score, showErrors, false) },
    );
  }
  return { figures: [figure], errors };
}

export interface FlagTargets {
  precision?: Target;
  recall?: Target;
  f1?: Target;
}

/**
 * Precision, recall and F1 of a yes/no flag against the positive class. Errors: flagged negatives (false
 * positives, highest `orderBy` first) and missed positives (false negatives, lowest first).
 */
export function flagScores(
  set: string,
  id: string,
  label: string,
  samples: readonly Sample[],
  flagged: (r: RowResult) => boolean,
  targets: FlagTargets,
  orderBy: string,
  showErrors = 0,
): Measured {
  const c = confusion(samples, (s) => flagged(s.result), (s) => s.positive);
  const { precision, recall, f1 } = precisionRecall(c);
  const n = { ...c };
  const figures = [
    makeFigure(set, `${id}.precision`, `${label}: precision`, 'precision', precision, n, targets.precision),
    makeFigure(set, `${id}.recall`, `${label}: recall`, 'recall', recall, n, targets.recall),
    makeFigure(set, `${id}.f1`, `${label}: F1`, 'f1', f1, n, targets.f1),
  ];
  const errors: ErrorList[] = [];
  if (showErrors > 0) {
    const score = (s: Sample) => signalOf(s.result, orderBy);
    const fps = samples.filter((s) => !s.positive && flagged(s.result));
    const fns = samples.filter((s) => s.positive && !flagged(s.result));
    errors.push(
      { set, measure: label, kind: `false positives (by ${orderBy}, highest first)`, total: fps.length, items: worst(fps, score, showErrors, true) },
      { set, measure: label, kind: `false negatives (by ${orderBy}, lowest first)`, total: fns.length, items: worst(fns, score, showErrors, false) },
    );
  }
  return { figures, errors };
}

/** Share of `samples` for which `hit` holds (a false-alarm rate when they are all negatives). */
export function hitRate(
  set: string,
  id: string,
  label: string,
  samples: readonly Sample[],
  hit: (r: RowResult) => boolean,
  target: Target,
  orderBy: string,
  showErrors = 0,
): Measured {
  const value = rate(samples, (s) => hit(s.result));
  const hits = samples.filter((s) => hit(s.result));
  const figure = makeFigure(set, id, label, 'rate', value, { hits: hits.length, rows: samples.length }, target);
  const errors: ErrorList[] =
    showErrors > 0
      ? [{ set, measure: label, kind: `rows hit (by ${orderBy}, highest first)`, total: hits.length, items: worst(hits, (s) => signalOf(s.result, orderBy), showErrors, true) }]
      : [];
  return { figures: [figure], errors };
}

/**
 * Pearson r of a signal with each sample's numeric `value`. Errors: the rows where the signal is furthest
 * above and below the label once both are put on the same scale (`value / scale`).
 */
export function correlation(
  set: string,
  signal: string,
  label: string,
  samples: readonly Sample[],
  target: Target,
  scale: number,
  showErrors = 0,
): Measured {
  const xs = samples.map((s) => signalOf(s.result, signal));
  const ys = samples.map((s) => s.value ?? NaN);
  const finite = xs.every(Number.isFinite) && ys.every(Number.isFinite);
  const value = finite ? pearson(xs, ys) : NaN;
  const figure = makeFigure(set, `${signal}.r`, label, 'r', value, { rows: samples.length }, target);
  const errors: ErrorList[] = [];
  if (showErrors > 0) {
    const gap = (s: Sample) => signalOf(s.result, signal) - (s.value ?? NaN) / scale;
    const measure = `r of ${signal}`;
    errors.push(
      { set, measure, kind: `${signal} furthest above the label (signal - label/${scale})`, total: samples.length, items: worst(samples, gap, showErrors, true) },
      { set, measure, kind: `${signal} furthest below the label (signal - label/${scale})`, total: samples.length, items: worst(samples, gap, showErrors, false) },
    );
  }
  return { figures: [figure], errors };
}

export function merge(...parts: Measured[]): Measured {
  return { figures: parts.flatMap((p) => p.figures), errors: parts.flatMap((p) => p.errors) };
}
