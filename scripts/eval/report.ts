import { fixed, formatTable, percent } from '../lib/table';
import { passLabel, type Target } from '../lib/targets';
import type { ErrorList, Figure, FigureKind } from './measures';
import type { EvalReport } from './runner';

function formatValue(kind: FigureKind, value: number): string {
  return kind === 'rate' ? percent(value) : fixed(value, 3);
}

function formatTarget(kind: FigureKind, target: Target | undefined): string {
  if (!target) return '';
  return `${target.op} ${kind === 'rate' ? percent(target.value, 0) : String(target.value)}`;
}

function formatCounts(figure: Figure): string {
  const n = figure.n;
  if ('tp' in n) return `tp ${n.tp} fp ${n.fp} fn ${n.fn}`;
  if ('positive' in n) return `${n.positive} pos / ${n.negative} neg`;
  if ('hits' in n) return `${n.hits} of ${n.rows}`;
  if ('rows' in n) return `${n.rows} rows`;
  return '';
}

export function summary(report: EvalReport): { targets: number; passed: number } {
  const withTargets = report.sets.flatMap((s) => s.figures).filter((f) => f.target);
  return { targets: withTargets.length, passed: withTargets.filter((f) => f.pass).length };
}

/** The human-readable report: one table of figures against targets, then notes and speed. */
export function formatText(report: EvalReport): string {
  const out: string[] = [`Rapport evaluation on ${report.dataDir}`, ''];
  const rows: string[][] = [];
  for (const set of report.sets) {
    for (const figure of set.figures) {
      rows.push([
        set.set,
        figure.label,
        formatValue(figure.kind, figure.value),
        formatTarget(figure.kind, figure.target),
        passLabel(figure.pass),
        formatCounts(figure),
      ]);
    }
  }
  if (rows.length) out.push(formatTable(['set', 'figure', 'value', 'target', 'result', 'counts'], rows), '');
  for (const set of report.sets) {
    const speed = Number.isFinite(set.rowsPerSecond) ? `${Math.round(set.rowsPerSecond)} rows/s` : 'n/a rows/s';
    out.push(`${set.set}: ${set.about}; ${set.rows} rows, ${set.used} used, ${set.skipped} skipped; ${set.analysed} analyses, ${speed}`);
    for (const note of set.notes) out.push(`  note: ${note}`);
  }
  for (const m of report.missing) out.push(`${m.set}: SKIPPED, ${m.message}`);
  const { targets, passed } = summary(report);
  out.push(
    '',
    `${passed} of ${targets} targets met.`,
    `Speed: ${report.analysed} analyses in ${report.seconds.toFixed(1)} s of analysis time = ${fixed(report.rowsPerSecond, 0)} rows/s.`,
  );
  return out.join('\n');
}

function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

/** The worst errors per measure, for calibration at the terminal (never written to a file). */
export function formatErrors(lists: readonly ErrorList[]): string {
  const out: string[] = [];
  for (const list of lists) {
    out.push('', `${list.set} / ${list.measure}: ${list.kind} (${list.items.length} of ${list.total})`);
    for (const item of list.items) {
      const rules = item.rules.length ? ` [${item.rules.join(', ')}]` : '';
      out.push(`  ${fixed(item.score, 3).padStart(6)}  ${item.label}${rules}  ${oneLine(item.text)}`);
    }
  }
  return out.join('\n');
}

/** The figures for machines (NaN becomes null); error samples are left out on purpose. */
export function toJson(report: EvalReport): string {
  const clean = (v: number) => (Number.isFinite(v) ? v : null);
  return JSON.stringify(
    {
      dataDir: report.dataDir,
      summary: summary(report),
      analysed: report.analysed,
      seconds: clean(report.seconds),
      rowsPerSecond: clean(report.rowsPerSecond),
      sets: report.sets.map((s) => ({
        set: s.set,
        file: s.file,
        rows: s.rows,
        used: s.used,
        skipped: s.skipped,
        analysed: s.analysed,
        rowsPerSecond: clean(s.rowsPerSecond),
        figures: s.figures.map((f) => ({
          id: f.id,
          label: f.label,
          value: clean(f.value),
          ...(f.target ? { target: f.target, pass: f.pass } : {}),
          n: f.n,
        })),
        notes: s.notes,
      })),
      missing: report.missing,
    },
    null,
    2,
  );
}
