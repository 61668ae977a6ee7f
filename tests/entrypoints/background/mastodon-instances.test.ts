import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { syncMastodonInstances } from '../../../entrypoints/background/mastodon-instances';
import { DEFAULT_SETTINGS } from '../../../utils/settings';

describe('syncMastodonInstances', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('registers the composer script only on instances whose origin the user granted', async () => {
    const granted = new Set(['https://fosstodon.org/*']);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) => granted.has(origins![0]!));
    const registered: unknown[] = [];
    (fakeBrowser as unknown as { scripting: unknown }).scripting = {
      getRegisteredContentScripts: async () => [],
      unregisterContentScripts: async () => undefined,
      registerContentScripts: async (scripts: unknown[]) => void registered.push(...scripts),
    };
    const hosts = await syncMastodonInstances({ ...DEFAULT_SETTINGS, mastodonInstances: ['fosstodon.org', 'hachyderm.io'] });
    expect(hosts).toEqual(['fosstodon.org']);
    expect(registered).toEqual([expect.objectContaining({ matches: ['https://fosstodon.org/*'], js: ['content-scripts/composer.js'] })]);
  });
});
