import { describe, expect, it } from 'vitest';
import type { ReplicaRun } from '../../../scripts/bench-extension/keystrokes';
import type { EditLatency } from '../../../scripts/bench-extension/latency';
import type { Work } from '../../../scripts/bench-extension/metrics';
import {
  buildChecks,
  dashboardFigures,
  coldCases,
  coldFigures,
  formatReport,
  handlerMsPerKey,
  keystrokeFigures,
  latencyFigures,
  reportJson,
  type ExtensionBenchReport,
} from '../../../scripts/bench-extension/report';

const work = (task: number, script = task / 2): Work => ({
  TaskDuration: task,
  ScriptDuration: script,
  LayoutDuration: 1,
  RecalcStyleDuration: 1,
  ThreadTime: task,
  TaskWall: task * 2,
});

const latency = (totalMs: number, timedOut = false): EditLatency => ({
  totalMs: timedOut ? NaN : totalMs,
  afterPauseMs: timedOut ? NaN : totalMs - 150,
  toBackgroundMs: 10,
  backgroundToReadyMs: timedOut ? NaN : totalMs - 160,
  timedOut,
});

const attribution = { extensionMs: 5, pageMs: 15, gcMs: 1, extensionShare: 0.25, top: [{ name: 'onEdit:1:2', ms: 3 }] };

/** 10 bursts of 20 keys: 100 ms of main-thread CPU without the extension, 100 + 10 * i with it. */
function run(replica: string, addedPerBurst: (i: number) => number, latencies?: EditLatency[]): ReplicaRun {
  return {
    replica: replica as ReplicaRun['replica'],
    keys: 200,
    finalLength: 240,
    bursts: Array.from({ length: 10 }, (_, i) => ({
      index: i,
      keys: 20,
      first: i % 2 ? 'without' : 'with',
      with: work(100 + addedPerBurst(i)),
      without: work(100),
      latency: latencies?.[i] ?? latency(110 + i),
    })),
    events: {
      with: [['keydown', 1, 16], ['keydown', 3, 24], ['input', 2, 16], ['keyup', 0.5, 16]],
      without: [['keydown', 1, 16], ['input', 1, 16]],
    },
    profile: { with: attribution, without: { ...attribution, extensionMs: 0, extensionShare: 0, top: [] } },
    seconds: 12,
  };
}

const size = { file: '.output/chrome-mv3/content-scripts/composer.js', bytes: 49_342, gzipBytes: 16_952 };

describe('keystrokeFigures', () => {
  it('pairs each burst with and without the extension and spreads the difference over its keys', () => {
    const figures = keystrokeFigures(run('x', (i) => 10 * i));
    expect(figures.withoutMsPerKey.median).toBe(5);
    // Added per key: 0, 0.5, ..., 4.5; the median is 2.25.
    expect(figures.addedMsPerKey.median).toBeCloseTo(2.25, 9);
    expect(figures.addedMeanMsPerKey).toBeCloseTo(2.25, 9);
    expect(figures.addedInterval.low).toBeLessThanOrEqual(figures.addedMsPerKey.median);
    expect(figures.addedInterval.high).toBeGreaterThanOrEqual(figures.addedMsPerKey.median);
    expect(figures.addedScriptMsPerKey).toBeCloseTo(1.125, 9);
    expect(figures.addedLayoutStyleMsPerKey).toBe(0);
    expect(figures.profiledExtensionMsPerKey).toBeCloseTo(5 / 200, 9);
    expect(figures.wallPerCpu).toBeCloseTo(2, 9);
    expect(figures.ratio).toBeCloseTo((100 + 45) / 20 / 5, 9);
  });
});

describe('handlerMsPerKey', () => {
  it('adds up the median handler time of each event type', () => {
    expect(handlerMsPerKey([['keydown', 1, 16], ['keydown', 3, 24], ['input', 2, 16], ['keyup', 0.5, 16]])).toEqual({ n: 4, msPerKey: 4.5 });
    expect(handlerMsPerKey([]).msPerKey).toBeNaN();
  });
});

describe('latencyFigures and coldFigures', () => {
  it('count a badge that never came as the time waited, so that timeouts show in the p95', () => {
    const latencies = Array.from({ length: 20 }, (_, i) => latency(200, i >= 18));
    const figures = latencyFigures('x', latencies, 3000, 150);
    expect(figures.timedOut).toBe(2);
    expect(figures.totalMs.median).toBe(200);
    expect(figures.totalMs.p95).toBeGreaterThan(2000);
    expect(figures.backgroundToReadyMs.n).toBe(18);
  });

  it('split a cold start where the worker starts and where it runs', () => {
    const cold = coldFigures(
      [
        { ...latency(1200), case: 'no tagger', textLength: 230, stopMs: 50, toStartMs: 190, startupMs: 700, firstAnalysisMs: 310 },
        { ...latency(1000), case: 'no tagger', textLength: 237, stopMs: 60, toStartMs: 180, startupMs: 600, firstAnalysisMs: 220 },
        { ...latency(1100), case: 'no tagger', textLength: 244, stopMs: 70, toStartMs: NaN, startupMs: NaN, firstAnalysisMs: NaN },
      ],
      15_000,
      150,
    )!;
    expect(cold.totalMs.median).toBe(1100);
    expect(cold.startupMs).toMatchObject({ n: 2, median: 650 });
    expect(cold.textLength).toBe(237);
    expect(coldFigures([], 15_000, 150)).toBeUndefined();
  });

  it('keep the cases apart, in the order they ran', () => {
    const sample = (c: 'no tagger' | 'with tagger', total: number) =>
      ({ ...latency(total), case: c, textLength: 200, stopMs: 50, toStartMs: 10, startupMs: 300, firstAnalysisMs: 90 }) as const;
    const cases = coldCases([sample('no tagger', 300), sample('no tagger', 320), sample('with tagger', 700)], 15_000, 150);
    expect(cases.map((c) => [c.case, c.samples, c.totalMs.median])).toEqual([
      ['no tagger', 2, 310],
      ['with tagger', 1, 700],
    ]);
    expect(coldCases([], 15_000, 150)).toEqual([]);
  });
});

