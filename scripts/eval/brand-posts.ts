import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPlatformId } from '../../platforms/types';
import { atLeast } from '../lib/targets';
import { assignFolds } from './cv/folds';
import { MissingDataError, parseCsv, type CsvRow } from './data';
import { makeFigure, merge, type Measured, type Sample } from './measures';
import { aucOf, confusion, precisionRecall } from './metrics';
import { defineSet, labelOf, type AnalysedText, type LabelledText } from './sets';

/** The project's own brand and people posts (tests/fixtures/posts/README.md says how they were written). */
export const BRAND_POSTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/posts/brand-posts.csv');

export const POST_LABELS = ['promotion', 'conversation', 'value', 'other'] as const;

/** Fixed, so the halves never move: the engine is tuned on `tune` and reported on `report`. */
const SPLIT_SEED = 2026;

/**
 * Which half each post is in: stratified by label and family (sales, hiring, near-miss thanks ...) and
 * dealt in the order of a seeded hash of the post's id, so every family is in both halves and the split
 * depends on the file alone. Half 0 is for tuning, half 1 for reporting.
 */
export function brandHalves(rows: readonly { id: string; label: string; family: string }[]): ('tune' | 'report')[] {
  return assignFolds(rows.map((r) => ({ key: r.id, stratum: `${r.label}/${r.family}` })), 2, SPLIT_SEED).map((f) => (f === 0 ? 'tune' : 'report'));
}

/**
 * Promotion precision, recall and F1 of the analysis's kind, and the AUC of the score separating
 * conversation and value (positive) from promotion: a post that only sells should score lower.
 */
export function kindFigures(set: string, suffix: string, samples: readonly Sample[], withTargets: boolean): Measured {
  const isPromotion = (s: Sample) => s.result.kind === 'promotion';
  const c = confusion(samples, isPromotion, (s) => s.label === 'promotion');
  const { precision, recall, f1 } = precisionRecall(c);
  const t = (value: number) => (withTargets ? atLeast(value) : undefined);
  const n = { ...c };
  const scored = samples.filter((s) => s.label !== 'other');
  const auc = aucOf(scored, (s) => s.result.score ?? NaN, (s) => s.label !== 'promotion');
  return {
    figures: [
      makeFigure(set, `promotion.precision${suffix}`, `kind=promotion precision${suffix}`, 'precision', precision, n, t(0.9)),
      makeFigure(set, `promotion.recall${suffix}`, `kind=promotion recall${suffix}`, 'recall', recall, n, t(0.9)),
      makeFigure(set, `promotion.f1${suffix}`, `kind=promotion F1${suffix}`, 'f1', f1, n),
      makeFigure(
        set,
        `score.auc${suffix}`,
        `AUC score, conversation+value over promotion${suffix}`,
        'auc',
        auc,
        { positive: scored.filter((s) => s.label !== 'promotion').length, negative: scored.filter((s) => s.label === 'promotion').length },
        t(0.9),
      ),
    ],
    errors: [],
  };
}

/** Missed and wrongly flagged posts, tuning half only: the report half is never looked at row by row. */
export function tuneErrors(set: string, samples: readonly AnalysedText[], showErrors: number): Measured['errors'] {
  if (showErrors <= 0) return [];
  const tune = samples.filter((s) => s.use === 'tune');
  const item = (s: AnalysedText) => ({ text: s.text, label: `${s.label} (${s.result.kind})`, score: s.result.signals.selfPromotion ?? NaN, rules: s.result.ruleIds });
  const fps = tune.filter((s) => s.label !== 'promotion' && s.result.kind === 'promotion');
  const fns = tune.filter((s) => s.label === 'promotion' && s.result.kind !== 'promotion');
  return [
    { set, measure: 'kind=promotion (tune half)', kind: 'false positives', total: fps.length, items: fps.slice(0, showErrors).map(item) },
    { set, measure: 'kind=promotion (tune half)', kind: 'false negatives', total: fns.length, items: fns.slice(0, showErrors).map(item) },
  ];
}

export const brandPosts = defineSet({
  name: 'brand-posts',
  file: 'tests/fixtures/posts/brand-posts.csv',
  columns: ['id', 'platform', 'family', 'label', 'text'],
  about: "the project's own brand and people posts: kind=promotion on the report half (tuned on the other half)",
  async read(): Promise<CsvRow[]> {
    if (!existsSync(BRAND_POSTS)) throw new MissingDataError(`Brand post set not found: ${BRAND_POSTS}`);
    return parseCsv(readFileSync(BRAND_POSTS, 'utf8'));
  },
  label(rows) {
    const usable = rows.map((row, i) => ({ row, i })).filter(({ row }) => (POST_LABELS as readonly string[]).includes(labelOf(row)));
    const halves = brandHalves(usable.map(({ row }) => ({ id: row.id ?? '', label: labelOf(row), family: row.family ?? '' })));
    const items: LabelledText[] = usable.map(({ row, i }, k) => {
      const platform = row.platform && isPlatformId(row.platform) ? row.platform : undefined;
      const label = labelOf(row);
      return { row: i, text: row.text ?? '', label, positive: label === 'promotion', platform, use: halves[k]! };
    });
    return { items, skipped: rows.length - items.length };
  },
  measure(samples, showErrors) {
    const report = samples.filter((s) => s.use === 'report');
    const tune = samples.filter((s) => s.use === 'tune');
    const measured = merge(
      kindFigures(this.name, '', report, true),
      kindFigures(this.name, ' (tune half)', tune, false),
    );
    return { figures: measured.figures, errors: tuneErrors(this.name, samples, showErrors), notes: [`${report.length} posts in the report half, ${tune.length} in the tune half`] };
  },
});
