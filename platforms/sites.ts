import { PLATFORMS } from './index';
import type { PlatformId } from './types';

/** Match patterns for the content script: the supported sites' own hosts, and nothing else. */
export const CONTENT_SCRIPT_MATCHES: string[] = Object.values(PLATFORMS).flatMap((p) =>
  p.site.hosts.map((host) => `https://${host}/*`),
);

/** Which platform a page belongs to; user-enabled Mastodon instances count as Mastodon. */
export function platformForHost(hostname: string, mastodonInstances: readonly string[] = []): PlatformId | undefined {
  for (const platform of Object.values(PLATFORMS)) {
    if (platform.site.hosts.includes(hostname)) return platform.id;
  }
  return mastodonInstances.includes(hostname) ? 'mastodon' : undefined;
}

/** Whether an editable root is one of the platform's composers by the site's own markup. */
export function matchesComposer(platform: PlatformId, root: Element): boolean {
  return PLATFORMS[platform].site.composers.some((selector) => {
    try {
      return root.matches(selector) || root.closest(selector) !== null || root.querySelector(selector) !== null;
    } catch {
      return false;
    }
  });
}