describe('buildChecks', () => {
  const runs = [run('x', () => 6), run('mastodon', () => 12, Array.from({ length: 10 }, () => latency(400)))];
  const keystrokes = runs.map(keystrokeFigures);
  const latencies = runs.map((r) => latencyFigures(r.replica, r.bursts.map((b) => b.latency), 3000, 150));
  const cold = coldCases(
    [
      { ...latency(900), case: 'with tagger', textLength: 200, stopMs: 50, toStartMs: 190, startupMs: 500, firstAnalysisMs: 210 },
      { ...latency(350), case: 'no tagger', textLength: 200, stopMs: 50, toStartMs: 0, startupMs: 200, firstAnalysisMs: 90 },
    ],
    15_000,
    150,
  );
  const checks = buildChecks(size, keystrokes, runs, latencies, cold, 3000, 150);
  const byId = Object.fromEntries(checks.map((c) => [c.id, c]));

  it('holds the size in bytes to 60 KB (1 KB = 1000 bytes)', () => {
    expect(byId.size).toMatchObject({ median: 49.342, pass: true, target: { op: '<=', value: 60 } });
    const big = buildChecks({ ...size, bytes: 60_001 }, [], [], [], [], 3000, 150);
    expect(big[0]!.pass).toBe(false);
  });

  it('holds the median added work per keystroke to 0.5 ms, per replica and for all bursts together', () => {
    expect(byId['added-x']).toMatchObject({ median: 0.3, pass: true });
    expect(byId['added-mastodon']).toMatchObject({ median: 0.6, pass: false });
    expect(byId['added-all']).toMatchObject({ n: 20, pass: true });
    expect(byId['added-all']!.median).toBeCloseTo(0.45, 9);
  });

  it('holds the p95 of last keystroke to badge to 150 ms and the cold start median to 400 ms', () => {
    expect(byId['latency-x']!.pass).toBe(true);
    expect(byId['latency-mastodon']).toMatchObject({ p95: 400, pass: false });
    expect(byId['latency-all']!.pass).toBe(false);
    expect(byId['cold-with-tagger']).toMatchObject({ median: 900, pass: false, on: 'median' });
    expect(byId['cold-no-tagger']).toMatchObject({ median: 350, pass: true });
  });
});

describe('the dashboard figures', () => {
  const run = { posts: 10_000, stored: 9_990, importMs: 5_000, importLongestTaskMs: 60, openEmptyMs: [200, 190, 210], openFullMs: [330, 310, 350] };
  const figures = dashboardFigures(run);

  it('compares the open with the posts stored to the empty page measured in the same run', () => {
    expect(figures.openFullMs.median).toBe(330);
    expect(figures.openRatio).toBeCloseTo(330 / 200, 9);
    expect(figures.importMsPerThousand).toBe(500);
  });

  it('holds the open to 300 ms and the import to 50,000 tweets in 10 s, at any import size', () => {
    const byId = Object.fromEntries(buildChecks(size, [], [], [], [], 3000, 150, figures).map((c) => [c.id, c]));
    expect(byId['dashboard-open']).toMatchObject({ label: 'dashboard opens with 9,990 posts', median: 330, pass: false });
    expect(byId.import).toMatchObject({ median: 500, pass: false, target: { op: '<=', value: 200 } });
    const quick = dashboardFigures({ ...run, importMs: 1_500, openFullMs: [250, 280, 290] });
    const passing = Object.fromEntries(buildChecks(size, [], [], [], [], 3000, 150, quick).map((c) => [c.id, c]));
    expect(passing['dashboard-open']!.pass).toBe(true);
    expect(passing.import!.pass).toBe(true);
  });
});

describe('formatReport and reportJson', () => {
  const runs = [run('x', () => 10)];
  const keystrokes = runs.map(keystrokeFigures);
  const latency = runs.map((r) => latencyFigures(r.replica, r.bursts.map((b) => b.latency), 3000, 150));
  const report: ExtensionBenchReport = {
    environment: { node: 'v20', chromium: '140', cpus: 2, cpu: 'cpu', loadAverage: [1, 1, 1], seed: 1, quick: false },
    pauseMs: 150,
    size: { ...size, minified: true },
    keystrokes,
    latency,
    cold: [],
    checks: buildChecks(size, keystrokes, runs, latency, [], 3000, 150),
    notes: ['a note'],
    seconds: 100,
    raw: { runs, cold: [] },
  };

  it('prints every target with its result, the figures behind them and the notes', () => {
    const text = formatReport(report);
    expect(text).toMatch(/content script, minified\s+1\s+49\.3 KB\s+<= 60 KB\s+PASS/);
    expect(text).toMatch(/added main-thread work per keystroke, x\s+10\s+0\.50 ms\s+[\d.]+ ms\s+median <= 0.5 ms\s+PASS/);
    expect(text).toMatch(/last keystroke to badge ready, x .* p95 <= 150 ms\s+PASS/);
    expect(text).toContain('PAUSE_MS = 150 ms');
    expect(text).toContain('note: a note');
    expect(text).toContain('3 of 3 targets met');
  });

  it('writes JSON with null where a figure is undefined', () => {
    const parsed = JSON.parse(reportJson(report)) as { checks: { p95: number | null }[] };
    expect(parsed.checks[0]!.p95).toBeNull();
  });
});
