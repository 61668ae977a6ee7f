import { CONTENT_SCRIPT_MATCHES, platformForHost } from '@/platforms/sites';
import { startCoach } from './coach';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const platform = platformForHost(location.hostname);
    if (!platform) return;
    startCoach(ctx, platform, (request) => browser.runtime.sendMessage(request));
  },
});
