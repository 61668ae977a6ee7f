import { type Target, meets } from '../../lib/targets';
import type { Figure, FigureKind } from '../measures';

/** FNV-1a over the UTF-16 units of `text`, mixed with `seed`: a stable 32-bit hash for ordering rows. */
export function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Deals items into `k` folds, stratified: within each stratum (a label) the items are put in the order of
 * their seeded hash and dealt round-robin, so every fold gets its share of each label, and the split depends
 * on the texts and the seed only, not on the order of the rows in the file. Ties (duplicate texts) keep
 * their input order.
 */
export function assignFolds(items: readonly { key: string; stratum: string }[], k: number, seed: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be a whole number of at least 2, got ${k}`);
  const folds = new Array<number>(items.length).fill(0);
  const strata = new Map<string, number[]>();
  items.forEach((item, i) => {
    const members = strata.get(item.stratum);
    if (members) members.push(i);
    else strata.set(item.stratum, [i]);
  });
  for (const [stratum, members] of strata) {
    const hashes = new Map(members.map((i) => [i, hash32(items[i]!.key, seed)]));
    members.sort((a, b) => hashes.get(a)! - hashes.get(b)! || a - b);
    // Each stratum starts dealing at a fold of its own (so small strata do not all pile into fold 0), which
    // depends on its name only: adding a stratum moves no item of another.
    const first = hash32(stratum, seed) % k;
    members.forEach((i, n) => (folds[i] = (first + n) % k));
  }
  return folds;
}

export interface FoldFigure {
  set: string;
  id: string;
  label: string;
  kind: FigureKind;
  target?: Target;
  /** The figure on the whole set with the engine as it ships (thresholds and weights it chose on all rows). */
  dev: number;
  /** The figure on each held-out fold, with everything chosen on the other folds. */
  folds: number[];
  mean: number;
  sd: number;
  min: number;
  max: number;
  /** Whether the mean over held-out folds meets the target: the only pass that counts. */
  pass?: boolean;
  /** Held-out folds that meet the target on their own. */
  foldsPassing?: number;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Sample standard deviation; 0 for a single value. */
function sd(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / (values.length - 1));
}

/**
 * One line per figure id: the dev value beside the held-out folds' mean, spread and range. A fold where a
 * figure is undefined (NaN, such as precision with nothing flagged) makes the mean undefined too: a target
 * is never met on folds that could not measure it.
 */
export function summariseFolds(dev: readonly Figure[], perFold: readonly (readonly Figure[])[]): FoldFigure[] {
  const ids = [...new Set([...dev.map((f) => f.id), ...perFold.flat().map((f) => f.id)])];
  return ids.map((id) => {
    const first = dev.find((f) => f.id === id) ?? perFold.flat().find((f) => f.id === id)!;
    const folds = perFold.map((figures) => figures.find((f) => f.id === id)?.value ?? NaN);
    const m = folds.every(Number.isFinite) ? mean(folds) : NaN;
    const out: FoldFigure = {
      set: first.set,
      id,
      label: first.label,
      kind: first.kind,
      dev: dev.find((f) => f.id === id)?.value ?? NaN,
      folds,
      mean: m,
      sd: Number.isFinite(m) ? sd(folds) : NaN,
      min: Math.min(...folds),
      max: Math.max(...folds),
    };
    if (first.target) {
      out.target = first.target;
      out.pass = meets(m, first.target);
      out.foldsPassing = folds.filter((v) => meets(v, first.target!)).length;
    }
    return out;
  });
}
