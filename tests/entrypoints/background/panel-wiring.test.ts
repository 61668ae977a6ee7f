import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analysisPayload } from '../../support/payloads';

/** A minimal event, as the extension APIs have them. */
function event<T extends unknown[]>() {
  const listeners = new Set<(...args: T) => unknown>();
  return {
    addListener: (fn: (...args: T) => unknown) => listeners.add(fn),
    removeListener: (fn: (...args: T) => unknown) => listeners.delete(fn),
    fire: (...args: T) => [...listeners].map((fn) => fn(...args)),
  };
}

const fake = vi.hoisted(() => ({ browser: {} as Record<string, unknown> }));
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { openPanelFor, wirePanel, TOGGLE_COMMAND } = await import('../../../entrypoints/background/panel-wiring');
const { createPanelHub } = await import('../../../entrypoints/background/panel-hub');
const { PANEL_PORT } = await import('../../../utils/ports');

function fakeBrowser() {
  const api = {
    runtime: { onConnect: event<[unknown]>() },
    tabs: { onRemoved: event<[number]>(), onUpdated: event<[number, { status?: string }]>() },
    commands: { onCommand: event<[string, { windowId?: number } | undefined]>() },
    action: { onClicked: event<[]>() },
  };
  Object.assign(fake.browser, api);
  return api;
}

function fakePort(name: string) {
  const onMessage = event<[unknown]>();
  const onDisconnect = event<[]>();
  const posted: unknown[] = [];
  return { name, onMessage, onDisconnect, posted, postMessage: (m: unknown) => posted.push(m) };
}

let sidePanel: { open: ReturnType<typeof vi.fn>; setPanelBehavior: ReturnType<typeof vi.fn> };

beforeEach(() => {
  sidePanel = { open: vi.fn(() => Promise.resolve()), setPanelBehavior: vi.fn(() => Promise.resolve()) };
  vi.stubGlobal('chrome', { sidePanel });
});
afterEach(() => vi.unstubAllGlobals());

describe('opening the panel', () => {
  it('opens Chrome\u2019s side panel for the sender\u2019s tab, synchronously', () => {
    expect(openPanelFor({ tab: { id: 5 } })).toBe(true);
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 5 });
  });

  it('opens Firefox\u2019s sidebar where there is no side panel', () => {
    const sidebarAction = { open: vi.fn(() => Promise.resolve()) };
    vi.stubGlobal('chrome', {});
    vi.stubGlobal('browser', { sidebarAction });
    expect(openPanelFor({ tab: { id: 5 } })).toBe(true);
    expect(sidebarAction.open).toHaveBeenCalled();
  });

  it('says so when neither exists', () => {
    vi.stubGlobal('chrome', {});
    vi.stubGlobal('browser', {});
    expect(openPanelFor({ tab: { id: 5 } })).toBe(false);
  });
});

describe('wiring the panel', () => {
  function wired() {
    const api = fakeBrowser();
    const sendToTab = vi.fn(async () => ({ hostname: 'x.com', platform: 'x', composers: [] }));
    const hub = createPanelHub({ sendToTab });
    wirePanel(hub);
    return { api, hub, sendToTab };
  }

  it('makes the toolbar button open the panel', () => {
    wired();
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('accepts the panel\u2019s port and no other', async () => {
    const { api, sendToTab } = wired();
    const other = fakePort('something-else');
    api.runtime.onConnect.fire(other);
    other.onMessage.fire({ type: 'watch', tabId: 3 });
    const panel = fakePort(PANEL_PORT);
    api.runtime.onConnect.fire(panel);
    panel.onMessage.fire({ type: 'watch', tabId: 3 });
    await new Promise((done) => setTimeout(done, 0));
    expect(sendToTab).toHaveBeenCalledTimes(1);
    expect(panel.posted).toContainEqual(expect.objectContaining({ type: 'state', tabId: 3 }));
  });

  it('resyncs a watched tab when it finishes loading, and forgets closed tabs', async () => {
    const { api, hub, sendToTab } = wired();
    const panel = fakePort(PANEL_PORT);
    api.runtime.onConnect.fire(panel);
    panel.onMessage.fire({ type: 'watch', tabId: 3 });
    api.tabs.onUpdated.fire(3, { status: 'loading' });
    api.tabs.onUpdated.fire(3, { status: 'complete' });
    expect(sendToTab).toHaveBeenCalledTimes(2);
    hub.recordAnalysis(4, { composerId: 'a', revision: 1, text: 'hi' }, analysisPayload());
    api.tabs.onRemoved.fire(4);
    expect(hub.stateOf(4).composer).toBeNull();
  });

  it('the shortcut opens the panel in its window, or closes the one open there', () => {
    const { api } = wired();
    api.commands.onCommand.fire(TOGGLE_COMMAND, { windowId: 8 });
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 8 });

    const panel = fakePort(PANEL_PORT);
    api.runtime.onConnect.fire(panel);
    panel.onMessage.fire({ type: 'watch', tabId: 3, windowId: 8 });
    sidePanel.open.mockClear();
    api.commands.onCommand.fire(TOGGLE_COMMAND, { windowId: 8 });
    expect(sidePanel.open).not.toHaveBeenCalled();
    expect(panel.posted).toContainEqual({ type: 'close' });

    // Once that panel is gone, the shortcut opens one again.
    panel.onDisconnect.fire();
    api.commands.onCommand.fire(TOGGLE_COMMAND, { windowId: 8 });
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 8 });
    api.commands.onCommand.fire('something-else', { windowId: 8 });
    expect(sidePanel.open).toHaveBeenCalledTimes(1);
  });
});
