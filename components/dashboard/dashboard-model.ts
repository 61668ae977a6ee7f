import {
  accountsOf,
  cadence,
  changes,
  postsOf,
  principleTrends,
  ratioSeries,
  ratioSummary,
  recurringFindings,
  weeklySummary,
  type Account,
  type Cadence,
  type Changes,
  type PrincipleTrends,
  type RatioPolicy,
  type RatioSummary,
  type Recurring,
  type WeeklySummary,
} from '@/rules/history';
import { byTime } from '@/rules/history/time';
import type { PlatformId } from '@/platforms/types';
import type { StoredPost } from '@/utils/messages';

/** Which account the dashboard shows: all of them, or one platform and (optionally) one profile. */
export interface AccountChoice {
  platform?: PlatformId;
  profile?: string;
}

/** Everything the dashboard shows, computed once per history, policy and account by rules/history. */
export interface DashboardModel {
  policy: RatioPolicy;
  accounts: Account[];
  ratio: RatioSummary;
  /**
   * The share over the window ending at each post, for the chart: times in seconds, shares 0..1. Where the
   * history is longer than the window, the posts before it first fills have no share (null): a share of
   * one or two posts would open the chart with a spike to 100% or 0%.
   */
  series: { times: number[]; shares: (number | null)[] };
  cadence: Cadence;
  trends: PrincipleTrends;
  recurring: Recurring[];
  changes: Changes;
  weekly: WeeklySummary;
  /** The newest posts first. */
  recent: StoredPost[];
}

export interface ModelOptions {
  policy: RatioPolicy;
  now: number;
  /** Minutes east of UTC, so weeks and days are the user's own. */
  offsetMinutes: number;
  account?: AccountChoice;
  recentCount?: number;
}

export function dashboardModel(all: readonly StoredPost[], options: ModelOptions): DashboardModel {
  const { policy, now, offsetMinutes } = options;
  const posts = options.account ? postsOf(all, options.account) : [...all];
  const points = ratioSeries(posts, policy);
  return {
    policy,
    accounts: accountsOf(all),
    ratio: ratioSummary(posts, policy),
    series: { times: points.map((p) => p.ms / 1000), shares: sharesOnceFull(points, policy.window) },
    cadence: cadence(posts, { now, offsetMinutes }),
    trends: principleTrends(posts, { offsetMinutes, period: 'week' }),
    recurring: recurringFindings(posts),
    changes: changes(posts, { now }),
    weekly: weeklySummary(posts, { now, policy }),
    recent: newestFirst(posts, options.recentCount ?? 20),
  };
}

function sharesOnceFull(points: readonly { posts: number; share: number }[], window: number): (number | null)[] {
  if (points.length < window) return points.map((p) => p.share);
  return points.map((p) => (p.posts >= window ? p.share : null));
}

/** The `count` newest posts, newest first, from the history in time order the other figures read too. */
function newestFirst(posts: readonly StoredPost[], count: number): StoredPost[] {
  return byTime(posts)
    .slice(-count)
    .reverse()
    .map(({ record }) => record);
}

/** "x" or "x:@handle", the value of the account picker; "" for every account. */
export function accountKey(choice: AccountChoice | undefined): string {
  if (!choice?.platform) return '';
  return choice.profile === undefined ? choice.platform : `${choice.platform}:${choice.profile}`;
}

export function accountFromKey(key: string, accounts: readonly Account[]): AccountChoice | undefined {
  const found = accounts.find((a) => accountKey(a) === key);
  return found ? { platform: found.platform, ...(found.profile !== undefined ? { profile: found.profile } : {}) } : undefined;
}

/** A share as a whole percentage. */
export function percent(share: number | null): string {
  return share === null ? '\u2013' : `${Math.round(share * 100)}%`;
}
