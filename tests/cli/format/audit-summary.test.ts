import { describe, expect, it } from 'vitest';
import { AuditSummary } from '../../../cli/audit/summary';
import { formatAuditSummary } from '../../../cli/format/audit-summary';
import { paint } from '../../../cli/format/colour';
import { PRINCIPLES } from '../../../rules/principles';
import { stubAnalyzer } from '../helpers';

function summarise(posts: string[], top = 5): AuditSummary {
  const analyzer = stubAnalyzer();
  const summary = new AuditSummary({ top });
  posts.forEach((text, index) => summary.addPost({ index, line: index + 2, text }, analyzer.analyze(text)));
  return summary;
}

describe('formatAuditSummary', () => {
  it('shows counts, the ratio against 80/20, findings per principle with rule summaries, and weakest posts', () => {
    const summary = summarise(['fine', 'buy this', 'LOUD LOUD buy', 'calm', 'quiet']);
    summary.addMalformed();
    const out = formatAuditSummary(summary.toJSON(), { source: 'posts.csv', formatName: 'CSV', ruleSummaries: new Map([['stub-loud', 'Finds loud words.']]) }, paint(false));
    expect(out).toContain('Audit of posts.csv (CSV)');
    expect(out).toMatch(/Posts read\s+5/);
    expect(out).toMatch(/Malformed\s+1 record skipped/);
    expect(out).toContain('40% of posts promote you (2 of 5). Above 80/20.');
    expect(out).toContain('Try sharing more tips');
    expect(out).not.toContain('Cadence');
    expect(out).toContain(`${PRINCIPLES['listen-dont-shout'].title} (2 findings in 1 post)`);
    expect(out).toContain('stub-loud: 2 times in 1 post \u2014 Finds loud words.');
    expect(out).toContain('stub-buy: 2 times in 2 posts');
    const weakest = out.slice(out.indexOf('Weakest posts'));
    expect(weakest.indexOf('LOUD LOUD buy')).toBeLessThan(weakest.indexOf('buy this'));
    expect(weakest).toContain('(index 2, line 4)');
    expect(weakest).not.toContain('"fine"');
  });

  it('shows the newest window and the cadence when posts have dates', () => {
    const analyzer = stubAnalyzer();
    const summary = new AuditSummary();
    const days = [1, 2, 3, 20, 21];
    days.forEach((day, index) => {
      const text = index < 3 ? 'buy now' : 'calm';
      summary.addPost({ index, line: index + 2, text, at: `2025-03-${String(day).padStart(2, '0')}T10:00:00Z`, reply: index === 4 }, analyzer.analyze(text));
    });
    const out = formatAuditSummary(summary.toJSON(), { source: 'x', formatName: 'CSV' }, paint(false));
    expect(out).toContain('The last 5 posts by date: 3 promote, more than the 2 that 80/20 allows.');
    expect(out).toMatch(/Replies\s+1 reply to people \(conversation, unless they promote\)/);
    expect(out).toContain('1.25 posts a week from 2025-03-01 to 2025-03-21');
    expect(out).toContain('Longest streak: 3 days in a row; 2 weeks in a row with a post');
    expect(out).toContain('Longest gap: 16 days without a post (2025-03-03 to 2025-03-20)');
  });

  it('handles no posts and posts with nothing to improve', () => {
    expect(formatAuditSummary(new AuditSummary().toJSON(), { source: 'x', formatName: 'CSV' }, paint(false))).toContain('No posts to coach.');
    const out = formatAuditSummary(summarise(['fine', 'calm']).toJSON(), { source: 'x', formatName: 'CSV' }, paint(false));
    expect(out).toContain('0% of posts promote you (0 of 2). Within 80/20.');
    expect(out).not.toContain('Try sharing');
    expect(out).toContain('None: every post reads well.');
    expect(out).toContain('None: every post scored 100.');
  });
});
