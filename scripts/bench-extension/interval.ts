/**
 * A distribution-free confidence interval for a median, from order statistics: with n samples, the k-th
 * smallest and k-th largest values bound the median with probability 1 - 2 P(Binomial(n, 1/2) < k). No
 * assumption about the shape of the noise, which on a shared machine is anything but normal.
 */
export function medianInterval(values: readonly number[], confidence = 0.95): { low: number; high: number } {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be within (0, 1), got ${confidence}`);
  const n = values.length;
  const sorted = [...values].sort((a, b) => a - b);
  const alpha = (1 - confidence) / 2;
  // P(X < k) for X ~ Binomial(n, 1/2), k = 0, 1, ...: the largest k whose tail stays within alpha.
  let k = 0;
  let below = 0;
  let term = Math.pow(0.5, n); // P(X = 0)
  while (k < n && below + term <= alpha) {
    below += term;
    k++;
    term = (term * (n - k + 1)) / k; // P(X = k) from P(X = k - 1)
  }
  if (k === 0) return { low: NaN, high: NaN }; // too few samples for this confidence
  return { low: sorted[k - 1]!, high: sorted[n - k]! };
}
