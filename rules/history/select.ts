import type { PlatformId } from '../../platforms/types';
import type { PostRecord } from './types';

/** One account on one platform, and how many posts the history holds for it. */
export interface Account {
  platform: PlatformId;
  /** Absent when the posts did not say whose they were. */
  profile?: string;
  posts: number;
}

/** The accounts in a history, most posts first: the dashboard's choice of platform and profile. */
export function accountsOf(posts: readonly Pick<PostRecord, 'platform' | 'profile'>[]): Account[] {
  const counts = new Map<string, Account>();
  for (const post of posts) {
    const key = `${post.platform}\u0000${post.profile ?? ''}`;
    const account = counts.get(key) ?? { platform: post.platform, ...(post.profile ? { profile: post.profile } : {}), posts: 0 };
    account.posts += 1;
    counts.set(key, account);
  }
  return [...counts.values()].sort((a, b) => b.posts - a.posts || a.platform.localeCompare(b.platform) || (a.profile ?? '').localeCompare(b.profile ?? ''));
}

/**
 * The posts of one platform and, when given, one profile: the ratio is judged per account, as a feed's
 * readers see it. A profile of `undefined` keeps every profile of the platform.
 */
export function postsOf<T extends Pick<PostRecord, 'platform' | 'profile'>>(posts: readonly T[], account: { platform?: PlatformId; profile?: string }): T[] {
  return posts.filter((post) => (!account.platform || post.platform === account.platform) && (account.profile === undefined || post.profile === account.profile));
}
