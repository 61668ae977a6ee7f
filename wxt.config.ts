import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { libraryPatches } from './build/library-patches';
import { precomputedTaggerModel } from './build/tagger-model';
import taggerSources from './build/tagger-sources.json';
import { nativeApiInContentScripts } from './build/native-api-in-content-scripts';
import { ICON_PATHS } from './scripts/lib/icon-sizes';

const inRepo = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * What the lazy tagger's `require` ids load, inside compromise's package: its ES source (a plain
 * `require('compromise/two')` would pick its CommonJS build, a second copy of compromise), the whole tagger
 * or the first parts of it. Shared with the CLI's build (scripts/build-cli.mjs).
 */
const TAGGER_SOURCES: Record<string, string> = taggerSources;

/**
 * The background loads compromise's tagger on first use, not at start-up (rules/engine/tagger.lazy.ts):
 * the engine's `./tagger` becomes the lazy one, and the lazy one's `require`s are pointed at compromise's
 * ES source (TAGGER_SOURCES).
 * A build that bundles the engine without the swap fails, rather than quietly starting slower.
 */
function lazyTagger(): Plugin {
  const engine = inRepo('./rules/engine/');
  const nlp = `${engine}nlp.ts`;
  const lazy = `${engine}tagger.lazy.ts`;
  const file = (id: string | undefined) => (id ? resolve(id.split('?')[0]!) : undefined);
  let swapped = false;
  return {
    name: 'rapport:lazy-tagger',
    enforce: 'pre',
    resolveId(source, importer) {
      const from = file(importer);
      if (source === './tagger' && from === nlp) {
        swapped = true;
        return lazy;
      }
      const part = from === lazy ? TAGGER_SOURCES[source] : undefined;
      if (part) return inRepo(`./node_modules/compromise/${part}`);
      return null;
    },
    buildEnd() {
      if (!swapped && [...this.getModuleIds()].some((id) => file(id) === nlp)) {
        this.error('rules/engine/nlp.ts was bundled with the eager tagger: the lazy-tagger swap did not match');
      }
    },
  };
}

/**
 * Firefox's identity and promises (addons.mozilla.org). The id never changes once published. Firefox 140 is
 * the first desktop version to read `data_collection_permissions`; "none" says that Rapport collects and
 * sends nothing.
 */
const GECKO = {
  id: '{fd81bf42-cb8c-4feb-aee9-b6eb44174840}',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
};
/** Firefox for Android reads `data_collection_permissions` from version 142. */
const GECKO_ANDROID = { strict_min_version: '142.0' };

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 for Firefox too (WXT's default there is MV2): the same manifest shape as Chrome's (`action`,
  // `optional_host_permissions` for the Mastodon instances a user adds), and a background that may stop
  // and restart, which the extension already expects of Chrome's service worker. Firefox 140, the floor
  // set by `data_collection_permissions`, supports all of it.
  manifestVersion: 3,
  // The dashboard's import worker is bundled by Vite's own worker build, which takes plugins of its own: the
  // same patches (addons.mozilla.org's linter reads the worker too), the same lazy tagger and its model.
  vite: () => ({
    plugins: [preact(), lazyTagger(), precomputedTaggerModel(), libraryPatches(), nativeApiInContentScripts()],
    worker: { format: 'es', plugins: () => [lazyTagger(), precomputedTaggerModel(), libraryPatches()] },
  }),
  // The sources zip addons.mozilla.org asks for holds what rebuilds the Firefox package: not the store
  // pictures, nor what .gitignore keeps out of the repository (WXT leaves out node_modules, .output and
  // dotfiles itself); .nvmrc names the Node version to build with.
  zip: {
    includeSources: ['.nvmrc'],
    excludeSources: ['store/screenshots/**', 'dist/**', 'tests/e2e/screenshots/**', 'test-results/**', 'stats.html', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: 'Rapport',
    description: 'A writing coach for social posts that runs entirely in your browser.',
    // storage: settings; sidePanel is added by WXT for the panel; scripting: the composer script on the
    // Mastodon instances a user adds, each only after the user grants that one origin; alarms: the daily
    // refresh of house-rule packs that come from an address (a service worker's timers die with it);
    // unlimitedStorage: a posting history of tens of thousands of posts outgrows storage.local's 10 MB.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms'],
    // One origin at a time, each asked for when the user adds it: a Mastodon instance, or a house pack's address.
    optional_host_permissions: ['https://*/*'],
    // What an administrator may set by policy (entrypoints/background/house-policy.ts). Chrome reads the
    // schema; Firefox takes the same fields from policies.json's 3rdparty section and needs none.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // Chrome 123 is the first to read CSS light-dark(), which every page's colours and the badge's use for the
    // appearance choice (components/shared/theme.css); Firefox 140, the floor set below, has it.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '123' }),
    // WXT lists public/icon/*.png under icons; the toolbar button names them too, so it never falls back to
    // the browser's puzzle piece. The button opens the side panel (Chrome: setPanelBehavior; Firefox: the
    // sidebar). No popup.
    icons: ICON_PATHS,
    action: { default_title: 'Rapport: open the suggestions panel', default_icon: ICON_PATHS },
    // One shortcut opens and closes the panel. Firefox toggles its sidebar natively; Chrome gets a named
    // command the background answers (entrypoints/background/panel-wiring.ts).
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+R' }, description: 'Open or close the Rapport panel' } }
        : { 'toggle-panel': { suggested_key: { default: 'Alt+Shift+R' }, description: 'Open or close the Rapport panel' } },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: GECKO, gecko_android: GECKO_ANDROID } } : {}),
  }),
  hooks: {
    // WXT writes Firefox's sidebar_action from the side panel's page and gives it no icon of its own.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.sidebar_action) manifest.sidebar_action.default_icon = ICON_PATHS;
    },
  },
});
