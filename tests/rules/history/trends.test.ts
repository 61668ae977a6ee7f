import { describe, expect, it } from 'vitest';
import { changes, principleTrends, recurringFindings } from '../../../rules/history/trends';
import { DAY, post, T0 } from './helpers';

const at = (day: number) => new Date(T0 + day * DAY).toISOString();

describe('principleTrends', () => {
  it('gives each principle\'s share of posts with findings per week, null for a week without posts', () => {
    const posts = [
      post({ at: at(0), principles: { 'add-value': 1 } }),
      post({ at: at(1), principles: { 'add-value': 2, 'listen-dont-shout': 1 } }),
      post({ at: at(2), principles: {} }),
      post({ at: at(15), principles: { 'listen-dont-shout': 1 } }),
    ];
    const trends = principleTrends(posts);
    expect(trends.periods).toEqual([
      { start: '2025-01-06', posts: 3 },
      { start: '2025-01-13', posts: 0 },
      { start: '2025-01-20', posts: 1 },
    ]);
    expect(trends.principles).toEqual([
      { id: 'add-value', shares: [2 / 3, null, 0], posts: 2, share: 0.5 },
      { id: 'listen-dont-shout', shares: [1 / 3, null, 1], posts: 2, share: 0.5 },
    ]);
  });

  it('leaves imported posts (a kind and nothing more) out of every principle\'s share', () => {
    const judged = [post({ at: at(0), principles: { 'add-value': 1 } }), post({ at: at(1), principles: {} })];
    const imported = [post({ at: at(2) }), post({ at: at(3) }), post({ at: at(16) })];
    const trends = principleTrends([...judged, ...imported]);
    expect(trends.periods.map((p) => p.posts)).toEqual([2, 0, 0]);
    expect(trends.principles).toEqual([{ id: 'add-value', shares: [0.5, null, null], posts: 1, share: 0.5 }]);
    expect(recurringFindings([post({ at: at(0), findings: { hype: 1 } }), post({ at: at(1), findings: {} }), ...imported])).toEqual([
      { ruleId: 'hype', posts: 1, findings: 1, share: 0.5 },
    ]);
  });

  it('groups by month', () => {
    const trends = principleTrends([post({ at: '2024-12-31T10:00:00Z', principles: {} }), post({ at: '2025-02-01T10:00:00Z', principles: { 'be-human': 1 } })], { period: 'month' });
    expect(trends.periods.map((p) => p.start)).toEqual(['2024-12-01', '2025-01-01', '2025-02-01']);
    expect(trends.principles[0]?.shares).toEqual([0, null, 1]);
  });
});

describe('recurringFindings', () => {
  it('ranks rules by the posts they speak on', () => {
    const posts = [post({ at: at(0), findings: { hype: 3 } }), post({ at: at(1), findings: { hype: 1, shouting: 5 } }), post({ at: at(2), findings: { shouting: 1 } }), post({ at: at(3), findings: {} })];
    expect(recurringFindings(posts, 1)).toEqual([{ ruleId: 'shouting', posts: 2, findings: 6, share: 0.5 }]);
    expect(recurringFindings(posts).map((r) => r.ruleId)).toEqual(['shouting', 'hype']);
  });
});

describe('changes', () => {
  it('says what improved and what got worse, last 28 days against the 28 before', () => {
    const before = [0, 1, 2, 3].map((d) => post({ at: at(d), kind: d < 2 ? 'promotion' : 'other', principles: { 'be-human': 1 } }));
    const after = [30, 31, 32, 33].map((d) => post({ at: at(d), kind: 'other', principles: d === 30 ? { 'be-human': 1, 'channel-fit': 0 } : { 'channel-fit': 1 } }));
    const result = changes([...before, ...after], { now: T0 + 40 * DAY });
    expect(result).toMatchObject({ days: 28, postsBefore: 4, postsAfter: 4 });
    expect(result.improved).toEqual([
      { what: 'be-human', before: 1, after: 0.25 },
      { what: 'promotion', before: 0.5, after: 0 },
    ]);
    expect(result.worse).toEqual([{ what: 'channel-fit', before: 0, after: 0.75 }]);
  });

  it('stays quiet with too few posts in either period', () => {
    const result = changes([post({ at: at(0), kind: 'promotion' }), post({ at: at(30) })], { now: T0 + 40 * DAY });
    expect(result).toMatchObject({ postsBefore: 1, postsAfter: 1, improved: [], worse: [] });
  });
});
