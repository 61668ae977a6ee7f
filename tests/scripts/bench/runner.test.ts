import { describe, expect, it } from 'vitest';
import { iterationsNeeded, measureInterleaved } from '../../../scripts/bench/runner';
import { quickPlan as quickPlanFor } from '../../../scripts/bench/suite';

describe('measureInterleaved', () => {
  it('records only runs after the warm-up, for every contender, on the same inputs', async () => {
    const seen: string[] = [];
    let now = 0;
    const clock = () => now;
    const contender = (name: string, cost: number) => ({
      name,
      run: (input: number) => {
        seen.push(`${name}:${input}`);
        now += cost;
      },
    });
    const samples = await measureInterleaved([contender('a', 1), contender('b', 3)], (i) => i * 10, { warmup: 2, min: 3, max: 3, budgetMs: 1e9 }, clock);
    expect(samples.get('a')).toEqual([1, 1, 1]);
    expect(samples.get('b')).toEqual([3, 3, 3]);
    // Order alternates: iteration 0 starts with a, iteration 1 with b.
    expect(seen.slice(0, 4)).toEqual(['a:0', 'b:0', 'b:10', 'a:10']);
    expect(seen).toHaveLength(2 * 5);
  });

  it('stops at the time budget once the minimum is reached, and awaits promises', async () => {
    let now = 0;
    const samples = await measureInterleaved(
      [{ name: 'slow', run: async () => { now += 100; } }],
      () => undefined,
      { warmup: 1, min: 2, max: 50, budgetMs: 450 },
      () => now,
    );
    // 100 ms a run: after 5 measured runs 500 ms have passed, above the 450 ms budget.
    expect(samples.get('slow')).toHaveLength(5);
  });

  it('runs at least the minimum whatever the budget', async () => {
    let now = 0;
    const samples = await measureInterleaved([{ name: 'x', run: () => { now += 1000; } }], () => 0, { warmup: 0, min: 4, max: 10, budgetMs: 1 }, () => now);
    expect(samples.get('x')).toHaveLength(4);
  });

  it('refuses a plan whose minimum exceeds its maximum', async () => {
    await expect(measureInterleaved([], () => 0, { warmup: 0, min: 5, max: 2, budgetMs: 1 })).rejects.toThrow(RangeError);
  });

  it('plans: iterations needed and the quick plan', () => {
    const plan = { warmup: 4, min: 15, max: 60, budgetMs: 12_000 };
    expect(iterationsNeeded(plan)).toBe(64);
    expect(quickPlanFor(plan)).toEqual({ warmup: 2, min: 5, max: 20, budgetMs: 4000 });
  });
});
