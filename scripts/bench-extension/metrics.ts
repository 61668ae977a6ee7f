import type { CDPSession, Page } from 'playwright-core';

/**
 * The main-thread figures Chromium's Performance domain keeps for a page, cumulative, in seconds. Enabled
 * with `timeDomain: 'threadTicks'` they are the renderer main thread's CPU time, not wall time, so other
 * processes competing for the cores inflate them far less than they inflate a stopwatch.
 */
export const METRIC_NAMES = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'ThreadTime'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/**
 * Work in one window, in milliseconds: the CPU figures, and `TaskWall`, the same tasks' wall-clock duration
 * (a second session in `timeTicks`). TaskWall / TaskDuration shows how much the machine's load stretched
 * the page's tasks while they ran.
 */
export type Work = Record<MetricName, number> & { TaskWall: number };

export interface RawMetrics {
  metrics: { name: string; value: number }[];
}

export interface Reading {
  cpu: RawMetrics;
  wall: RawMetrics;
}

function value(raw: RawMetrics, name: string): number {
  return raw.metrics.find((m) => m.name === name)?.value ?? NaN;
}

/** `after - before` for each metric, seconds to milliseconds; NaN when a metric is missing from either. */
export function workBetween(before: Reading, after: Reading): Work {
  const work = { TaskWall: (value(after.wall, 'TaskDuration') - value(before.wall, 'TaskDuration')) * 1000 } as Work;
  for (const name of METRIC_NAMES) work[name] = (value(after.cpu, name) - value(before.cpu, name)) * 1000;
  return work;
}

/** Two CDP sessions on a page: one counting CPU time (thread ticks), one wall time. */
export interface Meter {
  cpu: CDPSession;
  read(): Promise<Reading>;
}

export async function meter(page: Page): Promise<Meter> {
  const cpu = await page.context().newCDPSession(page);
  const wall = await page.context().newCDPSession(page);
  await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
  await wall.send('Performance.enable', { timeDomain: 'timeTicks' });
  return {
    cpu,
    async read() {
      const c = await cpu.send('Performance.getMetrics');
      const w = await wall.send('Performance.getMetrics');
      return { cpu: c, wall: w };
    },
  };
}
