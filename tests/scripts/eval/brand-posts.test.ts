import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRAND_POSTS, POST_LABELS, brandHalves, brandPosts, kindFigures } from '../../../scripts/eval/brand-posts';
import { parseCsv } from '../../../scripts/eval/data';
import type { Sample } from '../../../scripts/eval/measures';

const rows = parseCsv(readFileSync(BRAND_POSTS, 'utf8'));

describe('the brand post set', () => {
  it('has at least 300 labelled posts on four platforms, each id once', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    for (const row of rows) expect(POST_LABELS).toContain(row.label);
    expect(new Set(rows.map((r) => r.platform))).toEqual(new Set(['x', 'linkedin', 'instagram', 'mastodon']));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('splits into halves that each hold every label and every family of two or more posts', () => {
    const halves = brandHalves(rows.map((r) => ({ id: r.id!, label: r.label!, family: r.family! })));
    const tuneShare = halves.filter((h) => h === 'tune').length / halves.length;
    expect(tuneShare).toBeGreaterThan(0.45);
    expect(tuneShare).toBeLessThan(0.55);
    const families = new Map<string, Set<string>>();
    rows.forEach((r, i) => families.set(`${r.label}/${r.family}`, (families.get(`${r.label}/${r.family}`) ?? new Set()).add(halves[i]!)));
    for (const [family, seen] of families) {
      const size = rows.filter((r) => `${r.label}/${r.family}` === family).length;
      if (size >= 2) expect(seen.size, family).toBe(2);
    }
    expect(brandHalves([...rows].reverse().map((r) => ({ id: r.id!, label: r.label!, family: r.family! }))).reverse()).toEqual(halves);
  });

  it('labels every post once, with its platform and half', () => {
    const { items, skipped } = brandPosts.label(rows);
    expect(skipped).toBe(0);
    expect(items).toHaveLength(rows.length);
    expect(new Set(items.map((i) => i.use))).toEqual(new Set(['tune', 'report']));
    expect(items.every((i) => i.platform !== undefined)).toBe(true);
  });
});

describe('kindFigures', () => {
  const sample = (label: string, kind: string, score: number): Sample => ({ text: '', label, positive: label === 'promotion', result: { signals: {}, ruleIds: [], principles: [], kind, score } });
  it('scores kind=promotion against the labels and the score against promotion', () => {
    const samples = [sample('promotion', 'promotion', 60), sample('promotion', 'other', 90), sample('conversation', 'conversation', 95), sample('value', 'promotion', 80), sample('other', 'other', 10)];
    const fig = Object.fromEntries(kindFigures('b', '', samples, true).figures.map((f) => [f.id, f]));
    expect(fig['promotion.precision']!.value).toBe(0.5);
    expect(fig['promotion.recall']!.value).toBe(0.5);
    expect(fig['promotion.precision']!.target).toEqual({ op: '>=', value: 0.9 });
    // conversation+value (95, 80) over promotion (60, 90): 3 of 4 pairs won; "other" is left out.
    expect(fig['score.auc']!.value).toBe(0.75);
    expect(kindFigures('b', ' (tune half)', samples, false).figures.every((f) => f.target === undefined)).toBe(true);
  });
});
