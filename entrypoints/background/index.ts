import { loadSettings, parseSettings, settingsItem, updateSettings } from '@/utils/settings';
import { acceptComposerPorts } from './composer-ports';
import { createEngineHost } from './engine-host';
import { wireHousePacks } from './house-pack-wiring';
import { createHousePacks } from './house-packs';
import { wireFirstRun } from './first-run';
import { syncMastodonInstances } from './mastodon-instances';
import { createPanelHub } from './panel-hub';
import { openPanelFor, wirePanel } from './panel-wiring';
import { alsoOnBadge, createToolbarBadge, wireToolbarBadge } from './toolbar-badge';

export default defineBackground(() => {
  wireFirstRun();
  const hub = createPanelHub({ sendToTab: (tabId, command) => browser.tabs.sendMessage(tabId, command) });
  const houses = createHousePacks();
  const badge = createToolbarBadge(browser.action);
  wireToolbarBadge(badge);
  const panel = { hub: alsoOnBadge(hub, badge), open: openPanelFor };
  const handle = createEngineHost(loadSettings, updateSettings, panel, undefined, undefined, houses);
  browser.runtime.onMessage.addListener((message: unknown, sender) => handle(message, sender));
  acceptComposerPorts();
  void wireHousePacks(houses).catch(() => undefined);
  wirePanel(hub);
  const syncInstances = () => void loadSettings().then(syncMastodonInstances).catch(() => undefined);
  syncInstances();
  settingsItem.watch((value) => void syncMastodonInstances(parseSettings(value)).catch(() => undefined));
  browser.permissions.onAdded.addListener(syncInstances);
  browser.permissions.onRemoved.addListener(syncInstances);
});
