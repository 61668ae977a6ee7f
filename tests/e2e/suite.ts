/**
 * What every browser-test file shares: one Chromium with the built extension for the file's tests, and the
 * sample drafts. Kept apart from harness.ts, which the extension benchmark uses outside vitest.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, type E2EBrowser } from './harness';

/** Loud and salesy: capitals, "!!!", an order to buy and a link. */
export const SALESY = 'WE ARE SO EXCITED to launch our new app today!!! Buy it now at https://example.com';
/** Warm and conversational: nothing to coach. */
export const GOOD = 'Thanks for the tips on batch cooking, Sam. Which recipe worked best for you?';

/** Launches the browser before the file's tests (handing it to `ready`) and closes it after them. */
export function useBrowser(ready: (browser: E2EBrowser) => void): void {
  let launched: E2EBrowser | undefined;
  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    launched = await launchBrowser();
    ready(launched);
  });
  afterAll(async () => {
    await launched?.close();
  });
}
