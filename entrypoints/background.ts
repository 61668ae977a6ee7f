import { createEngineHost } from '@/utils/engine-host';
import { createPanelHub } from '@/utils/panel-hub';
import { openPanelFor, wirePanel } from '@/utils/panel-wiring';
import { loadSettings, updateSettings } from '@/utils/settings';

export default defineBackground(() => {
  const hub = createPanelHub({ sendToTab: (tabId, command) => browser.tabs.sendMessage(tabId, command) });
  const handle = createEngineHost(loadSettings, updateSettings, { hub, open: openPanelFor });
  browser.runtime.onMessage.addListener((message: unknown, sender) => handle(message, sender));
  wirePanel(hub);
});
