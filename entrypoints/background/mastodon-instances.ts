import { instanceOrigin } from '@/utils/mastodon-hosts';
import type { Settings } from '@/utils/settings';

/** The id of the content script registered at run time for the Mastodon instances the user added. */
const SCRIPT_ID = 'rapport-mastodon-instances';
const SCRIPT_FILE = 'content-scripts/composer.js';

/**
 * Mastodon is federated: no fixed list of sites can hold every instance. The user adds theirs on the
 * options page, which asks for that one origin (an optional host permission); the background then runs the
 * composer script there too. Instances whose permission was not granted (or was revoked) are left out.
 */
export async function syncMastodonInstances(settings: Settings): Promise<string[]> {
  const granted: string[] = [];
  for (const host of settings.mastodonInstances) {
    if (await browser.permissions.contains({ origins: [instanceOrigin(host)] })) granted.push(host);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted.map(instanceOrigin), js: [SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return granted;
}
