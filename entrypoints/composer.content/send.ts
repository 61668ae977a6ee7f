import type { Request } from '@/utils/messages';

/** How the content script reaches the background (`runtime.sendMessage`, or a stand-in in tests). */
export type Send = (request: Request) => Promise<unknown>;

/**
 * Sends a request whose answer nobody waits for. After the extension is reloaded or removed, sending
 * throws or rejects: nobody is listening any more, and the page must not see an error for it.
 */
export function sendQuietly(send: Send, request: Request): void {
  try {
    void send(request).catch(() => undefined);
  } catch {
    // The extension was reloaded: nobody is listening any more.
  }
}
