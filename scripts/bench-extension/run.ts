import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPostGenerator } from '../bench/texts';
import { launchBrowser, REPO_ROOT, type E2EBrowser, type ReplicaName } from '../../tests/e2e/harness';
import { runColdStarts, type ColdCase, type ColdSample } from './cold';
import { runDashboard, type DashboardRun } from './dashboard';
import { runReplica, type ReplicaRun, type Side } from './keystrokes';
import { readPauseMs } from './latency';
import { PAGE_PROBE } from './probe';
import {
  buildChecks,
  coldCases,
  dashboardFigures,
  keystrokeFigures,
  latencyFigures,
  type ExtensionBenchReport,
} from './report';
import { measureSize } from './size';
import { burstsFor, typingText } from './text';

export interface RunOptions {
  extensionDir: string;
  replicas: readonly ReplicaName[];
  /** Keys typed into each replica, on each side, in bursts of about `burstSize` (each burst is one edit). */
  keys: number;
  burstSize: number;
  coldSamples: number;
  /** Tweets imported between the dashboard's opens; 0 skips the dashboard. */
  dashboardPosts: number;
  dashboardOpens: number;
  /** Seed of the post generator the typed text comes from. */
  seed: number;
  quick: boolean;
  log(message: string): void;
}

/**
 * Typed after each cold start: the check of the draft with it is the fresh worker's first analysis. Most
 * drafts are checked without compromise's tagger, which the background loads only when a sentence needs
 * it (rules/engine/nlp.ts); a list hook ("Here are 7 things ...") needs it, so that case pays for loading it.
 */
export const COLD_EDITS: Record<ColdCase, string> = {
  'no tagger': ' Thanks',
  'with tagger': ' Here are 7 things every team should know',
};
const TIMEOUT_MS = 3000;
const COLD_TIMEOUT_MS = 15_000;

/** A minified bundle has few, long lines. */
export function looksMinified(source: string): boolean {
  const lines = source.split('\n').filter((l) => l.trim());
  return lines.length > 0 && source.length / lines.length > 300;
}

async function chromiumVersion(browser: E2EBrowser): Promise<string> {
  const page = await browser.context.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    return product.replace(/^[^/]*\//, '');
  } catch {
    return 'unknown';
  } finally {
    await page.close();
  }
}

