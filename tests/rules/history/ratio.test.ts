import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parsePolicy } from '../../../rules/history/policy';
import { judgeDraft, nextPost, ratioSeries, ratioSummary, RatioTally } from '../../../rules/history/ratio';
import { DAY, history, post, T0 } from './helpers';

const policyOf = (spec: string, window?: number) => {
  const r = parsePolicy(spec, window);
  if (!r.ok) throw new Error(r.error);
  return r.policy;
};

describe('ratioSummary', () => {
  it('gives the share over all posts and over the newest window by time, whatever the input order', () => {
    const posts = history('ppppoooooooooo'); // 4 promotions first, then 10 others
    const summary = ratioSummary([...posts].reverse());
    expect(summary).toMatchObject({ posts: 14, promotions: 4, within: false });
    expect(summary.share).toBeCloseTo(4 / 14);
    expect(summary.recent).toEqual({ posts: 10, promotions: 0, share: 0, over: false });
  });

  it('counts posts without a time in the totals only; no posts gives nulls', () => {
    const tally = new RatioTally();
    tally.add('promotion');
    tally.add('other', 'not a date');
    expect(tally.summary()).toMatchObject({ posts: 2, promotions: 1, share: 0.5, recent: null });
    expect(ratioSummary([])).toMatchObject({ posts: 0, share: null, within: null, recent: null });
  });

  it('is within the policy exactly at its share and over one post past it', () => {
    expect(ratioSummary(history('ppoooooooo')).within).toBe(true);
    expect(ratioSummary(history('pppooooooo')).within).toBe(false);
  });
});

describe('judgeDraft', () => {
  it('says "3 of your last 10 posts promote; this would make 4" with the policy\'s limit', () => {
    const judgement = judgeDraft(history('poppopooooo'), 'promotion'); // the first post is already out of the window
    expect(judgement.before).toMatchObject({ posts: 10, promotions: 3, over: true });
    expect(judgement.after).toMatchObject({ posts: 10, promotions: 4 });
    expect(judgement.pushesOver).toBe(true);
    expect(judgement.sentence).toBe('3 of your last 10 posts promote; this would make 4 of your last 10, where 80/20 allows 2 in 10.');
  });

  it('at the limit is fine; one more is over (80/20, 4-1-1, thirds)', () => {
    expect(judgeDraft(history('opoooooooo'), 'promotion')).toMatchObject({ after: { promotions: 2 }, pushesOver: false });
    expect(judgeDraft(history('oppooooooo'), 'promotion')).toMatchObject({ after: { promotions: 3 }, pushesOver: true });
    // A promotion leaving the window makes room: the oldest of the last 10 no longer counts.
    expect(judgeDraft(history('ppoooooooo'), 'promotion')).toMatchObject({ after: { promotions: 2 }, pushesOver: false });
    const fourOneOne = policyOf('4-1-1');
    expect(judgeDraft(history('ooooo'), 'promotion', fourOneOne).pushesOver).toBe(false);
    expect(judgeDraft(history('oopoo'), 'promotion', fourOneOne).pushesOver).toBe(true);
    const thirds = policyOf('thirds');
    expect(judgeDraft(history('opoopooo'), 'promotion', thirds).pushesOver).toBe(false);
    expect(judgeDraft(history('opopopoo'), 'promotion', thirds).pushesOver).toBe(true);
  });

  it('with an empty or short history judges against a full window: a first promotion is fine', () => {
    const first = judgeDraft([], 'promotion');
    expect(first).toMatchObject({ before: { posts: 0, promotions: 0 }, after: { posts: 1, promotions: 1 }, pushesOver: false });
    expect(first.sentence).toBe('No earlier posts yet; this would make 1 of your only post, where 80/20 allows 2 in 10.');
    const short = judgeDraft(history('pp'), 'promotion');
    expect(short).toMatchObject({ after: { posts: 3, promotions: 3 }, pushesOver: true });
    expect(short.sentence).toMatch(/^2 of your last 2 posts promote; this would make 3 of your last 3/);
  });

  it('never says a draft that does not promote pushes anything over', () => {
    const judgement = judgeDraft(history('pppppppppp'), 'conversation');
    expect(judgement.pushesOver).toBe(false);
    expect(judgement.before.over).toBe(true);
    expect(judgement.sentence).toBe('10 of your last 10 posts promote; this one does not promote (80/20 allows 2 in 10).');
  });

  it('uses a custom window', () => {
    const judgement = judgeDraft(history('oppooooooooooooooooo'), 'promotion', policyOf('80/20', 20));
    expect(judgement).toMatchObject({ before: { posts: 20, promotions: 2 }, after: { promotions: 3 }, pushesOver: false });
  });
});

describe('nextPost', () => {
  it('suggests what the recent mix lacks most, conversation first on a tie', () => {
    expect(nextPost(history('pppp')).kind).toBe('conversation');
    expect(nextPost(history('pcpc')).kind).toBe('value');
    expect(nextPost(history('pcvo')).kind).toBe('conversation');
    expect(nextPost(history('cvcv')).kind).toBe('question');
    expect(nextPost([]).advice).toMatch(/answer someone/);
  });
});

describe('ratioSeries', () => {
  it('gives the rolling share at each post, oldest first', () => {
    const points = ratioSeries(history('ppoo'), policyOf('thirds', 3));
    expect(points.map((p) => [p.posts, p.promotions])).toEqual([[1, 1], [2, 2], [3, 2], [3, 1]]);
    expect(points[0]?.at).toBe(new Date(T0).toISOString());
  });

  it('agrees with ratioSummary on the last window', () => {
    const posts = [...history('pcpvoppcoopvcpo'), post({ at: new Date(T0 + 100 * DAY).toISOString(), kind: 'promotion' })];
    const last = ratioSeries(posts, DEFAULT_POLICY).at(-1);
    expect(last && { posts: last.posts, promotions: last.promotions }).toEqual({ posts: 10, promotions: ratioSummary(posts).recent?.promotions });
  });
});
