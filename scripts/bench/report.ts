import { fixed, formatTable } from '../lib/table';
import { passLabel } from '../lib/targets';
import type { BenchReport, Check } from './suite';

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

function figure(value: number, unit: Check['unit']): string {
  return unit === 'ms' ? `${ms(value)} ms` : `${fixed(value, 0)}/s`;
}

function targetText(check: Check): string {
  return `${check.target.op} ${check.target.value}x`;
}

/** The readable report: timings of every tool, then each target with PASS/FAIL. */
export function formatBench(report: BenchReport): string {
  const env = report.environment;
  const out = [
    `Rapport benchmark: node ${env.node}, ${env.cpus} x ${env.cpu}, load average ${env.loadAverage.join(' ')}, seed ${env.seed}${env.quick ? ', QUICK run (noisier)' : ''}`,
    '',
    formatTable(
      ['case', 'tool', 'chars', 'runs', 'median ms', 'p95 ms', 'x compromise', 'posts/s'],
      report.timings.map((t) => [
        t.case,
        t.tool,
        String(t.chars),
        String(t.summary.n),
        ms(t.summary.median),
        ms(t.summary.p95),
        // Archive reading has its own peer (JSON.parse), so no ratio to compromise.
        Number.isFinite(t.vsCompromise) ? `${fixed(t.vsCompromise, 2)}x` : '',
        t.postsPerSecond !== undefined ? fixed(t.postsPerSecond, 0) : '',
      ]),
    ),
    '',
    'Targets (ratio = Rapport / other: time for analyses, posts per second for throughput)',
    formatTable(
      ['check', 'against', 'Rapport', 'other', 'ratio', 'target', 'result'],
      report.checks.map((c) => [c.label, c.against, figure(c.rapport, c.unit), figure(c.other, c.unit), `${fixed(c.value, 3)}x`, targetText(c), passLabel(c.pass)]),
    ),
    '',
    `${report.checks.filter((c) => c.pass).length} of ${report.checks.length} targets met in ${report.seconds.toFixed(0)} s.`,
  ];
  for (const note of report.notes) out.push(`note: ${note}`);
  return out.join('\n');
}

/** The same figures for machines (NaN becomes null). */
export function benchJson(report: BenchReport): string {
  return JSON.stringify(report, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2);
}
