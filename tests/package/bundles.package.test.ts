/**
 * The scripts each build ships, read as built: the composer script stays within its budget because it runs
 * without webextension-polyfill (build/native-api-in-content-scripts.ts), while the background, whose
 * message handlers answer with promises, keeps it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, builtManifest, type Browser } from './output';

const BROWSERS: Browser[] = ['chrome', 'firefox'];
/** The composer script's budget (issue 14): it loads in every tab of nine sites. */
const CONTENT_SCRIPT_BUDGET = 60_000;
/** A property name found only in webextension-polyfill's table of API signatures (kept by the minifier). */
const POLYFILL_MARK = 'fallbackToNoCallback';

describe.each(BROWSERS)('%s scripts', (browser) => {
  const manifest = builtManifest(browser);
  const read = (path: string) => readFileSync(join(BUILDS[browser], path), 'utf8');

  it(`keeps the composer script within ${CONTENT_SCRIPT_BUDGET.toLocaleString('en')} bytes, without the polyfill`, () => {
    const files = manifest.content_scripts.flatMap((script) => script.js);
    expect(files).toEqual(['content-scripts/composer.js']);
    const code = read(files[0]!);
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
    expect(code).not.toContain(POLYFILL_MARK);
  });

  it('keeps the polyfill in the background, whose handlers answer with promises', () => {
    const background = manifest.background.service_worker ?? manifest.background.scripts![0]!;
    expect(read(background)).toContain(POLYFILL_MARK);
  });
});
