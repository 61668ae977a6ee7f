import { describe, expect, it } from 'vitest';
import { AuditSummary } from '../../../cli/audit/summary';
import { parsePolicy } from '../../../rules/history';
import { stubAnalyzer } from '../helpers';

describe('AuditSummary', () => {
  it('counts posts whose kind is promotion against the policy, 80/20 by default', () => {
    const analyzer = stubAnalyzer();
    const summary = new AuditSummary();
    ['buy one', 'hello', 'LOUD', 'hey', 'yo'].forEach((text, index) => summary.addPost({ index, line: index + 1, text }, analyzer.analyze(text)));
    expect(summary.toJSON().selfPromotion).toEqual({
      posts: 1,
      ratio: 0.2,
      policy: { id: '80/20', label: '80/20', share: 0.2, window: 10, allowed: 2 },
      within: true,
      recent: null,
    });
    summary.addPost({ index: 5, line: 6, text: 'buy two' }, analyzer.analyze('buy two'));
    expect(summary.toJSON().selfPromotion.within).toBe(false);
  });

  it('judges the newest window by date under the policy given, and counts a reply as conversation', () => {
    const policy = parsePolicy('4-1-1');
    if (!policy.ok) throw new Error(policy.error);
    const summary = new AuditSummary({ policy: policy.policy });
    const analyzer = stubAnalyzer();
    // Oldest first in time, but read newest first, as X archives are.
    const texts = ['buy a', 'calm', 'buy b', 'calm', 'calm', 'calm', 'buy c'];
    texts.forEach((text, i) => {
      const at = new Date(Date.UTC(2025, 0, 31 - i)).toISOString();
      summary.addPost({ index: i, line: i + 1, text, at }, analyzer.analyze(text));
    });
    const kind = summary.addPost({ index: 7, line: 8, text: 'LOUD hello', reply: true }, analyzer.analyze('LOUD hello'));
    expect(kind).toBe('conversation');
    const json = summary.toJSON();
    expect(json.selfPromotion.recent).toEqual({ posts: 6, promotions: 2, share: 2 / 6, over: true });
    expect(json.replies).toBe(1);
    expect(json.cadence).toMatchObject({ from: '2025-01-25', to: '2025-01-31', longest: { days: 7 } });
  });

  it('averages scores and signals; counts malformed, empty and reposted records apart from posts', () => {
    const summary = new AuditSummary();
    const analyzer = stubAnalyzer();
    summary.addPost({ index: 0, line: 1, text: 'buy' }, analyzer.analyze('buy'));
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
