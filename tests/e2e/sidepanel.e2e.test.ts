/**
 * The side panel with the production build: its page (`sidepanel.html?tabId=`, the real panel's page opened
 * as a tab, because `sidePanel.open()` cannot be scripted) follows a replica composer in another tab, updates
 * as the user types, and sends Apply / Ignore / Turn off / Select back to the composer. Screenshots (light,
 * dark, a long list, the empty state) go to tests/e2e/screenshots/ for a person to look at.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focusEditor, modelText, openPanelFor, SCREENSHOT_DIR, typeSlowly, undo, type E2EBrowser, type ReplicaName } from './harness';
import { GOOD, SALESY, useBrowser } from './suite';


let browser: E2EBrowser;

useBrowser((launched) => (browser = launched));

const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

/** Opens the panel's page as a tab, pinned to the tab of `composer`, at the width of a side panel. */
const openPanel = (composer: Page, options: { colorScheme?: 'light' | 'dark' } = {}) => openPanelFor(browser, composer, options);

async function replicaWith(name: ReplicaName, text: string, options: { paste?: boolean } = {}): Promise<Page> {
  const page = await browser.openReplica(name);
  await focusEditor(page);
  if (options.paste) await page.keyboard.insertText(text);
  else await typeSlowly(page, text, { delay: 5 });
  return page;
}

/** The quotes of the findings the panel lists. */
async function quotes(panel: Page): Promise<string[]> {
  return panel.locator('.finding .quote').allTextContents();
}

/** The panel's state for the draft in `composer` is in: the meter has counted exactly the model's text. */
async function settled(panel: Page, composer: Page, expectedLength?: number): Promise<void> {
  const length = expectedLength ?? (await modelText(composer)).length;
  await expect
    .poll(() => panel.locator('[role="meter"]').getAttribute('aria-valuetext').catch(() => null), { timeout: 20_000 })
    .toMatch(new RegExp(`^${length} of `));
}

function finding(panel: Page, quote: string) {
  return panel.locator('.finding', { has: panel.locator('.quote', { hasText: quote }) });
}

