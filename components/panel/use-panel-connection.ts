import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  type ActOutcome,
  type CardAction,
  type ComposerState,
  type FindingPayload,
  type PanelClientMessage,
  type PanelServerMessage,
  type PanelState,
} from '@/utils/messages';
import { PANEL_PORT } from '@/utils/ports';

const OUTCOME_NOTICE: Partial<Record<ActOutcome, string>> = {
  stale: 'The draft changed since it was checked, so nothing was done. Have another look at the updated list.',
  failed: 'The editor did not take the change. You can make it by hand.',
  missing: 'That post box is gone from the page (it was closed or the page changed).',
};

/**
 * The panel's line to the background. It watches one tab: the one given in the URL (`?tabId=`, used when
 * the panel is opened as a normal tab, e.g. by the browser tests), or else the active tab of the panel's
 * window, followed as the user switches tabs. The last state stays on screen until a newer one arrives,
 * and a dropped port (the service worker restarted) is reconnected.
 */
export function usePanelConnection(fixedTabId?: number) {
  const [state, setState] = useState<PanelState | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const port = useRef<ReturnType<typeof browser.runtime.connect> | undefined>(undefined);
  const watched = useRef<number | undefined>(fixedTabId);
  const nextId = useRef(0);
  const noticeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const say = useCallback((text: string | undefined) => {
    clearTimeout(noticeTimer.current);
    setNotice(text);
    if (text) noticeTimer.current = setTimeout(() => setNotice(undefined), 6000);
  }, []);

  useEffect(() => {
    let disposed = false;
    let windowId: number | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const send = (message: PanelClientMessage) => {
      try {
        port.current?.postMessage(message);
      } catch {
        // Disconnected; the reconnect below sends `watch` again.
      }
    };
    // Only a real panel (not one pinned to a tab by `?tabId=`) says which window it is in: the shortcut
    // closes the panel of its window, and must not close a tab.
    const watch = () => {
      if (watched.current === undefined) return;
      send({ type: 'watch', tabId: watched.current, ...(fixedTabId === undefined && windowId !== undefined ? { windowId } : {}) });
    };

    const onMessage = (message: PanelServerMessage) => {
      if (message.type === 'state') {
        if (message.tabId === watched.current) setState(message);
      } else if (message.type === 'act-result') {
        say(OUTCOME_NOTICE[message.outcome]);
      } else if (message.type === 'close') {
        // The keyboard shortcut: Chrome has no sidePanel.close(), but a panel may close itself
        // (w3c/webextensions#521).
        window.close();
      }
    };

    const connect = () => {
      if (disposed) return;
      const p = browser.runtime.connect({ name: PANEL_PORT });
      port.current = p;
      p.onMessage.addListener(onMessage as (message: unknown) => void);
      p.onDisconnect.addListener(() => {
        if (port.current === p) port.current = undefined;
        if (!disposed) retry = setTimeout(connect, 300);
      });
      watch();
    };

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (fixedTabId !== undefined || info.windowId !== windowId) return;
      watched.current = info.tabId;
      watch();
    };

    void (async () => {
      try {
        windowId = (await browser.windows.getCurrent()).id;
      } catch {
        windowId = undefined;
      }
      if (watched.current === undefined) {
        const [tab] = await browser.tabs.query({ active: true, ...(windowId !== undefined ? { windowId } : { currentWindow: true }) });
        watched.current = tab?.id;
      }
      connect();
    })();
    browser.tabs.onActivated.addListener(onActivated);

    return () => {
      disposed = true;
      clearTimeout(retry);
      browser.tabs.onActivated.removeListener(onActivated);
      port.current?.disconnect();
    };
  }, [fixedTabId, say]);

  const act = useCallback((action: CardAction, finding: FindingPayload, composer: ComposerState) => {
    const tabId = watched.current;
    if (tabId === undefined || !port.current) return say('Rapport lost track of the page. Click into the post box again.');
    if (action !== 'select') say(undefined);
    port.current.postMessage({
      type: 'act',
      id: ++nextId.current,
      tabId,
      composerId: composer.composerId,
      action,
      key: finding.key,
      start: finding.start,
    } satisfies PanelClientMessage);
  }, [say]);

  return { state, notice, act };
}
