/** The store packages `npm run zip` writes: each holds the build's manifest, icons and scripts. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../support/png';
import { builtManifest, REPO_ROOT, SIZES, ZIPS, type Browser } from './output';
import { ZipFile } from './zip-reader';

describe.each(['chrome', 'firefox'] as Browser[])('%s package', (browser) => {
  const zip = new ZipFile(ZIPS[browser]);
  const manifest = builtManifest(browser);

  it('holds the manifest at its root, the same as the build', () => {
    expect(JSON.parse(zip.read('manifest.json').toString('utf8'))).toEqual(manifest);
  });

  it('holds every icon the manifest names, at its size', () => {
    for (const size of SIZES) {
      expect(pngSize(zip.read(manifest.icons[size]!))).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it('holds the background, the content script and the pages the manifest names', () => {
    const names = zip.names();
    const pages = [manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel, 'options.html'];
    const scripts = [...(manifest.background.scripts ?? [manifest.background.service_worker]), ...manifest.content_scripts.flatMap((s) => s.js)];
    for (const file of [...pages, ...scripts]) expect(names, String(file)).toContain(file);
  });
});

describe('sources package for addons.mozilla.org', () => {
  const zip = new ZipFile(ZIPS.sources);
  const names = zip.names();

  it('holds what a reviewer needs to rebuild the Firefox package', () => {
    for (const file of ['package.json', 'package-lock.json', '.nvmrc', 'wxt.config.ts', 'README.md', 'LICENSE', 'assets/icon.svg', 'build/library-patches.ts']) {
      expect(names, file).toContain(file);
    }
    expect(names.some((name) => name.startsWith('rules/builtin/'))).toBe(true);
    expect(zip.read('package.json').equals(readFileSync(`${REPO_ROOT}/package.json`))).toBe(true);
  });

  it('leaves out installed packages, builds, test files and whatever git ignores', () => {
    expect(names.filter((name) => /^(node_modules|\.output|\.wxt)\//.test(name) || /\.test\.tsx?$/.test(name))).toEqual([]);
    const files = names.filter((name) => !name.endsWith('/'));
    const ignored = spawnSync('git', ['check-ignore', '--no-index', '--stdin'], { cwd: REPO_ROOT, input: files.join('\n'), encoding: 'utf8' });
    expect(ignored.error).toBeUndefined();
    expect(ignored.stdout.split('\n').filter(Boolean)).toEqual([]);
    expect(names.filter((name) => name.startsWith('store/screenshots/'))).toEqual([]);
  });
});
