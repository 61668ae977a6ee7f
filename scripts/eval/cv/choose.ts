import type { Confusion } from '../metrics';
import { precisionRecall } from '../metrics';

/**
 * The candidate whose objective is highest on the training rows. Ties go to the candidate listed first, so
 * a caller lists the engine's own value first and it is kept unless another does better.
 */
export function chooseBest<P>(candidates: readonly P[], objective: (candidate: P) => number): { choice: P; value: number } {
  if (candidates.length === 0) throw new RangeError('chooseBest needs at least one candidate');
  let best: P = candidates[0] as P;
  let bestValue = objective(best);
  for (const candidate of candidates.slice(1)) {
    const value = objective(candidate);
    if (value > bestValue || (Number.isNaN(bestValue) && !Number.isNaN(value))) {
      best = candidate;
      bestValue = value;
    }
  }
  return { choice: best, value: bestValue };
}

/**
 * How good a yes/no flag is for a target that asks for precision of at least `precisionFloor`: its F1 when
 * the precision holds (0..1), and otherwise its precision less one (below every flag that holds it), so
 * among flags that miss the floor the most precise wins.
 */
export function flagObjective(c: Confusion, precisionFloor: number): number {
  const { precision, f1 } = precisionRecall(c);
  if (Number.isNaN(precision)) return -1;
  return precision >= precisionFloor ? f1 : precision - 1;
}

/** Every combination of the values listed per key, the first combination being every key's first value. */
export function grid<K extends string>(values: Readonly<Record<K, readonly number[]>>): Record<K, number>[] {
  let out: Record<string, number>[] = [{}];
  for (const [key, options] of Object.entries(values) as [K, readonly number[]][]) {
    out = out.flatMap((partial) => options.map((v) => ({ ...partial, [key]: v })));
  }
  return out as Record<K, number>[];
}
