import { describe, expect, it } from 'vitest';
import { medianInterval } from '../../../scripts/bench-extension/interval';

const ranks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('medianInterval', () => {
  it('gives the order statistics of the published tables', () => {
    // 95% distribution-free intervals for the median: n = 30 -> ranks 10 and 21, n = 100 -> 40 and 61.
    expect(medianInterval(ranks(30))).toEqual({ low: 10, high: 21 });
    expect(medianInterval(ranks(100))).toEqual({ low: 40, high: 61 });
    expect(medianInterval(ranks(10))).toEqual({ low: 2, high: 9 });
  });

  it('does not depend on the order of the values and leaves them alone', () => {
    const values = [5, 3, 9, 1, 7, 2, 8, 4, 6, 10];
    expect(medianInterval(values)).toEqual(medianInterval(ranks(10)));
    expect(values[0]).toBe(5);
  });

  it('is unknown when there are too few values for the confidence asked', () => {
    expect(medianInterval(ranks(5))).toEqual({ low: NaN, high: NaN });
    expect(medianInterval([])).toEqual({ low: NaN, high: NaN });
    expect(() => medianInterval(ranks(10), 1)).toThrow(RangeError);
  });
});
