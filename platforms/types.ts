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
 * - `graphemes`: user-perceived characters (Bluesky; Mastodon's server also counts grapheme clusters);
 * - `code-points`: Unicode code points (Threads);
 * - `utf16`: JavaScript string length (what most web forms count).
 */
export type CountingMethod = 'x-weighted' | 'graphemes' | 'code-points' | 'utf16';

/**
 * Where a platform's composers live on its web app. Selectors are the hooks the sites themselves use (test
 * ids, roles, editor class names), each with a comment on where it matches; they are checked at run time,
 * never trusted blindly: an editor that Rapport recognises by its technology is coached even when a site
 * changes its markup.
 */
export interface SiteInfo {
  /** Host names the content script runs on. */
  hosts: readonly string[];
  /** The editable elements (or an ancestor of them) that are post, reply or comment composers. */
  composers: readonly string[];
  /** The buttons that publish what the composer holds. */
  submit: readonly string[];
  /** Ctrl+Enter (Cmd+Enter on a Mac) in the composer publishes, as its post button would. */
  submitShortcut?: boolean;
  /**
   * Composers (or an ancestor of them) that answer someone: comment and reply boxes. A composer whose label
   * or placeholder says reply or comment counts too, so only the markup the labels miss is listed.
   */
  replies?: readonly string[];
}

/** What we know about a site. Data only: no DOM and no code, so the engine and the content script can share it. */
export interface PlatformInfo {
  id: PlatformId;
  name: string;
  /** Longest post the composer accepts, in the platform's own counting. */
  limit: number;
  counting: CountingMethod;
  /** Every http(s) link counts as this many characters whatever its length (Mastodon: 23). */
  linkLength?: number;
  /** A remote mention `@name@instance` counts only its `@name` part (Mastodon). */
  shortRemoteMentions?: boolean;
  /** Where the feed folds a long post behind "see more", if it does. */
  fold?: { characters: number; lines: number };
  /** More hashtags than this reads as stuffing on this platform. */
  maxHashtags: number;
  /** More emoji than this reads as noise on this platform. */
  maxEmoji: number;
  site: SiteInfo;
}
