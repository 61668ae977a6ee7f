import type { CDPSession, Page, Worker } from 'playwright-core';
import { focusEditor, type E2EBrowser, type ReplicaName } from '../../tests/e2e/harness';
import { editLatency, type EditLatency } from './latency';
import { meter, workBetween, type Meter, type Work } from './metrics';
import { TAKE_ARRIVALS, WORKER_PROBE, type Arrival, type EventEntry, type Settled, type SettleOptions } from './probe';
import { attributeProfile, type Attribution, type CpuProfile } from './profile';

export type SideName = 'with' | 'without';

/** One browser of the comparison: with the built extension, or the same Chromium without it. */
export interface Side {
  name: SideName;
  browser: E2EBrowser;
}

/** One burst of typing, done on both sides one after the other. */
export interface BurstSample {
  index: number;
  keys: number;
  /** Which side typed first (alternates, so drift in machine load falls on both alike). */
  first: SideName;
  with: Work;
  without: Work;
  latency: EditLatency;
}

export interface ReplicaRun {
  replica: ReplicaName;
  keys: number;
  finalLength: number;
  bursts: BurstSample[];
  /** Event Timing entries of keyboard and input events over the measured bursts. */
  events: Record<SideName, EventEntry[]>;
  /** Where each page's sampled JavaScript time went (the side without the extension has none of its code). */
  profile: Record<SideName, Attribution>;
  /** Wall time of the measured part, seconds. */
  seconds: number;
}

export interface TypingOptions {
  warmup: string;
  bursts: readonly string[];
  pauseMs: number;
  /** Longest wait for the badge after a burst. */
  timeoutMs: number;
  /** CPU profiler sampling interval, microseconds. */
  samplingUs: number;
  log(message: string): void;
}

interface OpenSide {
  side: Side;
  page: Page;
  /** The CPU-time session also runs the profiler. */
  meter: Meter;
  cdp: CDPSession;
}

export function extensionWorker(browser: E2EBrowser): Worker | undefined {
  return browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
}

/**
 * With the extension, a burst ends when the badge is ready for the new text; without it, after the same
 * pause with nothing to wait for. Both then wait two frames and a little more, so the drawing a check
 * causes lands inside the burst's window and not in the other side's.
 */
export function settleOptions(side: SideName, pauseMs: number, timeoutMs: number): SettleOptions {
  return { expectReady: side === 'with', timeoutMs, idleMs: pauseMs, tailMs: 10 };
}

export async function settle(page: Page, options: SettleOptions): Promise<Settled> {
  return page.evaluate((o) => window.__rbx!.settle(o), options);
}

async function open(side: Side, replica: ReplicaName, samplingUs: number): Promise<OpenSide> {
  const page = await side.browser.openReplica(replica);
  const m = await meter(page);
  const cdp = m.cpu;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: samplingUs });
  await focusEditor(page);
  return { side, page, meter: m, cdp };
}

/**
 * Types the same bursts into the same replica with and without the extension, alternating which side goes
 * first, and measures each burst on its own: main-thread CPU (Performance.getMetrics, thread ticks) from
 * before the first key to two frames after the badge is ready (or after the same idle pause without the
 * extension), and, with the extension, the latency from the last key to the badge.
 */
export async function runReplica(replica: ReplicaName, sides: Record<SideName, Side>, options: TypingOptions): Promise<ReplicaRun> {
  // Setting up is not measured, so both sides open and warm up at once.
  const [withSide, withoutSide] = await Promise.all([open(sides.with, replica, options.samplingUs), open(sides.without, replica, options.samplingUs)]);
  const both: Record<SideName, OpenSide> = { with: withSide, without: withoutSide };
  try {
    // Warm-up: the session is made on focus, the editors and V8 warm up; none of it is recorded.
    await Promise.all(
      (['with', 'without'] as const).map(async (name) => {
        const { page } = both[name];
        await page.keyboard.type(options.warmup, { delay: 0 });
        const warm = await settle(page, settleOptions(name, options.pauseMs, options.timeoutMs * 3));
        if (name === 'with' && warm.readyAt === null) throw new Error(`${replica}: the badge never showed a finished check after the warm-up`);
      }),
    );
    const worker = extensionWorker(sides.with.browser);
    if (!worker) throw new Error('the extension has no running service worker');
    await worker.evaluate(WORKER_PROBE);
    await worker.evaluate(TAKE_ARRIVALS);
    for (const { page, cdp } of Object.values(both)) {
      await page.evaluate(() => window.__rbx!.takeEvents());
      await cdp.send('Profiler.start');
    }

    const started = performance.now();
    const raw: { index: number; keys: number; first: SideName; work: Record<SideName, Work>; settled: Settled }[] = [];
    for (const [index, burst] of options.bursts.entries()) {
      const order: SideName[] = index % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
      const work = {} as Record<SideName, Work>;
      let settled: Settled | undefined;
      for (const name of order) {
        const { page, meter } = both[name];
        const before = await meter.read();
        await page.keyboard.type(burst, { delay: 0 });
        const done = await settle(page, settleOptions(name, options.pauseMs, options.timeoutMs));
        work[name] = workBetween(before, await meter.read());
        if (name === 'with') settled = done;
      }
      raw.push({ index, keys: burst.length, first: order[0]!, work, settled: settled! });
      if ((index + 1) % 10 === 0) options.log(`  ${replica}: ${index + 1}/${options.bursts.length} bursts`);
    }
    const seconds = (performance.now() - started) / 1000;

    const arrivals = (await extensionWorker(sides.with.browser)?.evaluate(TAKE_ARRIVALS)) as Arrival[] | undefined;
    const events = {} as Record<SideName, EventEntry[]>;
    const profile = {} as Record<SideName, Attribution>;
    const extensionUrl = `chrome-extension://${sides.with.browser.extensionId}/`;
    for (const name of ['with', 'without'] as const) {
      const { page, cdp } = both[name];
      events[name] = await page.evaluate(() => window.__rbx!.takeEvents());
      const { profile: cpu } = await cdp.send('Profiler.stop');
      profile[name] = attributeProfile(cpu as CpuProfile, (url) => url.startsWith(extensionUrl));
    }
    const finalLength = await withSide.page.evaluate(() => window.__replica!.getModelText().length);
    return {
      replica,
      keys: raw.reduce((n, b) => n + b.keys, 0),
      finalLength,
      bursts: raw.map((b) => ({
        index: b.index,
        keys: b.keys,
        first: b.first,
        with: b.work.with,
        without: b.work.without,
        latency: editLatency(b.settled, arrivals ?? [], options.pauseMs),
      })),
      events,
      profile,
      seconds,
    };
  } finally {
    await withSide.page.close().catch(() => undefined);
    await withoutSide.page.close().catch(() => undefined);
  }
}
