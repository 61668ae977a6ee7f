/**
 * First run with the production build: a fresh profile is a fresh install, so the extension opens its
 * welcome page exactly once; the page's sample post box is coached by the background's engine; and the
 * toolbar button's badge shows the active composer's finding count on a supported site. A screenshot of the
 * welcome page goes to tests/e2e/screenshots/ for a person to look at.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { focusEditor, SCREENSHOT_DIR, typeSlowly, type E2EBrowser } from './harness';
import { SALESY, useBrowser } from './suite';

let browser: E2EBrowser;

useBrowser((launched) => (browser = launched));

describe('first run', () => {
  it('opens the welcome page once on install, and its sample box is coached', async () => {
    expect(browser.welcomeUrls).toEqual([`chrome-extension://${browser.extensionId}/welcome.html`]);

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome to Rapport');
    expect(await page.locator('[aria-label="Supported sites"] li').count()).toBe(9);

    await page.getByLabel('Sample post').fill(SALESY);
    const cards = page.locator('.sample .finding');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    expect((await cards.allTextContents()).join(' ')).toContain('WE ARE SO EXCITED');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'welcome.png'), fullPage: true });
    // Opening the page again, or the background restarting, opens no second welcome tab.
    expect(browser.context.pages().filter((p) => p.url().endsWith('/welcome.html'))).toHaveLength(1);
    await page.close();
  });

  it('shows the active composer\'s finding count on the toolbar button', async () => {
    const page = await browser.openReplica('x');
    try {
      await focusEditor(page);
      await typeSlowly(page, SALESY, { delay: 5 });
      const count = async () => page.evaluate(() => document.querySelector<HTMLElement>('rapport-badge')?.dataset);
      await expect.poll(async () => (await count())?.state, { timeout: 15_000 }).toBe('ready');
      const inPage = (await count())!.count!;
      expect(Number(inPage)).toBeGreaterThan(0);
      // The replica's tab is the active one (it was just opened); the extension may not read tab URLs.
      const toolbar = () =>
        browser.serviceWorker.evaluate(async () => {
          const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
          const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
          return tab?.id === undefined ? undefined : api.action.getBadgeText({ tabId: tab.id });
        });
      await expect.poll(toolbar, { timeout: 10_000 }).toBe(inPage);
    } finally {
      await page.close();
    }
  });
});
