import { COMPOSER_PORT } from '@/utils/ports';
import { sendQuietly, type Send } from './send';

export interface Waker {
  /**
   * Called on focus and on every keystroke: wakes the background if it went to sleep. `draft` is read only
   * when waking, so the background can prepare for the text being written.
   */
  ensureAwake(draft?: () => string): void;
  close(): void;
}

/**
 * Knows whether the background is awake through a port to it, which closes when its service worker stops
 * (Chromium stops an idle worker after about 30 s). The first keystroke after that reconnects, which starts
 * the worker, and asks it to warm its engine on the draft so far, so the start-up overlaps the typing and the
 * pause before the check instead of following them. While the port is open a keystroke costs one comparison.
 */
export function createWaker(send: Send): Waker {
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  return {
    ensureAwake(draft) {
      if (port) return;
      try {
        const opened = browser.runtime.connect({ name: COMPOSER_PORT });
        opened.onDisconnect.addListener(() => {
          void browser.runtime.lastError; // read, so Chromium does not log it as unchecked
          if (port === opened) port = undefined;
        });
        port = opened;
        sendQuietly(send, { type: 'warm-up', draft: draft?.() });
      } catch {
        // The extension was reloaded or removed: there is nothing to wake.
      }
    },
    close() {
      port?.disconnect();
      port = undefined;
    },
  };
}
