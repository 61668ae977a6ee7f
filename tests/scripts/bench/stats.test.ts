import { describe, expect, it } from 'vitest';
import { mean, median, p95, quantile, ratio, summarize } from '../../../scripts/bench/stats';

describe('bench statistics', () => {
  it('median of odd and even counts, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('p95 interpolates between closest ranks (type 7)', () => {
    const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(p95(oneToTwenty)).toBeCloseTo(19.05, 12);
    expect(p95(Array.from({ length: 101 }, (_, i) => i))).toBe(95);
    expect(p95([3])).toBe(3);
    // One slow outlier among fast runs shows in p95, not in the median.
    const runs = [...Array(19).fill(10), 100];
    expect(median(runs)).toBe(10);
    expect(p95(runs)).toBeCloseTo(10 + 0.05 * 90, 12);
  });

  it('quantile ends are min and max and p out of range is refused', () => {
    expect(quantile([3, 1, 2], 0)).toBe(1);
    expect(quantile([3, 1, 2], 1)).toBe(3);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('summarize and mean', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    const s = summarize([4, 2, 8, 6]);
    expect({ ...s, p95: undefined }).toEqual({ n: 4, median: 5, p95: undefined, mean: 5, min: 2, max: 8 });
    expect(s.p95).toBeCloseTo(7.7, 12); // 6 + 0.85 * (8 - 6)
    const empty = summarize([]);
    expect(empty.n).toBe(0);
    expect(empty.median).toBeNaN();
  });

  it('ratio is undefined for a zero or missing base', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNaN();
    expect(ratio(NaN, 2)).toBeNaN();
  });
});
