import { describe, expect, it } from 'vitest';
import { chooseBest, flagObjective, grid } from '../../../../scripts/eval/cv/choose';
import { fitLogistic, solve } from '../../../../scripts/eval/cv/logistic';

describe('chooseBest', () => {
  it('takes the best objective and keeps the first candidate on a tie', () => {
    expect(chooseBest([3, 1, 2], (x) => -Math.abs(x - 2)).choice).toBe(2);
    expect(chooseBest([5, 1, 9], () => 1).choice).toBe(5);
  });
});

describe('flagObjective', () => {
  it('is F1 when precision holds the floor, and ranks misses below by their precision', () => {
    expect(flagObjective({ tp: 9, fp: 0, fn: 1, tn: 10 }, 0.97)).toBeCloseTo(18 / 19, 12);
    const miss = flagObjective({ tp: 10, fp: 1, fn: 0, tn: 9 }, 0.97);
    expect(miss).toBeLessThan(0);
    expect(miss).toBeGreaterThan(flagObjective({ tp: 10, fp: 5, fn: 0, tn: 5 }, 0.97));
    expect(flagObjective({ tp: 0, fp: 0, fn: 3, tn: 3 }, 0.97)).toBe(-1);
  });
});

describe('grid', () => {
  it('lists every combination, the first values first', () => {
    expect(grid({ a: [1, 2], b: [5, 6] })).toEqual([{ a: 1, b: 5 }, { a: 1, b: 6 }, { a: 2, b: 5 }, { a: 2, b: 6 }]);
  });
});

describe('fitLogistic', () => {
  it('solves small linear systems', () => {
    expect(solve([[2, 1], [1, 3]], [3, 5]).map((x) => Number(x.toFixed(6)))).toEqual([0.8, 1.4]);
  });

  it('recovers the sign and rough size of weights from labelled rows, and leaves an unseen feature at 0', () => {
    // Feature 0 makes the label likely, feature 1 unlikely, feature 2 never occurs.
    const rows: number[][] = [];
    const labels: boolean[] = [];
    for (let i = 0; i < 400; i++) {
      const a = i % 2 === 0;
      const b = i % 3 === 0;
      rows.push([...(a ? [0] : []), ...(b ? [1] : [])]);
      // deterministic "noise": every 10th row flips
      const truth = (a ? 2 : 0) + (b ? -2 : 0) + (i % 10 === 0 ? 3 : 0) - 1 > 0;
      labels.push(truth);
    }
    const fit = fitLogistic(rows, labels, 3, { l2: 0.1 });
    expect(fit.weights[0]).toBeGreaterThan(1);
    expect(fit.weights[1]).toBeLessThan(-1);
    expect(fit.weights[2]).toBe(0);
  });

  it('counts a fixed offset without fitting it', () => {
    const rows = [[0], [0], [], []];
    const labels = [true, false, true, false];
    const free = fitLogistic(rows, labels, 1, { l2: 0.01 });
    const pushed = fitLogistic(rows, labels, 1, { l2: 0.01, offsets: [2, 2, 0, 0] });
    expect(pushed.weights[0]!).toBeLessThan(free.weights[0]! - 1);
  });
});
