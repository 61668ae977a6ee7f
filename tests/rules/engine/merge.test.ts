import { describe, expect, it } from 'vitest';
import { analyze } from '../../../rules/engine/analyze';
import { mergeFindings } from '../../../rules/engine/merge';
import { finding } from '../../support/findings';

describe('mergeFindings', () => {
  it('makes one finding of the rules that flag the same words, led by the strongest, naming the others', () => {
    const merged = mergeFindings([
      finding('missing-invitation', 'content-as-means', 'suggestion', 4, 13),
      finding('hard-sell', 'listen-dont-shout', 'warning', 4, 13),
      finding('self-promotion', 'add-value', 'warning', 4, 13),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ ruleId: 'hard-sell', principle: 'listen-dont-shout' });
    expect(merged[0]!.also).toEqual([
      { ruleId: 'missing-invitation', principle: 'content-as-means' },
      { ruleId: 'self-promotion', principle: 'add-value' },
    ]);
  });

  it('keeps one of a rule\u2019s repeated reports of a span, and leaves other spans and single findings as they are', () => {
    const a = finding('self-promotion', 'add-value', 'warning', 0, 5);
    const b = finding('shouting', 'listen-dont-shout', 'warning', 3, 9);
    expect(mergeFindings([a, { ...a }, b])).toEqual([a, b]);
  });
});

describe('mergeFindings on overlapping words', () => {
  it('merges findings of one problem whose words overlap, chained, led by the strongest with its own span', () => {
    const order = finding('hard-sell', 'listen-dont-shout', 'warning', 43, 53); // "Buy it now"
    const ask = finding('missing-invitation', 'content-as-means', 'suggestion', 43, 56); // "Buy it now at"
    const plug = finding('self-promotion', 'add-value', 'suggestion', 50, 60); // overlaps only the second
    const merged = mergeFindings([order, ask, plug]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ ruleId: 'hard-sell', start: 43, end: 53 });
    expect(merged[0]!.also?.map((a) => a.ruleId)).toEqual(['missing-invitation', 'self-promotion']);
  });

  it('keeps words that only touch, and a second plug further on, as their own findings', () => {
    const first = finding('hard-sell', 'listen-dont-shout', 'warning', 0, 10);
    const touching = finding('missing-invitation', 'content-as-means', 'suggestion', 10, 20);
    const later = finding('self-promotion', 'add-value', 'suggestion', 40, 50);
    expect(mergeFindings([first, touching, later])).toEqual([first, touching, later]);
  });

  it('never lists a rule twice in also, even when it flagged two overlapping spans of the group', () => {
    const merged = mergeFindings([
      finding('hard-sell', 'listen-dont-shout', 'warning', 0, 10),
      finding('self-promotion', 'add-value', 'suggestion', 2, 8),
      finding('self-promotion', 'add-value', 'suggestion', 5, 14),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.also).toEqual([{ ruleId: 'self-promotion', principle: 'add-value' }]);
  });
});

describe('mergeFindings across problems', () => {
  it('leaves another problem on the same words its own card', () => {
    const plug = finding('self-promotion', 'add-value', 'warning', 0, 9);
    const loud = finding('shouting', 'listen-dont-shout', 'warning', 0, 9);
    expect(mergeFindings([plug, loud])).toEqual([plug, loud]);
  });
});

describe('analyze: one finding per problem', () => {
  it('gives "Buy it now" and "Buy it now at" one card, counted once', () => {
    const text = 'Our new product is the best on the market. Buy it now at acme.example';
    const { findings } = analyze(text);
    const push = findings.filter((f) => f.start < 56 && f.end > 43);
    expect(push).toHaveLength(1);
    expect(push[0]!.also?.length).toBeGreaterThan(0);
  });

  it('reports "Order now" once, naming every principle it touches, and counts it once in the score', () => {
    const text = 'Our new product is the best on the market. Order now at acme.example';
    const { findings } = analyze(text);
    const order = findings.filter((f) => text.slice(f.start, f.end) === 'Order now');
    expect(order).toHaveLength(1);
    const principles = [order[0]!.principle, ...(order[0]!.also ?? []).map((a) => a.principle)];
    expect(principles.length).toBeGreaterThan(1);
    expect(new Set(findings.map((f) => `${f.ruleId}:${f.start}:${f.end}`)).size).toBe(findings.length);
    for (const f of findings) {
      const sameWords = findings.filter((g) => g.start === f.start && g.end === f.end);
      expect(sameWords).toHaveLength(1);
    }
  });
});
