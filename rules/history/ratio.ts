import type { PostKind } from '../engine/types';
import { DEFAULT_POLICY, type RatioPolicy } from './policy';
import { byTime, timeOf } from './time';
import type { KindAt } from './types';

/** The self-promotion share of a window of posts. */
export interface WindowShare {
  /** Posts in the window: the policy's window, or fewer when the history is shorter. */
  posts: number;
  promotions: number;
  /** `promotions / posts`, or null with no posts. */
  share: number | null;
  /** More posts promote than a full window allows (`policy.allowed`). */
  over: boolean;
}

/** Whole-history figures beside the recent window: what `rapport audit` and the dashboard both print. */
export interface RatioSummary {
  policy: RatioPolicy;
  posts: number;
  promotions: number;
  share: number | null;
  /** The share over all posts is at most the policy's share; null with no posts. */
  within: boolean | null;
  /** The newest `policy.window` posts by time; null when no post has a time. */
  recent: WindowShare | null;
}

function windowShare(kinds: readonly PostKind[], policy: RatioPolicy): WindowShare {
  const promotions = kinds.filter((kind) => kind === 'promotion').length;
  return { posts: kinds.length, promotions, share: kinds.length ? promotions / kinds.length : null, over: promotions > policy.allowed };
}

/**
 * Counts posts one at a time with bounded memory (the kinds of the newest `window` posts by time, kept
 * sorted), so an audit of any length and the dashboard over stored records get the same figures.
 */
export class RatioTally {
  private posts = 0;
  private promotions = 0;
  /** Newest last; at most `policy.window` entries. */
  private readonly newest: { ms: number; kind: PostKind }[] = [];

  constructor(readonly policy: RatioPolicy = DEFAULT_POLICY) {}

  /** Adds a post; `at` places it in time (a post without a readable time counts only in the totals). */
  add(kind: PostKind, at?: string | number): void {
    this.posts += 1;
    if (kind === 'promotion') this.promotions += 1;
    const ms = typeof at === 'number' ? at : at === undefined ? NaN : timeOf(at);
    if (!Number.isFinite(ms)) return;
    const { newest } = this;
    if (newest.length >= this.policy.window && ms < (newest[0] as { ms: number }).ms) return;
    let i = newest.length;
    while (i > 0 && (newest[i - 1] as { ms: number }).ms > ms) i -= 1;
    newest.splice(i, 0, { ms, kind });
    if (newest.length > this.policy.window) newest.shift();
  }

  summary(): RatioSummary {
    const share = this.posts ? this.promotions / this.posts : null;
    return {
      policy: this.policy,
      posts: this.posts,
      promotions: this.promotions,
      share,
      within: share === null ? null : share <= this.policy.share + 1e-9,
      recent: this.newest.length ? windowShare(this.newest.map((p) => p.kind), this.policy) : null,
    };
  }
}

/** The ratio over a list of posts, in any order. */
export function ratioSummary(posts: readonly KindAt[], policy: RatioPolicy = DEFAULT_POLICY): RatioSummary {
  const tally = new RatioTally(policy);
  for (const post of posts) tally.add(post.kind, post.at);
  return tally.summary();
}

/** One point per post, oldest first: the share over the window that ends with that post (for charts). */
export interface RatioPoint {
  at: string;
  /** `at` in milliseconds since the epoch. */
  ms: number;
  posts: number;
  promotions: number;
  share: number;
  over: boolean;
}

export function ratioSeries(posts: readonly KindAt[], policy: RatioPolicy = DEFAULT_POLICY): RatioPoint[] {
  const sorted = byTime(posts);
  const points: RatioPoint[] = [];
  let promotions = 0;
  sorted.forEach(({ record, ms }, i) => {
    if (record.kind === 'promotion') promotions += 1;
    const leaving = sorted[i - policy.window];
    if (leaving?.record.kind === 'promotion') promotions -= 1;
    const count = Math.min(i + 1, policy.window);
    points.push({ at: record.at, ms, posts: count, promotions, share: promotions / count, over: promotions > policy.allowed });
  });
  return points;
}

/** The kind of post to write next, with what to do in plain words. */
export type NextKind = 'conversation' | 'value' | 'question';
export interface NextPost {
  kind: NextKind;
  advice: string;
}

const ADVICE: Record<NextKind, string> = {
  conversation: 'answer someone: reply to a question or a comment in your feed',
  value: 'share something useful that isn\u2019t yours, and say why it helped',
  question: 'ask a question your readers can answer from their own experience',
};

/**
 * What the recent mix lacks most: answers to people, useful things from others, or questions. The kind
 * with the fewest posts in the window wins; on a tie, conversation, then value, then a question.
 */
export function nextPost(recent: readonly KindAt[], policy: RatioPolicy = DEFAULT_POLICY): NextPost {
  const kinds = newestKinds(recent, policy.window);
  const count = (kind: PostKind): number => kinds.filter((k) => k === kind).length;
  const order: [NextKind, number][] = [
    ['conversation', count('conversation')],
    ['value', count('value')],
    ['question', count('other')],
  ];
  const [kind] = order.reduce((best, next) => (next[1] < best[1] ? next : best));
  return { kind, advice: ADVICE[kind] };
}

/** Whether publishing a draft keeps the recent share within the policy, with the numbers. */
export interface DraftJudgement {
  policy: RatioPolicy;
  /** The window as it stands: the last `window` posts before the draft. */
  before: WindowShare;
  /** The window once the draft is published: the draft and the `window - 1` posts before it. */
  after: WindowShare;
  /** The draft promotes and the window after it holds more promotions than the policy allows. */
  pushesOver: boolean;
  next: NextPost;
  /** "3 of your last 10 posts promote; this would make 4 of your last 10, where 80/20 allows 2." */
  sentence: string;
}

export function judgeDraft(recent: readonly KindAt[], draft: PostKind, policy: RatioPolicy = DEFAULT_POLICY): DraftJudgement {
  const kinds = newestKinds(recent, policy.window);
  const before = windowShare(kinds, policy);
  const after = windowShare([...kinds, draft].slice(-policy.window), policy);
  const pushesOver = draft === 'promotion' && after.over;
  return { policy, before, after, pushesOver, next: nextPost(recent, policy), sentence: sentenceOf(before, after, draft, policy) };
}

function sentenceOf(before: WindowShare, after: WindowShare, draft: PostKind, policy: RatioPolicy): string {
  const limit = `${policy.label} allows ${policy.allowed} in ${policy.window}`;
  const now = before.posts === 0 ? 'No earlier posts yet' : countOf(before);
  if (draft !== 'promotion') return `${now}; this one does not promote (${limit}).`;
  const of = after.posts === 1 ? 'your only post' : `your last ${after.posts}`;
  return `${now}; this would make ${after.promotions} of ${of}, where ${limit}.`;
}

/** "3 of your last 10 posts promote", "1 of your last 4 posts promotes", "your last post promotes". */
function countOf(window: WindowShare): string {
  if (window.posts === 1) return window.promotions ? 'Your last post promotes' : 'Your last post does not promote';
  return `${window.promotions} of your last ${window.posts} posts ${window.promotions === 1 ? 'promotes' : 'promote'}`;
}

/** The kinds of the newest `n` posts, oldest first (posts without a readable time are left out). */
function newestKinds(posts: readonly KindAt[], n: number): PostKind[] {
  return byTime(posts)
    .slice(-n)
    .map(({ record }) => record.kind);
}
