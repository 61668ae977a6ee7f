/**
 * L2-regularised logistic regression on binary features, fitted by Newton's method: the refit of weights
 * that were fitted once on the whole dev set (the clickbait cue weights), so a fold can be scored with
 * weights that never saw it. Small and exact: tens of features, thousands of rows, a few iterations.
 */

export interface LogisticFit {
  bias: number;
  weights: number[];
}

export interface LogisticOptions {
  /** Penalty on the squared weights (not on the bias): keeps a feature no training row has at 0. */
  l2?: number;
  iterations?: number;
}

/** Solves `a x = b` for a small symmetric positive definite `a` (Gaussian elimination, partial pivoting). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) throw new RangeError('solve: singular matrix');
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/**
 * Fits P(y) = logistic(offset + bias + sum of weights of the active features). `rows[i]` lists the indices
 * of row i's active features (each 0..features-1, counted once); `offsets` carries the part of the score
 * held fixed (hand-set weights), 0 when absent.
 */
export function fitLogistic(
  rows: readonly (readonly number[])[],
  labels: readonly boolean[],
  features: number,
  options: LogisticOptions & { offsets?: readonly number[] } = {},
): LogisticFit {
  const l2 = options.l2 ?? 1;
  const iterations = options.iterations ?? 30;
  const n = features + 1; // the bias is the last parameter
  const theta = new Array<number>(n).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Array<number>(n).fill(0);
    const hessian = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    rows.forEach((active, i) => {
      let z = theta[features]! + (options.offsets?.[i] ?? 0);
      for (const j of active) z += theta[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const residual = p - (labels[i] ? 1 : 0);
      const w = Math.max(p * (1 - p), 1e-9);
      const indices = [...active, features];
      for (const j of indices) {
        gradient[j]! += residual;
        for (const k of indices) hessian[j]![k]! += w;
      }
    });
    for (let j = 0; j < features; j++) {
      gradient[j]! += l2 * theta[j]!;
      hessian[j]![j]! += l2;
    }
    const step = solve(hessian, gradient);
    let largest = 0;
    for (let j = 0; j < n; j++) {
      theta[j]! -= step[j]!;
      largest = Math.max(largest, Math.abs(step[j]!));
    }
    if (largest < 1e-7) break;
  }
  return { bias: theta[features]!, weights: theta.slice(0, features) };
}
