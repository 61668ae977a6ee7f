import { describe, expect, it } from 'vitest';
import { workBetween, type Reading } from '../../../scripts/bench-extension/metrics';

const reading = (cpu: Record<string, number>, wallTask: number): Reading => ({
  cpu: { metrics: Object.entries(cpu).map(([name, value]) => ({ name, value })) },
  wall: { metrics: [{ name: 'TaskDuration', value: wallTask }] },
});

describe('workBetween', () => {
  it('turns cumulative seconds into milliseconds spent between two readings', () => {
    const before = reading({ TaskDuration: 1, ScriptDuration: 0.5, LayoutDuration: 0.1, RecalcStyleDuration: 0.05, ThreadTime: 1.2 }, 3);
    const after = reading({ TaskDuration: 1.25, ScriptDuration: 0.6, LayoutDuration: 0.11, RecalcStyleDuration: 0.06, ThreadTime: 1.5 }, 3.5);
    const work = workBetween(before, after);
    expect(work.TaskDuration).toBeCloseTo(250, 9);
    expect(work.ScriptDuration).toBeCloseTo(100, 9);
    expect(work.LayoutDuration).toBeCloseTo(10, 9);
    expect(work.RecalcStyleDuration).toBeCloseTo(10, 9);
    expect(work.ThreadTime).toBeCloseTo(300, 9);
    expect(work.TaskWall).toBeCloseTo(500, 9);
  });

  it('gives NaN for a metric Chromium did not report', () => {
    const work = workBetween(reading({ TaskDuration: 1 }, 1), reading({ TaskDuration: 2 }, 2));
    expect(work.TaskDuration).toBe(1000);
    expect(work.ScriptDuration).toBeNaN();
  });
});
