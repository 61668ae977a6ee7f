export const PLATFORM_IDS = [
  'x',
  'linkedin',
  'facebook',
  'instagram',
  'threads',
  'bluesky',
  'mastodon',
  'reddit',
  'youtube',
] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

export function isPlatformId(id: string): id is PlatformId {
  return (PLATFORM_IDS as readonly string[]).includes(id);
}

/**
 * How a platform counts a post's length:
 * - `x-weighted`: X's weighted count (most CJK and emoji count 2, any URL counts 23), as twitter-text does;
 * - `graphemes`: user-perceived characters (Bluesky);
 * - `code-points`: Unicode code points (Mastodon, Threads);
 * - `utf16`: JavaScript string length (what most web forms count).
 */
export type CountingMethod = 'x-weighted' | 'graphemes' | 'code-points' | 'utf16';

/** What we know about a site. Data only: no DOM and no code, so the engine and the content script can share it. */
export interface PlatformInfo {
  id: PlatformId;
  name: string;
  /** Longest post the composer accepts, in the platform's own counting. */
  limit: number;
  counting: CountingMethod;
  /** Where the feed folds a long post behind "see more", if it does. */
  fold?: { characters: number; lines: number };
  /** More hashtags than this reads as stuffing on this platform. */
  maxHashtags: number;
  /** More emoji than this reads as noise on this platform. */
  maxEmoji: number;
}
