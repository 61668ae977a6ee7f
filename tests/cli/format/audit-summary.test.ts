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
    expect(out).toContain('40% of posts promote you (2 of 5). Above the guideline.');
    expect(out).toContain(`${PRINCIPLES['listen-dont-shout'].title} (2 findings in 1 post)`);
    expect(out).toContain('stub-loud: 2 times in 1 post \u2014 Finds loud words.');
    expect(out).toContain('stub-buy: 2 times in 2 posts');
    const weakest = out.slice(out.indexOf('Weakest posts'));
    expect(weakest.indexOf('LOUD LOUD buy')).toBeLessThan(weakest.indexOf('buy this'));
    expect(weakest).toContain('(index 2, line 4)');
    expect(weakest).not.toContain('"fine"');
  });

  it('handles no posts and posts with nothing to improve', () => {
    expect(formatAuditSummary(new AuditSummary().toJSON(), { source: 'x', formatName: 'CSV' }, paint(false))).toContain('No posts to coach.');
    const out = formatAuditSummary(summarise(['fine', 'calm']).toJSON(), { source: 'x', formatName: 'CSV' }, paint(false));
    expect(out).toContain('0% of posts promote you (0 of 2). Within the guideline.');
    expect(out).toContain('None: every post reads well.');
    expect(out).toContain('None: every post scored 100.');
  });
});
