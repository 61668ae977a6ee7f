import { describe, expect, it } from 'vitest';
import { accountFromKey, accountKey, dashboardModel, percent } from '../../../components/dashboard/dashboard-model';
import { DEFAULT_POLICY, ratioSummary } from '../../../rules/history';
import type { StoredPost } from '../../../utils/messages';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const DAY = 86_400_000;
const post = (daysAgo: number, kind: StoredPost['kind'], platform: StoredPost['platform'] = 'x'): StoredPost => ({
  at: new Date(NOW - daysAgo * DAY).toISOString(),
  platform,
  reply: false,
  kind,
  principles: kind === 'promotion' ? { 'add-value': 1 } : {},
  findings: kind === 'promotion' ? { 'hard-sell': 1 } : {},
  score: 80,
  id: `id${daysAgo}${platform}`,
  hash: 'h',
});

describe('dashboard model', () => {
  const posts = [post(20, 'value'), post(10, 'promotion'), post(5, 'promotion'), post(3, 'conversation'), post(1, 'promotion'), post(2, 'value', 'linkedin')];

  it('gives the same ratio as rules/history, a point per post, and the newest posts first', () => {
    const model = dashboardModel(posts, { policy: DEFAULT_POLICY, now: NOW, offsetMinutes: 0 });
    expect(model.ratio).toEqual(ratioSummary(posts, DEFAULT_POLICY));
    expect(model.ratio.recent).toMatchObject({ posts: 6, promotions: 3, over: true });
    expect(model.series.shares).toHaveLength(6);
    expect(model.series.shares.at(-1)).toBeCloseTo(3 / 6);
    expect(model.recent.map((p) => p.at)).toEqual([...posts].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).map((p) => p.at));
    expect(model.weekly.thisWeek.posts).toBe(4);
    expect(model.trends.principles.map((p) => p.id)).toEqual(['add-value']);
    expect(model.recurring[0]).toMatchObject({ ruleId: 'hard-sell', posts: 3 });
  });

  it('gives no share before the window first fills, so the chart does not open with a spike', () => {
    const many = Array.from({ length: 14 }, (_, i) => post(30 - i, i === 0 ? 'promotion' : 'value'));
    const { series } = dashboardModel(many, { policy: DEFAULT_POLICY, now: NOW, offsetMinutes: 0 });
    expect(DEFAULT_POLICY.window).toBe(10);
    expect(series.shares.slice(0, 9)).toEqual(Array(9).fill(null));
    expect(series.shares[9]).toBeCloseTo(1 / 10);
    expect(series.shares.at(-1)).toBe(0);
    expect(series.times).toHaveLength(14);
  });

  it('narrows to one account', () => {
    const all = dashboardModel(posts, { policy: DEFAULT_POLICY, now: NOW, offsetMinutes: 0 });
    const key = accountKey({ platform: 'linkedin' });
    const choice = accountFromKey(key, all.accounts);
    expect(choice).toEqual({ platform: 'linkedin' });
    const model = dashboardModel(posts, { policy: DEFAULT_POLICY, now: NOW, offsetMinutes: 0, account: choice });
    expect(model.ratio.posts).toBe(1);
    expect(accountFromKey('', all.accounts)).toBeUndefined();
  });

  it('writes shares as percentages', () => {
    expect(percent(0.256)).toBe('26%');
    expect(percent(null)).toBe('\u2013');
  });
});
