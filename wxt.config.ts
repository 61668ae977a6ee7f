import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

const inRepo = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The background loads compromise's tagger on first use, not at start-up (rules/engine/tagger.lazy.ts):
 * the engine's `./tagger` becomes the lazy one, and the lazy one's `require('compromise/two')` is pointed at
 * compromise's ES source (a plain `require` would pick its CommonJS build, a second copy of compromise).
 */
function lazyTagger(): Plugin {
  const engine = inRepo('./rules/engine/');
  return {
    name: 'rapport:lazy-tagger',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './tagger' && importer === `${engine}nlp.ts`) return `${engine}tagger.lazy.ts`;
      if (source === 'compromise/two' && importer === `${engine}tagger.lazy.ts`) return inRepo('./node_modules/compromise/src/two.js');
      return null;
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), lazyTagger()] }),
  manifest: ({ browser }) => ({
    name: 'Rapport',
    description: 'A writing coach for social posts that runs entirely in your browser.',
    // storage: settings; sidePanel is added by WXT for the panel; scripting: the composer script on the
    // Mastodon instances a user adds, each only after the user grants that one origin.
    permissions: ['storage', 'scripting'],
    optional_host_permissions: ['https://*/*'],
    // The toolbar button opens the side panel (Chrome: setPanelBehavior; Firefox: the sidebar). No popup.
    action: { default_title: 'Rapport: open the suggestions panel' },
    // One shortcut opens and closes the panel. Firefox toggles its sidebar natively; Chrome gets a named
    // command the background answers (utils/panel-wiring.ts).
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+R' }, description: 'Open or close the Rapport panel' } }
        : { 'toggle-panel': { suggested_key: { default: 'Alt+Shift+R' }, description: 'Open or close the Rapport panel' } },
  }),
});
