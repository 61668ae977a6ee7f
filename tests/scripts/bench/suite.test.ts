import { describe, expect, it } from 'vitest';
import { benchJson, formatBench } from '../../../scripts/bench/report';
import { runBench, type BenchReport, type SizeCase } from '../../../scripts/bench/suite';
import type { Tool } from '../../../scripts/bench/tools';

const tiny = { warmup: 1, min: 3, max: 3, budgetMs: 1000 };
const sizes: SizeCase[] = [
  { chars: 280, platform: 'x', full: tiny, edit: tiny, fullTarget: 2 },
  { chars: 3000, platform: 'linkedin', full: tiny, edit: tiny, fullTarget: 2, editTarget: 0.25 },
];

function fakeTool(name: string, seen: string[]): Tool {
  return {
    name,
    full: (text) => seen.push(`${name} full ${text.length}`),
    session: () => (text) => seen.push(`${name} session ${text.length}`),
  };
}

describe('runBench (with stand-in tools)', () => {
  it('times every tool on every case and makes the checks the targets ask for', async () => {
    const seen: string[] = [];
    const report = await runBench({
      rapport: fakeTool('rapport', seen),
      compromise: fakeTool('compromise', seen),
      competitors: [fakeTool('harper.js', seen), fakeTool('alex', seen)],
      posts: ['a first short post', 'a second one, thanks'],
      sizes,
      archiveTweets: 40,
      reportLine: 2000,
    });
    expect(report.checks.map((c) => c.id)).toEqual([
      'full-280',
      'full-280-harper.js',
      'full-3000',
      'full-3000-harper.js',
      'edit-3000',
      'edit-3000-harper.js',
      'edit-3000-alex',
      'headlines-3000',
      'report-long-line',
      'house-280',
      'house-3000',
      'throughput',
      'read-archive',
    ]);
    expect(report.checks.find((c) => c.id === 'read-archive')!.target).toEqual({ op: '<=', value: 4 });
    // Headline-shaped lines are held to compromise's parse; the text report to the JSON one.
    expect(report.checks.find((c) => c.id === 'headlines-3000')).toMatchObject({ against: 'compromise', target: { op: '<=', value: 1 } });
    expect(report.checks.find((c) => c.id === 'report-long-line')).toMatchObject({ against: 'the JSON report', target: { op: '<=', value: 1.5 } });
    expect(report.timings.filter((t) => t.case.startsWith('rapport check')).map((t) => t.tool)).toEqual(['text report', 'JSON report']);
    expect(report.timings.filter((t) => t.kind === 'read').map((t) => [t.tool, t.summary.n])).toEqual([
      ['rapport readers', 9],
      ['JSON.parse', 9],
    ]);
    expect(report.notes.join()).toMatch(/50,000 tweets: [\d.]+ s to read/);
    expect(report.checks.find((c) => c.id === 'edit-3000')!.target).toEqual({ op: '<=', value: 0.25 });
    expect(report.checks.find((c) => c.id === 'throughput')!.target).toEqual({ op: '>=', value: 0.5 });
    // The house pack is timed on the real engine, with and without it, and held to at most 25% more.
    expect(report.checks.find((c) => c.id === 'house-3000')).toMatchObject({ against: 'rapport without the pack', target: { op: '<=', value: 1.25 } });
    expect(report.timings.filter((t) => t.case.includes('200-rule')).map((t) => t.tool)).toEqual(['rapport', 'rapport + pack', 'rapport', 'rapport + pack']);
    const cases = new Set(report.timings.map((t) => t.case));
    expect([...cases].some((c) => c.startsWith('re-analysis after 1-word edit, 280'))).toBe(true);
    expect(report.timings.filter((t) => t.kind === 'throughput').map((t) => t.tool)).toEqual(['rapport', 'compromise', 'harper.js', 'alex']);
    for (const t of report.timings.filter((t) => t.kind !== 'read' && !t.case.includes('200-rule') && !t.case.startsWith('rapport check'))) expect(t.summary.n).toBe(t.kind === 'throughput' ? 2 : 3);
    // Fresh texts for full analyses, a session's texts for edits; every tool saw the same number.
    const count = (prefix: string) => seen.filter((s) => s.startsWith(prefix)).length;
    expect(count('rapport')).toBe(count('harper.js'));
    expect(count('rapport full')).toBeGreaterThan(0);
    expect(report.notes.join()).toMatch(/280 chars is for information/);
  });

  it('times the kinds of posts against the full analysis, and projects 50,000 posts', async () => {
    const seen: string[] = [];
    const report = await runBench({
      rapport: fakeTool('rapport', seen),
      compromise: fakeTool('compromise', seen),
      competitors: [],
      kinds: fakeTool('rapport kinds', seen),
      kindCount: 5,
      sizes: [],
      archiveTweets: 0,
      reportLine: 0,
    });
    expect(report.checks.map((c) => [c.id, c.against, c.unit])).toEqual([['kinds', 'rapport full analysis', 'posts/s']]);
    expect(report.timings.filter((t) => t.kind === 'kinds').map((t) => [t.tool, t.summary.n])).toEqual([
      ['rapport kinds', 5],
      ['rapport', 5],
      ['compromise', 5],
    ]);
    expect(report.timings[0]!.case).toBe('kinds of 5 generated tweets');
    expect(report.notes.join()).toMatch(/50,000 such posts on one thread: [\d.]+ s for their kinds, [\d.]+ s for full analyses/);
    // Each tool classified every post once, after the same warm-up.
    expect(seen.filter((s) => s.startsWith('rapport kinds session')).length).toBe(seen.filter((s) => s.startsWith('rapport session')).length);
  });

  it('skips throughput without posts and competitors when none loaded', async () => {
    const seen: string[] = [];
    const report = await runBench({ rapport: fakeTool('rapport', seen), compromise: fakeTool('compromise', seen), competitors: [], sizes: sizes.slice(1), archiveTweets: 0, housePack: false, reportLine: 0 });
    expect(report.checks.map((c) => c.id)).toEqual(['full-3000', 'edit-3000', 'headlines-3000']);
  });
});

