import { getPlatform } from '../../platforms/index';
import type { PlatformId } from '../../platforms/types';
import { countForPlatform } from './counting';

/** How close to the limit a draft must be before the room left is worth a word: the last tenth. */
const NEAR = 0.9;

/**
 * A note on the room left when a draft is within the last tenth of its platform's limit (channel-fit), so
 * the writer knows before the platform cuts them off; over the limit is the length-limit rule's finding.
 */
export function roomLeftNote(text: string, platformId: PlatformId | undefined): string | undefined {
  if (!platformId) return undefined;
  const platform = getPlatform(platformId);
  const used = countForPlatform(text, platform);
  const left = platform.limit - used;
  if (left < 0 || used < platform.limit * NEAR) return undefined;
  const limit = platform.limit.toLocaleString('en');
  if (left === 0) return `This post uses all ${limit} characters ${platform.name} allows, counted as ${platform.name} counts them.`;
  return `${left.toLocaleString('en')} ${left === 1 ? 'character' : 'characters'} left of ${platform.name}\u2019s ${limit}, counted as ${platform.name} counts them.`;
}
