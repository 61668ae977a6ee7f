import { performance } from 'node:perf_hooks';

/** One thing being timed; `run` may return a promise (harper.js lints asynchronously). */
export interface Contender<I> {
  name: string;
  run(input: I): unknown;
}

/** How many times to run: warm-up runs are not recorded; then at least `min`, at most `max`, within `budgetMs`. */
export interface Plan {
  warmup: number;
  min: number;
  max: number;
  budgetMs: number;
}

export type Clock = () => number;

/** Runs a plan with every iteration index, for inputs made ahead (texts, edited versions). */
export function iterationsNeeded(plan: Plan): number {
  return plan.warmup + plan.max;
}

/**
 * Times several contenders on the same inputs, interleaved: iteration i gives `input(i)` to each contender in
 * turn, starting with a different one each time, so drift in machine load (or a GC pause) falls on all of
 * them alike. Returns the recorded durations (ms) per contender name, warm-up runs left out.
 */
export async function measureInterleaved<I>(
  contenders: readonly Contender<I>[],
  input: (iteration: number) => I,
  plan: Plan,
  clock: Clock = () => performance.now(),
): Promise<Map<string, number[]>> {
  if (plan.min > plan.max) throw new RangeError(`plan: min (${plan.min}) is above max (${plan.max})`);
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const k = contenders.length;
  let started: number | undefined;
  for (let i = 0; i < plan.warmup + plan.max; i++) {
    const measured = i - plan.warmup;
    if (measured === 0) started = clock();
    if (measured >= plan.min && started !== undefined && clock() - started >= plan.budgetMs) break;
    const value = input(i);
    for (let j = 0; j < k; j++) {
      const contender = contenders[(i + j) % k]!;
      const t0 = clock();
      const result = contender.run(value);
      if (result instanceof Promise) await result;
      const elapsed = clock() - t0;
      if (measured >= 0) samples.get(contender.name)!.push(elapsed);
    }
  }
  return samples;
}
