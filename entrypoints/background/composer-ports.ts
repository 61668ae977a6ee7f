import { COMPOSER_PORT } from '@/utils/ports';

type Port = ReturnType<typeof browser.runtime.connect>;

/**
 * Accepts the composer pages' ports (entrypoints/composer.content/wake.ts). They carry no messages: a page
 * holds one to learn, when it closes, that this service worker stopped. Kept referenced until they close.
 */
export function acceptComposerPorts(): void {
  const open = new Set<Port>();
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== COMPOSER_PORT) return;
    open.add(port);
    port.onDisconnect.addListener(() => open.delete(port));
  });
}
