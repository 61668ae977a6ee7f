import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { ICON_SIZES } from '../../scripts/lib/icon-sizes';
import { pngSize } from '../support/png';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
type IconManifest = { icons?: Record<string, string>; action?: { default_icon?: Record<string, string> } };

async function manifestFor(browser: 'chrome' | 'firefox'): Promise<IconManifest> {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: manifest is expected to be a function of the browser');
  return (await manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' })) as IconManifest;
}

describe('public/icon', () => {
  it.each(ICON_SIZES)('%i.png is a PNG of exactly that size', (size) => {
    const file = join(root, 'public/icon', `${size}.png`);
    expect(existsSync(file)).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
  });

  it.each(['chrome', 'firefox'] as const)('the %s manifest lists every size for the extension and its toolbar button', async (browser) => {
    const manifest = await manifestFor(browser);
    for (const listing of [manifest.icons, manifest.action?.default_icon]) {
      expect(Object.keys(listing ?? {}).map(Number).sort((a, b) => a - b)).toEqual([...ICON_SIZES]);
      for (const [size, path] of Object.entries(listing ?? {})) {
        // WXT copies public/ to the build's root, so each listed path must be a file under public/.
        expect(pngSize(readFileSync(join(root, 'public', path))).width).toBe(Number(size));
      }
    }
  });
});
