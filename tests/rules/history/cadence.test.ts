import { describe, expect, it } from 'vitest';
import { cadence, DayCounts } from '../../../rules/history/cadence';
import { DAY, post, T0 } from './helpers';

const on = (...days: number[]) => days.map((d) => post({ at: new Date(T0 + d * DAY).toISOString() }));

describe('cadence', () => {
  it('counts posts per week, every week from the first to now, empty weeks included', () => {
    // T0 is a Monday: days 0-6 are one week, 7-13 the next, 14-20 the third.
    const result = cadence(on(0, 0, 2, 15, 16), { now: T0 + 20 * DAY });
    expect(result.weeks).toEqual([
      { week: '2025-01-06', posts: 3 },
      { week: '2025-01-13', posts: 0 },
      { week: '2025-01-20', posts: 2 },
    ]);
    expect(result.posts).toBe(5);
    expect(result.postsPerWeek).toBe(1.67);
    expect(result.recentPerWeek).toBe(1.25);
  });

  it('finds the current and the longest streak in days and weeks', () => {
    const posts = on(0, 1, 2, 3, 7, 14, 21, 29, 30);
    // Today is day 31: no post yet today, but yesterday had one, so the streak still stands.
    const result = cadence(posts, { now: T0 + 31 * DAY });
    expect(result.current).toEqual({ days: 2, weeks: 5 });
    expect(result.longest).toEqual({ days: 4, weeks: 5 });
    expect(cadence(posts, { now: T0 + 33 * DAY }).current.days).toBe(0);
    expect(cadence(posts, { now: T0 + 45 * DAY }).current.weeks).toBe(0);
  });

  it('lists the longest gaps, the open one since the last post included', () => {
    const result = cadence(on(0, 10, 11, 30), { now: T0 + 40 * DAY, minGapDays: 5 });
    expect(result.gaps).toEqual([
      { from: '2025-01-17', to: '2025-02-05', days: 18, open: false },
      { from: '2025-02-05', to: '2025-02-15', days: 10, open: true },
      { from: '2025-01-06', to: '2025-01-16', days: 9, open: false },
    ]);
    expect(result.daysSinceLast).toBe(10);
  });

  it('puts a post on the calendar day of the user\'s zone', () => {
    const lateEvening = Date.UTC(2025, 0, 6, 23, 30);
    const counts = new DayCounts({ offsetMinutes: 120 });
    counts.add(lateEvening);
    expect(counts.cadence().weeks).toEqual([{ week: '2025-01-06', posts: 1 }]);
    expect([...counts.days.keys()]).toEqual([Math.floor(lateEvening / DAY) + 1]);
  });

  it('has nothing to say about no posts, and skips times it cannot read', () => {
    expect(cadence([post({ at: 'yesterday' })])).toMatchObject({ posts: 0, weeks: [], daysSinceLast: null });
  });
});
