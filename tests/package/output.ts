/** Where `npm run zip` leaves the builds and store packages (WXT's defaults, named after package.json). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_SIZES } from '../../scripts/lib/icon-sizes';

export const REPO_ROOT = join(import.meta.dirname, '../..');
export const OUTPUT = join(REPO_ROOT, '.output');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
export const VERSION = pkg.version;

export const BUILDS = {
  chrome: join(OUTPUT, 'chrome-mv3'),
  firefox: join(OUTPUT, 'firefox-mv3'),
} as const;
export type Browser = keyof typeof BUILDS;

export const ZIPS = {
  chrome: join(OUTPUT, `${pkg.name}-${pkg.version}-chrome.zip`),
  firefox: join(OUTPUT, `${pkg.name}-${pkg.version}-firefox.zip`),
  sources: join(OUTPUT, `${pkg.name}-${pkg.version}-sources.zip`),
} as const;

/** The built manifest, or a clear failure that says how to build it. */
export function builtManifest(browser: Browser): Manifest {
  const file = join(BUILDS[browser], 'manifest.json');
  if (!existsSync(file)) throw new Error(`no ${file}: run npm run zip (or npm run test:package) first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** The manifest keys these tests read. */
export interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  icons: Record<string, string>;
  action: { default_icon: Record<string, string>; default_title: string };
  permissions: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions: string[];
  /** Chrome only: the oldest Chrome the package installs on. */
  minimum_chrome_version?: string;
  content_scripts: { matches: string[]; js: string[] }[];
  background: { service_worker?: string; scripts?: string[] };
  side_panel?: { default_path: string };
  sidebar_action?: { default_panel: string; default_icon: Record<string, string> };
  commands: Record<string, unknown>;
  storage?: { managed_schema?: string };
  browser_specific_settings?: {
    gecko?: { id: string; strict_min_version: string; data_collection_permissions: { required: string[]; optional?: string[] } };
    gecko_android?: { strict_min_version: string };
  };
}

/** Every icon file a manifest names, by size, for the sizes the project ships. */
export const SIZES = ICON_SIZES.map(String);

