import { CONTENT_SCRIPT_MATCHES, platformForHost } from '@/platforms/sites';
import type { PlatformId } from '@/platforms/types';
import type { SiteStatus } from '@/utils/messages';
import { startCoach } from './coach';
import type { Send } from './send';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const send: Send = (request) => browser.runtime.sendMessage(request);
    // A Mastodon instance the user added is only known to the background's settings.
    let platform: PlatformId | undefined = platformForHost(location.hostname);
    if (!platform) {
      const status = (await send({ type: 'site-status', hostname: location.hostname }).catch(() => undefined)) as
        | SiteStatus
        | undefined;
      if (status?.platform === 'mastodon') platform = 'mastodon';
    }
    if (platform) startCoach(ctx, platform, send);
  },
});
