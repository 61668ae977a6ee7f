import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lowest } from '../../../cli/audit/lowest';

describe('Lowest', () => {
  it('keeps the k smallest in order, earlier items first among equals', () => {
    const lowest = new Lowest<{ v: number; i: number }>(3, (a, b) => a.v - b.v);
    [5, 1, 4, 1, 3, 9, 0].forEach((v, i) => lowest.offer({ v, i }));
    expect(lowest.toArray()).toEqual([
      { v: 0, i: 6 },
      { v: 1, i: 1 },
      { v: 1, i: 3 },
    ]);
  });

  it('builds an item only when it is kept', () => {
    const lowest = new Lowest<number>(1, (a, b) => a - b);
    let built = 0;
    for (const v of [3, 5, 7, 2]) lowest.offer(v, () => (built++, v));
    expect(built).toBe(2);
    expect(lowest.toArray()).toEqual([2]);
  });

  it('matches sorting everything and taking the first k (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), fc.integer({ min: 0, max: 6 }), (values, k) => {
        const lowest = new Lowest<{ v: number; i: number }>(k, (a, b) => a.v - b.v);
        values.forEach((v, i) => lowest.offer({ v, i }));
        const expected = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i).slice(0, k);
        expect(lowest.toArray()).toEqual(expected);
        expect(lowest.size).toBeLessThanOrEqual(k);
      }),
    );
  });
});
