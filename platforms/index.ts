import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { threads } from './threads';
import type { PlatformId, PlatformInfo } from './types';
import { x } from './x';
import { youtube } from './youtube';

/** What we know about each site, by id. Data only, so the engine and the content script can share it. */
export const PLATFORMS: Record<PlatformId, PlatformInfo> = {
  x,
  linkedin,
  facebook,
  instagram,
  threads,
  bluesky,
  mastodon,
  reddit,
  youtube,
};

export function getPlatform(id: PlatformId): PlatformInfo {
  return PLATFORMS[id];
}

export { PLATFORM_IDS, isPlatformId } from './types';
export type { CountingMethod, PlatformId, PlatformInfo } from './types';
