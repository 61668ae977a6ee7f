import { describe, expect, it } from 'vitest';
import { AuditSummary } from '../../../cli/audit/summary';
import { stubAnalyzer } from '../helpers';

describe('AuditSummary', () => {
  it('counts posts whose findings include add-value as self-promotion, against the 20% guideline', () => {
    const analyzer = stubAnalyzer();
    const summary = new AuditSummary();
    ['buy one', 'hello', 'hi', 'hey', 'yo'].forEach((text, index) => summary.addPost({ index, line: index + 1, text }, analyzer.analyze(text)));
    expect(summary.toJSON().selfPromotion).toEqual({ measured: true, posts: 1, ratio: 0.2, guideline: 0.2, withinGuideline: true });
    summary.addPost({ index: 5, line: 6, text: 'buy two' }, analyzer.analyze('buy two'));
    expect(summary.toJSON().selfPromotion.withinGuideline).toBe(false);
  });

  it('says nothing about the guideline when self-promotion is not measured', () => {
    const summary = new AuditSummary({ selfPromotionMeasured: false });
    summary.addPost({ index: 0, line: 1, text: 'buy' }, stubAnalyzer().analyze('buy'));
    expect(summary.toJSON().selfPromotion).toMatchObject({ measured: false, withinGuideline: null });
  });

  it('averages scores and signals; counts malformed, empty and reposted records apart from posts', () => {
    const summary = new AuditSummary();
    const analyzer = stubAnalyzer();
    summary.addPost({ index: 0, line: 1, text: 'LOUD' }, analyzer.analyze('LOUD'));
    summary.addPost({ index: 1, line: 2, text: 'calm' }, analyzer.analyze('calm'));
    summary.addMalformed();
    summary.addSkipped('empty');
    summary.addSkipped('repost');
    summary.addSkipped('repost');
    const json = summary.toJSON();
    expect(json).toMatchObject({ posts: 2, malformed: 1, empty: 1, reposts: 2, averageScore: 95, postsWithErrors: 0 });
    expect(json.averageSignals.selfPromotion).toBe(0.5);
  });

  it('keeps memory flat: the weakest list stays at --top whatever the number of posts', () => {
    const summary = new AuditSummary({ top: 3 });
    const analyzer = stubAnalyzer();
    for (let i = 0; i < 5000; i++) {
      const text = i % 10 === 0 ? 'LOUD buy' : 'calm';
      summary.addPost({ index: i, line: i + 1, text }, analyzer.analyze(text));
    }
    const json = summary.toJSON();
    expect(json.weakest.map((w) => w.index)).toEqual([0, 10, 20]);
    expect(json.findings.flatMap((f) => f.rules.map((r) => [r.ruleId, r.findings, r.posts]))).toEqual([
      ['stub-buy', 500, 500],
      ['stub-loud', 500, 500],
    ]);
  });
});
