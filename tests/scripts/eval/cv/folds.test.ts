import { describe, expect, it } from 'vitest';
import { assignFolds, hash32, summariseFolds } from '../../../../scripts/eval/cv/folds';
import { makeFigure } from '../../../../scripts/eval/measures';
import { atLeast, atMost } from '../../../../scripts/lib/targets';

const items = (n: number, positives: number) =>
  Array.from({ length: n }, (_, i) => ({ key: `text ${i}`, stratum: i < positives ? 'spam' : 'ham' }));

describe('assignFolds', () => {
  it('deals every stratum evenly over the folds', () => {
    const list = items(100, 20);
    const folds = assignFolds(list, 5, 1);
    for (let f = 0; f < 5; f++) {
      const inFold = list.filter((_, i) => folds[i] === f);
      expect(inFold).toHaveLength(20);
      expect(inFold.filter((x) => x.stratum === 'spam')).toHaveLength(4);
    }
  });

  it('depends on the texts and the seed, not on the order of the rows', () => {
    const list = items(50, 10);
    const folds = assignFolds(list, 5, 7);
    const reversed = [...list].reverse();
    const back = assignFolds(reversed, 5, 7).reverse();
    expect(back).toEqual(folds);
    expect(assignFolds(list, 5, 7)).toEqual(folds);
    expect(assignFolds(list, 5, 8)).not.toEqual(folds);
  });

  it('refuses fewer than two folds', () => {
    expect(() => assignFolds(items(4, 2), 1, 1)).toThrow(RangeError);
  });

  it('hashes stably', () => {
    expect(hash32('abc', 1)).toBe(hash32('abc', 1));
    expect(hash32('abc', 1)).not.toBe(hash32('abd', 1));
  });
});

describe('summariseFolds', () => {
  const fig = (value: number) => makeFigure('s', 'x.recall', 'recall', 'recall', value, {}, atLeast(0.9));
  it('reports the held-out mean, spread and range beside dev, and passes on the mean only', () => {
    const [f] = summariseFolds([fig(0.97)], [[fig(0.95)], [fig(0.85)], [fig(0.93)]]);
    expect(f!.dev).toBe(0.97);
    expect(f!.mean).toBeCloseTo(0.91, 12);
    expect(f!.sd).toBeCloseTo(0.052915, 5);
    expect([f!.min, f!.max]).toEqual([0.85, 0.95]);
    expect(f!.pass).toBe(true);
    expect(f!.foldsPassing).toBe(2);
  });
  it('fails a target a fold could not measure', () => {
    const [f] = summariseFolds([fig(0.97)], [[fig(0.95)], [fig(NaN)]]);
    expect(f!.mean).toBeNaN();
    expect(f!.pass).toBe(false);
  });
  it('holds "at most" targets on the mean too', () => {
    const rate = (v: number) => makeFigure('s', 'r', 'rate', 'rate', v, {}, atMost(0.05));
    expect(summariseFolds([rate(0)], [[rate(0.02)], [rate(0.1)]])[0]!.pass).toBe(false);
  });
});

describe('assignFolds, strata', () => {
  it('moves no item of a stratum when another stratum is added', () => {
    const base = items(40, 10);
    const more = [...base, { key: 'new one', stratum: 'other' }, { key: 'new two', stratum: 'other' }];
    expect(assignFolds(more, 2, 5).slice(0, 40)).toEqual(assignFolds(base, 2, 5));
  });
});
