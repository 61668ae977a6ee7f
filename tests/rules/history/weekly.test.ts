import { describe, expect, it } from 'vitest';
import { weeklySummary } from '../../../rules/history/weekly';
import { DAY, post, T0 } from './helpers';

const at = (day: number) => new Date(T0 + day * DAY).toISOString();
const now = T0 + 14 * DAY;

describe('weeklySummary', () => {
  it('compares the last seven days with the seven before, in figures and one sentence', () => {
    const posts = [
      post({ at: at(1), kind: 'promotion', score: 70 }),
      post({ at: at(2), kind: 'other', score: 80, findings: { hype: 1 } }),
      post({ at: at(8), kind: 'promotion', score: 90 }),
      post({ at: at(9), kind: 'conversation', reply: true, score: 100 }),
      post({ at: at(10), kind: 'value', score: 95 }),
      post({ at: at(11), kind: 'other', score: 95, findings: { shouting: 2 } }),
      post({ at: at(12), kind: 'other', score: 95 }),
    ];
    const summary = weeklySummary(posts, { now });
    expect(summary.thisWeek).toEqual({ posts: 5, promotions: 1, replies: 1, share: 0.2, averageScore: 95, withFindings: 1 });
    expect(summary.lastWeek).toMatchObject({ posts: 2, promotions: 1, averageScore: 75 });
    expect(summary.within).toBe(true);
    expect(summary.sentence).toBe('5 posts in the last 7 days (2 the week before); 1 promotes (20%, within 80/20); average score 95 (up from 75).');
  });

  it('says so plainly when the week is empty or over the policy', () => {
    expect(weeklySummary([post({ at: at(3) })], { now }).sentence).toBe('No posts in the last 7 days (1 the week before).');
    const over = weeklySummary([post({ at: at(13), kind: 'promotion' })], { now });
    expect(over.sentence).toBe('1 post in the last 7 days (0 the week before); 1 promotes (100%, over 80/20).');
  });
});
