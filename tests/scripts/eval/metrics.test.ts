import { describe, expect, it } from 'vitest';
import { auc, aucOf, averageRanks, confusion, pearson, precisionRecall, rate } from '../../../scripts/eval/metrics';

/** AUC by brute force over every pair, a tie counting one half: the definition Mann-Whitney must match. */
function pairwiseAuc(pos: number[], neg: number[]): number {
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

describe('averageRanks', () => {
  it('gives tied values the mean of the ranks they span', () => {
    expect(averageRanks([5, 7, 7, 9])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([3, 1, 3, 3])).toEqual([3, 1, 3, 3]);
    expect(averageRanks([])).toEqual([]);
  });
});

describe('auc (Mann-Whitney)', () => {
  it('is 1 for a perfect separation, 0 for a reversed one and 0.5 when all tie', () => {
    expect(auc([0.9, 0.8], [0.1, 0.2, 0.3])).toBe(1);
    expect(auc([0.1], [0.5, 0.9])).toBe(0);
    expect(auc([0, 0, 0], [0, 0])).toBe(0.5);
  });

  it('counts ties as one half', () => {
    // pairs: (1 vs 0) win, (1 vs 1) half, (0 vs 0) half, (0 vs 1) loss => 2 / 4
    expect(auc([1, 0], [0, 1])).toBe(0.5);
    // 0.5 vs {0.2, 0.5, 0.8}: win, half, loss => 1.5 / 3
    expect(auc([0.5], [0.2, 0.5, 0.8])).toBeCloseTo(0.5, 12);
    expect(auc([0.6, 0.6, 0.2], [0.6, 0.1])).toBeCloseTo(pairwiseAuc([0.6, 0.6, 0.2], [0.6, 0.1]), 12);
  });

  it('matches the pairwise definition on random scores with many ties', () => {
    let seed = 42;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 20; round++) {
      const pos = Array.from({ length: 1 + Math.floor(next() * 30) }, () => Math.round(next() * 5) / 5);
      const neg = Array.from({ length: 1 + Math.floor(next() * 30) }, () => Math.round(next() * 5) / 5);
      expect(auc(pos, neg)).toBeCloseTo(pairwiseAuc(pos, neg), 12);
    }
  });

  it('is NaN when a class is empty or a score is not a number', () => {
    expect(auc([], [1])).toBeNaN();
    expect(auc([1], [])).toBeNaN();
    expect(auc([NaN], [0])).toBeNaN();
  });

  it('aucOf splits labelled items', () => {
    const items = [
      { s: 0.9, y: true },
      { s: 0.4, y: false },
      { s: 0.4, y: true },
      { s: 0.1, y: false },
    ];
    expect(aucOf(items, (i) => i.s, (i) => i.y)).toBeCloseTo(pairwiseAuc([0.9, 0.4], [0.4, 0.1]), 12);
  });
});

describe('confusion and precision/recall/F1', () => {
  const items = [
    { p: true, a: true },
    { p: true, a: true },
    { p: true, a: false },
    { p: false, a: true },
    { p: false, a: false },
    { p: false, a: false },
  ];
  it('counts each cell', () => {
    expect(confusion(items, (i) => i.p, (i) => i.a)).toEqual({ tp: 2, fp: 1, fn: 1, tn: 2 });
  });

  it('computes precision, recall and F1', () => {
    const r = precisionRecall({ tp: 2, fp: 1, fn: 1, tn: 2 });
    expect(r.precision).toBeCloseTo(2 / 3, 12);
    expect(r.recall).toBeCloseTo(2 / 3, 12);
    expect(r.f1).toBeCloseTo(2 / 3, 12);
    const s = precisionRecall({ tp: 9, fp: 1, fn: 3, tn: 0 });
    expect(s.precision).toBeCloseTo(0.9, 12);
    expect(s.recall).toBeCloseTo(0.75, 12);
    expect(s.f1).toBeCloseTo((2 * 0.9 * 0.75) / 1.65, 12);
  });

  it('leaves precision undefined when nothing is flagged, with F1 0', () => {
    const r = precisionRecall({ tp: 0, fp: 0, fn: 5, tn: 5 });
    expect(r.precision).toBeNaN();
    expect(r.recall).toBe(0);
    expect(r.f1).toBe(0);
  });

  it('leaves recall and F1 undefined without positives', () => {
    const r = precisionRecall({ tp: 0, fp: 2, fn: 0, tn: 5 });
    expect(r.precision).toBe(0);
    expect(r.recall).toBeNaN();
    expect(r.f1).toBeNaN();
  });
});

describe('rate', () => {
  it('is the share of hits, NaN for nothing', () => {
    expect(rate([1, 2, 3, 4], (n) => n > 3)).toBe(0.25);
    expect(rate([], () => true)).toBeNaN();
  });
});

describe('pearson', () => {
  it('is 1 and -1 for exact linear relations', () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1, 12);
  });

  it('matches a hand-computed value', () => {
    // x = 1..5, y = 2,4,5,4,5: sxy = 6, sxx = 10, syy = 6 => r = 6 / sqrt(60)
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 12);
  });

  it('is NaN without variance or pairs, and refuses unequal lengths', () => {
    expect(pearson([0, 0, 0], [1, 2, 3])).toBeNaN();
    expect(pearson([1], [1])).toBeNaN();
    expect(() => pearson([1, 2], [1])).toThrow();
  });
});
