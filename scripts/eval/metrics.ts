/**
 * The figures the evaluation reports. Pure functions over plain arrays, so they can be tested on
 * hand-made numbers. Where a figure is undefined (no positives, no variance, nothing flagged) it is NaN,
 * never a made-up 0 or 1: the report shows it as "n/a" and it fails its target.
 */

/**
 * Ranks 1..n of `values` in ascending order; tied values share the mean of the ranks they span
 * (so [5, 7, 7, 9] ranks as [1, 2.5, 2.5, 4]).
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
    const rank = (i + j) / 2 + 1; // ranks i+1 .. j+1, averaged
    for (let k = i; k <= j; k++) ranks[order[k]!.index] = rank;
    i = j + 1;
  }
  return ranks;
}

/**
 * Area under the ROC curve via the Mann-Whitney U statistic: the probability that a random positive scores
 * higher than a random negative, a tie counting one half. NaN when either class is empty or a score is not
 * a finite number.
 */
export function auc(positives: readonly number[], negatives: readonly number[]): number {
  const nPos = positives.length;
  const nNeg = negatives.length;
  if (nPos === 0 || nNeg === 0) return NaN;
  const all = [...positives, ...negatives];
  if (!all.every(Number.isFinite)) return NaN;
  const ranks = averageRanks(all);
  let rankSum = 0;
  for (let i = 0; i < nPos; i++) rankSum += ranks[i]!;
  const u = rankSum - (nPos * (nPos + 1)) / 2;
  return u / (nPos * nNeg);
}

/** AUC from labelled scores: `positive` says which class each score belongs to. */
export function aucOf<T>(items: readonly T[], score: (item: T) => number, positive: (item: T) => boolean): number {
  const pos: number[] = [];
  const neg: number[] = [];
  for (const item of items) (positive(item) ? pos : neg).push(score(item));
  return auc(pos, neg);
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Counts a binary decision against the truth, item by item. */
export function confusion<T>(items: readonly T[], predicted: (item: T) => boolean, actual: (item: T) => boolean): Confusion {
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const item of items) {
    const p = predicted(item);
    const a = actual(item);
    if (p && a) c.tp++;
    else if (p) c.fp++;
    else if (a) c.fn++;
    else c.tn++;
  }
  return c;
}

export interface PrecisionRecall {
  /** NaN when nothing was flagged. */
  precision: number;
  /** NaN when there are no positives. */
  recall: number;
  /** Harmonic mean of the two; 0 when nothing true was flagged, NaN when recall is undefined. */
  f1: number;
}

export function precisionRecall({ tp, fp, fn }: Confusion): PrecisionRecall {
  const precision = tp + fp === 0 ? NaN : tp / (tp + fp);
  const recall = tp + fn === 0 ? NaN : tp / (tp + fn);
  let f1: number;
  if (Number.isNaN(recall)) f1 = NaN;
  else if (tp === 0) f1 = 0;
  else f1 = (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Share of items for which `hit` holds; NaN for no items. */
export function rate<T>(items: readonly T[], hit: (item: T) => boolean): number {
  if (items.length === 0) return NaN;
  let n = 0;
  for (const item of items) if (hit(item)) n++;
  return n / items.length;
}

/** Pearson's correlation coefficient; NaN when fewer than two pairs or either side has no variance. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length) throw new Error(`pearson: ${xs.length} x values but ${ys.length} y values`);
  const n = xs.length;
  if (n < 2) return NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return NaN;
  return sxy / Math.sqrt(sxx * syy);
}
