/** `npm run screenshots` with the suite's browser, into a scratch folder: every store picture is taken. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHOTS, STORE_SIZE, takeStoreScreenshots } from '../../scripts/store-screenshots';
import { pngSize } from '../support/png';
import type { E2EBrowser } from './harness';
import { useBrowser } from './suite';

let browser: E2EBrowser;
useBrowser((launched) => (browser = launched));

const dir = mkdtempSync(join(tmpdir(), 'rapport-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('store screenshots', () => {
  it('takes every shot at 1280x800 from the built extension, and nothing leaves the machine', async () => {
    browser.resetLeaks();
    const files = await takeStoreScreenshots(browser, dir);
    expect(files.map((file) => basename(file))).toEqual(SHOTS.map((shot) => shot.file));
    for (const file of files) {
      const png = readFileSync(file);
      expect(pngSize(png)).toEqual(STORE_SIZE);
      // A page with the coach and text on it, not a blank one (a white 1280x800 PNG is about 4 kB).
      expect(png.length, file).toBeGreaterThan(40_000);
    }
    expect(browser.leaks).toEqual([]);
  });
});
