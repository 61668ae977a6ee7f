/**
 * The manifests WXT generated for each store, read from the builds `npm run zip` leaves in .output/
 * (`npm run test:package` builds them first). They are checked as built because WXT rewrites the config's
 * manifest per browser: it once dropped Firefox's optional origins without a word.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES } from '../../platforms/sites';
import { pngSize } from '../support/png';
import { BUILDS, builtManifest, SIZES, VERSION, type Browser } from './output';

const BROWSERS: Browser[] = ['chrome', 'firefox'];

/** What each build may ask for, and nothing more: settings storage, the Mastodon script, Chrome's panel. */
const PERMISSIONS: Record<Browser, string[]> = {
  chrome: ['alarms', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage'],
  firefox: ['alarms', 'scripting', 'storage', 'unlimitedStorage'],
};

describe.each(BROWSERS)('%s manifest', (browser) => {
  const manifest = builtManifest(browser);
  const iconFile = (path: string) => join(BUILDS[browser], path);

  it('is Manifest V3, named Rapport, at package.json version', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('Rapport');
    expect(manifest.version).toBe(VERSION);
  });

  it('lists an icon at every size, each a PNG of that size in the build', () => {
    expect(Object.keys(manifest.icons).sort()).toEqual([...SIZES].sort());
    for (const [size, path] of Object.entries(manifest.icons)) {
      expect(existsSync(iconFile(path)), path).toBe(true);
      expect(pngSize(readFileSync(iconFile(path)))).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it('gives the toolbar button the same icons', () => {
    expect(manifest.action.default_icon).toEqual(manifest.icons);
    for (const path of Object.values(manifest.action.default_icon)) expect(existsSync(iconFile(path)), path).toBe(true);
  });

  it('asks for exactly the permissions it uses, and no site access beyond the composers', () => {
    expect([...manifest.permissions].sort()).toEqual(PERMISSIONS[browser]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts.flatMap((script) => script.matches).sort()).toEqual([...CONTENT_SCRIPT_MATCHES].sort());
  });

  it('can ask, one site at a time, for the Mastodon instances a user adds', () => {
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('asks Chrome for version 123, the first that reads the light-dark() colours of every page and the badge', () => {
    if (browser === 'firefox') return expect(manifest.minimum_chrome_version).toBeUndefined();
    expect(manifest.minimum_chrome_version).toBe('123');
  });

  it('gives Chrome the schema of what an administrator may set by policy (Firefox reads policies.json)', () => {
    if (browser === 'firefox') return expect(manifest.storage).toBeUndefined();
    const schema = JSON.parse(readFileSync(join(BUILDS[browser], manifest.storage!.managed_schema!), 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual(['housePack', 'housePackUrl', 'lockPack', 'lockedRules']);
  });

  it('has one shortcut for the panel', () => {
    const command = browser === 'firefox' ? '_execute_sidebar_action' : 'toggle-panel';
    expect(Object.keys(manifest.commands)).toEqual([command]);
  });
});

describe('chrome manifest only', () => {
  const manifest = builtManifest('chrome');

  it('runs the background as a service worker and opens a side panel', () => {
    expect(manifest.background.service_worker).toBe('background.js');
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
  });

  it('carries no Firefox settings', () => {
    expect(manifest.browser_specific_settings).toBeUndefined();
  });
});

describe('firefox manifest only', () => {
  const manifest = builtManifest('firefox');
  const gecko = manifest.browser_specific_settings?.gecko;

  it('has a fixed add-on id and a minimum version that reads the data-collection declaration', () => {
    expect(gecko?.id).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
    expect(gecko?.strict_min_version).toBe('140.0');
    expect(manifest.browser_specific_settings?.gecko_android?.strict_min_version).toBe('142.0');
  });

  it('declares that it collects no data', () => {
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('runs the background as an event page and opens the sidebar, with the toolbar icons', () => {
    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest.sidebar_action?.default_icon).toEqual(manifest.action.default_icon);
  });
});