export async function runExtensionBench(options: RunOptions): Promise<ExtensionBenchReport> {
  const started = performance.now();
  const { log } = options;
  const notes: string[] = [];
  const composer = join(options.extensionDir, 'content-scripts/composer.js');
  if (!existsSync(composer)) throw new Error(`no ${composer}: build the extension first (wxt build)`);
  const size = measureSize(composer);
  const minified = looksMinified(readFileSync(composer, 'utf8'));
  const pauseMs = readPauseMs(readFileSync(join(REPO_ROOT, 'entrypoints/composer.content/check-scheduler.ts'), 'utf8'));
  const loadAverage = loadavg().map((l) => Math.round(l * 100) / 100);

  log('bench:extension: starting Chromium with and without the extension');
  const [withBrowser, withoutBrowser] = await Promise.all([
    launchBrowser({ extensionDir: options.extensionDir }),
    launchBrowser({ extensionDir: null }),
  ]);
  const runs: ReplicaRun[] = [];
  const cold: ColdSample[] = [];
  let dashboard: DashboardRun | undefined;
  let chromium = 'unknown';
  try {
    for (const browser of [withBrowser, withoutBrowser]) await browser.context.addInitScript({ content: PAGE_PROBE });
    chromium = await chromiumVersion(withoutBrowser);
    // One generator for the whole run: each replica gets sentences of its own, which no earlier replica's
    // checks have put in the background's parse cache.
    const generator = createPostGenerator(options.seed);
    const sides: Record<'with' | 'without', Side> = {
      with: { name: 'with', browser: withBrowser },
      without: { name: 'without', browser: withoutBrowser },
    };
    for (const replica of options.replicas) {
      const warmup = `${typingText(1, generator)} `;
      const bursts = burstsFor(options.keys, options.burstSize, generator);
      log(`bench:extension: typing ${bursts.reduce((n, b) => n + b.length, 0)} keys into ${replica}, in ${bursts.length} bursts, with and without the extension`);
      const t0 = performance.now();
      const run = await runReplica(replica, sides, { warmup, bursts, pauseMs, timeoutMs: TIMEOUT_MS, samplingUs: 500, log });
      log(`  ${replica}: measured bursts ${run.seconds.toFixed(0)} s of ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      runs.push(run);
    }
    await withoutBrowser.close();
    if (options.coldSamples > 0) {
      for (const [coldCase, edit] of Object.entries(COLD_EDITS) as [ColdCase, string][]) {
        log(`bench:extension: ${options.coldSamples} cold starts of the background, a first check ${coldCase}`);
        cold.push(
          ...(await runColdStarts(withBrowser, {
            case: coldCase,
            replica: options.replicas[0] ?? 'x',
            samples: options.coldSamples,
            base: typingText(200, generator),
            edit,
            pauseMs,
            timeoutMs: COLD_TIMEOUT_MS,
            log,
          })),
        );
      }
    }
    if (options.dashboardPosts > 0) {
      log(`bench:extension: the dashboard, empty and with ${options.dashboardPosts.toLocaleString('en')} imported tweets`);
      dashboard = await runDashboard(withBrowser, { posts: options.dashboardPosts, samples: options.dashboardOpens, seed: options.seed, timeoutMs: 30_000, log });
    }
  } finally {
    await withBrowser.close().catch(() => undefined);
    await withoutBrowser.close().catch(() => undefined);
  }

  const keystrokes = runs.map(keystrokeFigures);
  const latency = runs.map((r) => latencyFigures(r.replica, r.bursts.map((b) => b.latency), TIMEOUT_MS, pauseMs));
  const coldSummary = coldCases(cold, COLD_TIMEOUT_MS, pauseMs);
  const dashboardSummary = dashboard ? dashboardFigures(dashboard) : undefined;
  const checks = buildChecks(size, keystrokes, runs, latency, coldSummary, TIMEOUT_MS, pauseMs, dashboardSummary);

  const keysPerSecond = runs.length ? runs.reduce((n, r) => n + r.keys * 2, 0) / runs.reduce((n, r) => n + r.seconds, 0) : NaN;
  notes.push(
    'Added work per keystroke is everything the extension makes the page\'s main thread do while typing, spread over the keys: its input/keyup listeners and pause timer on every key, the check after each pause (reading the editor, the message, drawing the badge and the underlines or textarea mirror), and the extra style, layout and paint those cause. The analysis itself runs in the background service worker, off the page\'s main thread, and is not in this figure; it is in the latency.',
    `Keys are typed through CDP as fast as it allows (about ${Number.isFinite(keysPerSecond) ? keysPerSecond.toFixed(0) : '?'} keys/s counting both sides), in bursts of about ${options.burstSize} keys each followed by a pause past PAUSE_MS, so every burst pays for one check. Per-keystroke costs are therefore for one check per ~${options.burstSize} keys; a slower typist pauses more often.`,
  );
  const timeouts = latency.reduce((n, l) => n + l.timedOut, 0);
  if (timeouts) notes.push(`${timeouts} edits never showed a finished check within ${TIMEOUT_MS} ms; they count as ${TIMEOUT_MS} ms.`);
  const endLoad = loadavg()[0] ?? 0;
  const busiest = Math.max(loadAverage[0] ?? 0, endLoad);
  if (busiest > cpus().length * 0.75) {
    notes.push(
      `The machine was busy (load average up to ${busiest.toFixed(1)} on ${cpus().length} cores): latencies are wall-clock times and stretched by it (see wall/CPU); CPU figures (thread ticks) and with/without differences on alternating bursts of the same run are much less affected, though the added work per keystroke still moves by a few tenths of a millisecond from run to run (see its 95% interval).`,
    );
  }
  return {
    environment: { node: process.version, chromium, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadAverage, seed: options.seed, quick: options.quick },
    pauseMs,
    size: { ...size, file: size.file.replace(`${REPO_ROOT}/`, ''), minified },
    keystrokes,
    latency,
    cold: coldSummary,
    ...(dashboardSummary ? { dashboard: dashboardSummary } : {}),
    checks,
    notes,
    seconds: (performance.now() - started) / 1000,
    raw: { runs, cold, ...(dashboard ? { dashboard } : {}) },
  };
}