describe('bench report', () => {
  const report: BenchReport = {
    environment: { node: 'v20', cpus: 2, cpu: 'test', loadAverage: [0.5], seed: 1, quick: false },
    timings: [
      { case: 'full analysis, 280 chars', kind: 'full', chars: 270, tool: 'rapport', summary: { n: 30, median: 3, p95: 5, mean: 3.2, min: 2, max: 6 }, vsCompromise: 1.5 },
      { case: 'full analysis, 280 chars', kind: 'full', chars: 270, tool: 'compromise', summary: { n: 30, median: 2, p95: 4, mean: 2.1, min: 1, max: 5 }, vsCompromise: 1 },
    ],
    checks: [
      { id: 'full-280', label: 'full analysis, 280 chars', against: 'compromise', rapport: 3, other: 2, unit: 'ms', value: 1.5, target: { op: '<=', value: 2 }, pass: true },
      { id: 'throughput', label: 'throughput', against: 'compromise', rapport: 90, other: 200, unit: 'posts/s', value: 0.45, target: { op: '>=', value: 0.5 }, pass: false },
      { id: 'full-280-harper.js', label: 'full analysis, 280 chars', against: 'harper.js', rapport: 3, other: NaN, unit: 'ms', value: NaN, target: { op: '<', value: 1 }, pass: false },
    ],
    notes: ['a note'],
    seconds: 12,
  };

  it('prints medians, p95, ratios, targets and results', () => {
    const text = formatBench(report);
    expect(text).toMatch(/full analysis, 280 chars\s+rapport\s+270\s+30\s+3\.00\s+5\.00\s+1\.50x/);
    expect(text).toMatch(/compromise\s+3\.00 ms\s+2\.00 ms\s+1\.500x\s+<= 2x\s+PASS/);
    expect(text).toMatch(/90\/s\s+200\/s\s+0\.450x\s+>= 0\.5x\s+FAIL/);
    expect(text).toMatch(/n\/a/);
    expect(text).toMatch(/1 of 3 targets met/);
    expect(text).toMatch(/note: a note/);
  });

  it('prints JSON with null for undefined figures', () => {
    const json = JSON.parse(benchJson(report));
    expect(json.checks[2].value).toBeNull();
    expect(json.checks[0]).toMatchObject({ id: 'full-280', pass: true });
  });
});
