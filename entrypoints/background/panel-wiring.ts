import { browser } from 'wxt/browser';
import type { Sender } from './engine-host';
import type { PanelServerMessage } from '@/utils/messages';
import { PANEL_PORT } from '@/utils/ports';
import type { PanelHub } from './panel-hub';

/** The keyboard shortcut's command (manifest `commands`); Firefox uses its built-in sidebar toggle. */
export const TOGGLE_COMMAND = 'toggle-panel';

/**
 * Chrome's side panel and Firefox's sidebar are different APIs, and webextension-polyfill knows neither
 * (mozilla/webextension-polyfill#583), so they are reached on the native globals and checked before use.
 */
interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
  toggle?(): Promise<void>;
}

function sidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

function sidebar(): FirefoxSidebar | undefined {
  return (globalThis as { browser?: { sidebarAction?: FirefoxSidebar } }).browser?.sidebarAction;
}

/**
 * Opens the panel for the tab a message came from. Must run synchronously in the message listener: the
 * badge click's user gesture does not survive an await.
 */
export function openPanelFor(sender: Sender): boolean {
  const tabId = sender.tab?.id;
  const chrome = sidePanel();
  if (chrome && tabId !== undefined) {
    chrome.open({ tabId }).catch(() => undefined);
    return true;
  }
  const firefox = sidebar();
  if (firefox) {
    firefox.open().catch(() => undefined);
    return true;
  }
  return false;
}

/** Connects the hub to the browser: panel ports, tab life cycle, the toolbar button and the shortcut. */
export function wirePanel(hub: PanelHub): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT) return;
    const link = hub.connect({
      post: (message: PanelServerMessage) => {
        try {
          port.postMessage(message);
        } catch {
          // The panel closed between the push and now.
        }
      },
    });
    port.onMessage.addListener((message: unknown) => link.receive(message));
    port.onDisconnect.addListener(() => link.disconnect());
  });

  browser.tabs.onRemoved.addListener((tabId) => hub.tabClosed(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') hub.tabLoaded(tabId);
  });

  // The toolbar button opens the panel (Chrome); Firefox toggles its sidebar from the button instead.
  const chrome = sidePanel();
  if (chrome) {
    chrome.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else {
    const action = (browser as unknown as { browserAction?: typeof browser.action }).browserAction ?? browser.action;
    action?.onClicked.addListener(() => void sidebar()?.toggle?.());
  }

  // The shortcut toggles: it closes the panel open in the window, or opens one. Commands carry a user
  // gesture, so open() is allowed here as long as it is called before any await.
  browser.commands?.onCommand.addListener((command: string, tab?: { windowId?: number }) => {
    if (command !== TOGGLE_COMMAND) return;
    const windowId = tab?.windowId;
    if (windowId === undefined) return;
    const open = hub.panelInWindow(windowId);
    if (open) open.post({ type: 'close' });
    else sidePanel()?.open({ windowId }).catch(() => undefined);
  });
}
