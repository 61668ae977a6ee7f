import { fixed, formatTable, percent } from '../../lib/table';
import { passLabel, type Target } from '../../lib/targets';
import type { FigureKind } from '../measures';
import type { FoldFigure } from './folds';
import type { FoldReport } from './runner';

const value = (kind: FigureKind, v: number) => (kind === 'rate' ? percent(v) : fixed(v, 3));
const target = (kind: FigureKind, t: Target | undefined) => (t ? `${t.op} ${kind === 'rate' ? percent(t.value, 0) : String(t.value)}` : '');

/** dev minus the held-out mean, signed so that a positive gap means dev flatters the figure. */
export function gap(figure: FoldFigure): number {
  const lowerIsBetter = figure.target?.op === '<=' || figure.target?.op === '<';
  const d = figure.dev - figure.mean;
  return lowerIsBetter ? -d : d;
}

export function foldSummary(report: FoldReport): { targets: number; passed: number } {
  const withTargets = report.sets.flatMap((s) => s.figures).filter((f) => f.target);
  return { targets: withTargets.length, passed: withTargets.filter((f) => f.pass).length };
}

/** Held-out figures beside the dev ones: mean and spread over the folds, the range, and the gap to dev. */
export function formatFoldText(report: FoldReport): string {
  const out = [`Rapport cross-validated evaluation on ${report.dataDir}: ${report.k} folds, seed ${report.seed}`, ''];
  const rows = report.sets.flatMap((set) =>
    set.figures.map((f) => [
      set.set,
      f.label,
      value(f.kind, f.dev),
      `${value(f.kind, f.mean)} \u00b1 ${f.kind === 'rate' ? percent(f.sd) : fixed(f.sd, 3)}`,
      `${value(f.kind, f.min)}..${value(f.kind, f.max)}`,
      target(f.kind, f.target),
      passLabel(f.pass),
      f.target ? `${f.foldsPassing}/${f.folds.length}` : '',
      f.kind === 'rate' ? percent(gap(f)) : fixed(gap(f), 3),
    ]),
  );
  if (rows.length) out.push(formatTable(['set', 'figure', 'dev', 'held-out mean \u00b1 sd', 'range', 'target', 'held-out', 'folds', 'gap'], rows), '');
  for (const set of report.sets) {
    out.push(`${set.set}: ${set.about}; ${set.used} rows used of ${set.rows}; ${set.seconds.toFixed(1)} s`);
    set.choices.forEach((choice, i) => out.push(`  fold ${i + 1}: ${choice}`));
    out.push(`  fixed: ${set.fixed}`);
  }
  for (const m of report.missing) out.push(`${m.set}: SKIPPED, ${m.message}`);
  const { targets, passed } = foldSummary(report);
  out.push(
    '',
    `${passed} of ${targets} targets met on held-out folds (a target counts when the mean over held-out folds meets it).`,
    'gap: dev minus held-out, positive when the dev figure flatters (for a "<=" target, held-out minus dev).',
  );
  return out.join('\n');
}

export function foldJson(report: FoldReport): string {
  const clean = (v: number) => (Number.isFinite(v) ? v : null);
  return JSON.stringify(
    {
      dataDir: report.dataDir,
      k: report.k,
      seed: report.seed,
      summary: foldSummary(report),
      sets: report.sets.map((s) => ({
        set: s.set,
        rows: s.rows,
        used: s.used,
        choices: s.choices,
        fixed: s.fixed,
        figures: s.figures.map((f) => ({
          id: f.id,
          label: f.label,
          dev: clean(f.dev),
          folds: f.folds.map(clean),
          mean: clean(f.mean),
          sd: clean(f.sd),
          min: clean(f.min),
          max: clean(f.max),
          ...(f.target ? { target: f.target, pass: f.pass, foldsPassing: f.foldsPassing } : {}),
        })),
      })),
      missing: report.missing,
    },
    null,
    2,
  );
}
