import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const POLYFILL = '@wxt-dev/webextension-polyfill/browser';
/** WXT builds each content script on its own, from a virtual module named after the script's kind. */
const CONTENT_SCRIPT_ENTRY = /^virtual:wxt-content-script-/;
const NATIVE = createRequire(import.meta.url).resolve('@wxt-dev/browser');

/**
 * The composer script runs in every tab of nine sites and has a size budget of 60 kB, and
 * webextension-polyfill alone is 9.6 kB of it. Everything the script asks of the browser
 * (runtime.sendMessage, runtime.connect, storage.onChanged, and runtime.onMessage answered through
 * `sendResponse`) already works with promises natively in the browsers the manifest admits (Chrome 123,
 * Firefox 140). So content scripts get the browser's own `browser`/`chrome` object, which is what WXT's
 * `wxt/browser` is without the polyfill module. The extension's pages and its background, whose message
 * handlers answer with promises, keep the polyfill.
 */
export function nativeApiInContentScripts(): Plugin {
  let contentScript = false;
  return {
    name: 'rapport:native-api-in-content-scripts',
    enforce: 'pre',
    configResolved(config) {
      const lib = config.build.lib;
      contentScript = Boolean(lib && CONTENT_SCRIPT_ENTRY.test(String(lib.entry)));
    },
    resolveId(source) {
      if (contentScript && (source === POLYFILL || source === 'wxt/browser')) return NATIVE;
      return null;
    },
  };
}