describe('side panel', () => {
  it('follows the composer as the user types, in light and dark', async () => {
    browser.resetLeaks();
    const composer = await replicaWith('x', SALESY);
    const panel = await openPanel(composer);
    try {
      await expect.poll(() => quotes(panel), { timeout: 20_000 }).toContain('“WE ARE SO EXCITED”');
      // X counts the link as 23 characters, whatever its length.
      const weighted = SALESY.length - 'https://example.com'.length + 23;
      await settled(panel, composer, weighted);
      expect(await panel.locator('.advice').textContent()).toContain('Don’t shout');
      expect(Number(await panel.locator('.score').textContent())).toBeLessThan(90);
      await expect.poll(() => panel.locator('[role="status"].sr-only').textContent()).toMatch(/^\d+ suggestions?\. Score \d+\.$/);
      await panel.screenshot({ path: join(SCREENSHOT_DIR, 'panel-findings-light.png'), fullPage: true });
      await panel.emulateMedia({ colorScheme: 'dark' });
      await panel.screenshot({ path: join(SCREENSHOT_DIR, 'panel-findings-dark.png'), fullPage: true });
      await panel.emulateMedia({ colorScheme: 'light' });

      // More typing: the panel follows without being asked.
      await composer.bringToFront();
      await composer.keyboard.press('End');
      await typeSlowly(composer, ' What do you think?', { delay: 5 });
      await settled(panel, composer, weighted + ' What do you think?'.length);
      expect(await quotes(panel)).toContain('“WE ARE SO EXCITED”');
    } finally {
      await panel.close();
      await composer.close();
    }
    expect(browser.leaks).toEqual([]);
  });

  it('applies a fix from the panel through the editor, and the composer can undo it', async () => {
    const composer = await replicaWith('linkedin', SALESY);
    const panel = await openPanel(composer);
    try {
      const caps = finding(panel, 'WE ARE SO EXCITED');
      await expect.poll(() => caps.count(), { timeout: 20_000 }).toBe(1);
      await caps.getByRole('button', { name: /^Apply/ }).click();
      await expect.poll(() => modelText(composer)).toBe(SALESY.replace('WE ARE SO EXCITED', 'We are so excited'));
      // The panel shows the new draft's check: that finding is gone, the others stay.
      await expect.poll(() => quotes(panel)).not.toContain('“WE ARE SO EXCITED”');
      expect(await quotes(panel)).toContain('“!!!”');
      await composer.bringToFront();
      await undo(composer);
      await expect.poll(() => modelText(composer)).toBe(SALESY);
      await expect.poll(() => quotes(panel)).toContain('“WE ARE SO EXCITED”');
    } finally {
      await panel.close();
      await composer.close();
    }
  });

  it('ignores a finding and turns a rule off, both undoable from the options page', async () => {
    const composer = await replicaWith('bluesky', SALESY);
    const panel = await openPanel(composer);
    const options = await browser.context.newPage();
    try {
      await expect.poll(() => quotes(panel), { timeout: 20_000 }).toContain('“!!!”');
      await finding(panel, '!!!').getByRole('button', { name: 'Ignore' }).click();
      await expect.poll(() => quotes(panel)).not.toContain('“!!!”');
      expect(await quotes(panel)).toContain('“WE ARE SO EXCITED”');
      // Nothing on the page is flagged there either: the composer's own session did the ignoring.
      await expect
        .poll(() => composer.evaluate(() => [...(CSS.highlights.get('rapport-warning') ?? [])].map((r) => (r as Range).toString())))
        .not.toContain('!!!');

      await finding(panel, 'WE ARE SO EXCITED').getByRole('button', { name: 'Turn off this rule' }).click();
      await expect.poll(() => quotes(panel)).not.toContain('“WE ARE SO EXCITED”');

      await options.goto(extensionUrl('options.html'));
      const rule = options.locator('[aria-label="Turned-off rules"] li', { hasText: 'Shouting' });
      await expect.poll(() => rule.count()).toBe(1);
      const ignored = options.locator('[aria-label="Ignored suggestions"] li', { hasText: '!!!' });
      await expect.poll(() => ignored.count()).toBe(1);
      await options.screenshot({ path: join(SCREENSHOT_DIR, 'options.png'), fullPage: true });

      await rule.getByRole('button').click();
      await ignored.getByRole('button').click();
      await expect.poll(() => options.locator('[aria-label="Turned-off rules"] li, [aria-label="Ignored suggestions"] li').count()).toBe(0);
      // Turned back on: the open composer is checked again at once.
      await expect.poll(() => quotes(panel)).toEqual(expect.arrayContaining(['“WE ARE SO EXCITED”', '“!!!”']));
    } finally {
      await options.close();
      await panel.close();
      await composer.close();
    }
  });

  it.each(['facebook', 'mastodon'] as const)('selecting a finding marks it in the %s composer', async (name) => {
    const composer = await replicaWith(name, SALESY);
    const panel = await openPanel(composer);
    try {
      await expect.poll(() => quotes(panel), { timeout: 20_000 }).toContain('“WE ARE SO EXCITED”');
      // The flash lasts under a second: record whether it ever appears rather than catching it in time.
      // Rich editors flash through a CSS highlight, textareas through the mirror's marked span.
      await composer.evaluate(() => {
        const seen: string[] = ((window as unknown as { __flashes: string[] }).__flashes = []);
        const look = () => {
          for (const range of CSS.highlights.get('rapport-flash') ?? []) seen.push((range as Range).toString());
          for (const span of document.querySelector('rapport-mirror')?.shadowRoot?.querySelectorAll('span') ?? []) {
            if (span.style.backgroundColor.includes('250, 204, 21')) seen.push(span.textContent ?? '');
          }
          requestAnimationFrame(look);
        };
        look();
      });
      await finding(panel, 'WE ARE SO EXCITED').locator('.quote').click();
      await expect
        .poll(() => composer.evaluate(() => (window as unknown as { __flashes: string[] }).__flashes))
        .toContain('WE ARE SO EXCITED');
    } finally {
      await panel.close();
      await composer.close();
    }
  });

  it('shows a long list calmly: a LinkedIn post with many findings and its "see more" preview', async () => {
    const text = [
      'Hello everyone! 👋',
      'We are thrilled to announce our GROUNDBREAKING new platform!!! It is the BEST EVER solution for synergy.',
      'BUY NOW and save 50%!!! Limited time only!!! Call me on 555-123-4567 or write to sales@example.com.',
      'Like and share if you agree!!! Tag 3 friends!!! Follow us for more!!!',
      '#sale #deal #business #growth #marketing #success #win',
    ].join('\n');
    const composer = await replicaWith('linkedin', text, { paste: true });
    const panel = await openPanel(composer);
    try {
      await settled(panel, composer);
      expect((await quotes(panel)).length).toBeGreaterThan(8);
      expect(await panel.locator('.preview').textContent()).toMatch(/^Hello everyone! 👋\n/);
      expect(await panel.locator('.hook').textContent()).toContain('Weak hook');
      await panel.screenshot({ path: join(SCREENSHOT_DIR, 'panel-long-list.png'), fullPage: true });
      await panel.emulateMedia({ colorScheme: 'dark' });
      await panel.screenshot({ path: join(SCREENSHOT_DIR, 'panel-long-list-dark.png'), fullPage: true });
    } finally {
      await panel.close();
      await composer.close();
    }
  });

  it('shows a draft holding markup exactly as typed', async () => {
    const markup = '<img src=x onerror=alert(1)> THIS IS HUGE!!!';
    const composer = await replicaWith('mastodon', markup);
    const panel = await openPanel(composer);
    const dialogs: string[] = [];
    panel.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await settled(panel, composer);
      await expect.poll(() => quotes(panel)).toContain('“!!!”');
      expect(await panel.locator('main img').count()).toBe(0);
      expect(await modelText(composer)).toBe(markup);
      expect(dialogs).toEqual([]);
    } finally {
      await panel.close();
      await composer.close();
    }
  });

  it('without a composer: the how-to, the sites and the switch for this site', async () => {
    const page = await browser.openReplica('threads');
    const panel = await openPanel(page);
    try {
      const toggle = panel.getByRole('switch');
      await expect.poll(() => toggle.count(), { timeout: 20_000 }).toBe(1);
      expect(await toggle.isChecked()).toBe(true);
      expect(await panel.locator('.empty').textContent()).toContain('www.threads.com');
      await panel.screenshot({ path: join(SCREENSHOT_DIR, 'panel-empty.png'), fullPage: true });
      await panel.emulateMedia({ colorScheme: 'dark' });
      await panel.screenshot({ path: join(SCREENSHOT_DIR, 'panel-empty-dark.png'), fullPage: true });
      await panel.emulateMedia({ colorScheme: 'light' });

      // Off for this site: the composer gets no coaching; back on: it does again.
      await toggle.click();
      await expect.poll(() => toggle.isChecked()).toBe(false);
      await page.bringToFront();
      await focusEditor(page);
      await typeSlowly(page, 'BIG NEWS!!!', { delay: 5 });
      await expect.poll(() => page.locator('rapport-badge').count()).toBe(0);
      // Back on: the focused composer is coached at once, and the panel moves on from the switch to it.
      await toggle.click();
      await expect.poll(() => page.locator('rapport-badge').count(), { timeout: 20_000 }).toBe(1);
      await expect.poll(() => quotes(panel), { timeout: 20_000 }).toContain('“!!!”');
    } finally {
      await panel.close();
      await page.close();
    }
  });

  it('on a page Rapport does not coach, it says so', async () => {
    const other = await browser.context.newPage();
    const panel = await openPanel(other);
    try {
      await expect.poll(() => panel.locator('.empty').textContent(), { timeout: 20_000 }).toContain('Nothing to coach on this page');
      expect(await panel.getByRole('switch').count()).toBe(0);
    } finally {
      await panel.close();
      await other.close();
    }
  });

  it('survives the service worker stopping: the panel reconnects and the composer reports again', async () => {
    const composer = await replicaWith('threads', SALESY);
    const panel = await openPanel(composer);
    try {
      await expect.poll(() => quotes(panel), { timeout: 20_000 }).toContain('“WE ARE SO EXCITED”');
      // Stop the extension's worker as Chrome does when it idles, and see it stop and start again.
      const cdp = await browser.context.newCDPSession(panel);
      const statuses: string[] = [];
      cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
        for (const v of event.versions) if (v.scriptURL === extensionUrl('background.js')) statuses.push(v.runningStatus);
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      const restarted = () => {
        const stop = statuses.indexOf('stopped');
        return stop >= 0 && statuses.slice(stop).includes('running');
      };
      await expect.poll(restarted, { timeout: 20_000 }).toBe(true);
      await cdp.detach();
      // What was on screen stays; typing after the restart still reaches the panel.
      expect(await quotes(panel)).toContain('“WE ARE SO EXCITED”');
      await composer.bringToFront();
      await composer.keyboard.press('End');
      await typeSlowly(composer, ' What do you think?', { delay: 5 });
      await settled(panel, composer);
      expect(await quotes(panel)).toContain('“WE ARE SO EXCITED”');
    } finally {
      await panel.close();
      await composer.close();
    }
  });

  it('clicking the badge opens the side panel', async () => {
    const composer = await replicaWith('x', GOOD);
    try {
      await expect.poll(() => composer.locator('rapport-badge').getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
      await composer.locator('rapport-badge button.badge').click();
      await expect
        .poll(
          async () => {
            const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(extensionUrl('')));
            if (!worker) return -1;
            return worker.evaluate(async () => {
              const api = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } } }).chrome;
              return (await api.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
            });
          },
          { timeout: 20_000 },
        )
        .toBe(1);
    } finally {
      await composer.close();
    }
  });
  it('takes the theme chosen on the options page: the options page, the panel and the in-page badge turn dark, then follow the browser again', async () => {
    const composer = await replicaWith('x', SALESY);
    const panel = await openPanel(composer);
    const options = await browser.context.newPage();
    const background = (page: Page, selector = 'body') => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const badgeBackground = () =>
      composer.evaluate(() => {
        const badge = document.querySelector('rapport-badge')?.shadowRoot?.querySelector('.badge');
        return badge ? getComputedStyle(badge).backgroundColor : '';
      });
    try {
      await options.emulateMedia({ colorScheme: 'light' });
      await options.goto(extensionUrl('options.html'));
      await expect.poll(() => background(options)).toBe('rgb(255, 255, 255)');
      await expect.poll(() => badgeBackground(), { timeout: 20_000 }).toBe('rgb(255, 255, 255)');

      await options.getByRole('radio', { name: 'Dark' }).check();
      await expect.poll(() => background(options)).toBe('rgb(24, 24, 27)');
      await expect.poll(() => background(panel)).toBe('rgb(24, 24, 27)');
      await expect.poll(() => badgeBackground(), { timeout: 20_000 }).toBe('rgb(24, 24, 27)');
      await panel.screenshot({ path: join(SCREENSHOT_DIR, 'panel-chosen-dark.png') });
      await options.screenshot({ path: join(SCREENSHOT_DIR, 'options-chosen-dark.png'), fullPage: true });

      await options.getByRole('radio', { name: 'As the browser' }).check();
      await expect.poll(() => background(options)).toBe('rgb(255, 255, 255)');
      await expect.poll(() => background(panel)).toBe('rgb(255, 255, 255)');
      await expect.poll(() => badgeBackground(), { timeout: 20_000 }).toBe('rgb(255, 255, 255)');
    } finally {
      await options.close();
      await panel.close();
      await composer.close();
    }
  });
});
