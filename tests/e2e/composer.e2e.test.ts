/**
 * The composer coach in every replica, with the production build loaded: the badge's data contract, the
 * underlines on the right words, a fix applied through the editor's own model and undone with Ctrl+Z,
 * fast typing left intact, and no request leaving the machine.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  focusEditor,
  inModelNewlines,
  modelText,
  REPLICA_NAMES,
  SCREENSHOT_DIR,
  typeSlowly,
  undo,
  type E2EBrowser,
} from './harness';
import { GOOD, SALESY, useBrowser } from './suite';


let browser: E2EBrowser;

useBrowser((launched) => (browser = launched));

interface BadgeData {
  state?: string;
  platform?: string;
  count?: string;
  principles?: string;
  rules?: string;
  score?: string;
  textLength?: string;
}

async function badge(page: Page): Promise<BadgeData | null> {
  return page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('rapport-badge');
    return el ? { ...el.dataset } : null;
  });
}

/** Waits until the badge shows a finished check of exactly the model's current text. */
async function settledBadge(page: Page): Promise<BadgeData> {
  let last: BadgeData | null = null;
  await expect
    .poll(
      async () => {
        last = await badge(page);
        const length = await page.evaluate(() => {
          const root = document.querySelector(window.__replica!.editorSelector) as HTMLElement | HTMLTextAreaElement | null;
          if (!root) return -1;
          return root instanceof HTMLTextAreaElement ? root.value.length : null;
        });
        return last?.state === 'ready' && (length === null || last.textLength === String(length));
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return last!;
}

/** The flagged texts the page shows underlined: CSS highlights for rich editors, the mirror for textareas. */
async function underlined(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const mirror = document.querySelector('rapport-mirror')?.shadowRoot;
    if (mirror) for (const span of mirror.querySelectorAll('span')) texts.push(span.textContent ?? '');
    for (const name of ['rapport-suggestion', 'rapport-warning', 'rapport-error']) {
      for (const range of CSS.highlights.get(name) ?? []) texts.push((range as Range).toString());
    }
    return texts.sort();
  });
}

/** Moves the mouse onto the underlined words, where a person would point. */
async function hover(page: Page, words: string): Promise<void> {
  const box = await page.evaluate((target) => {
    const rects: DOMRect[] = [];
    const mirror = document.querySelector('rapport-mirror')?.shadowRoot;
    for (const span of mirror?.querySelectorAll('span') ?? []) if (span.textContent === target) rects.push(span.getBoundingClientRect());
    for (const name of ['rapport-suggestion', 'rapport-warning', 'rapport-error']) {
      for (const range of CSS.highlights.get(name) ?? []) if ((range as Range).toString() === target) rects.push((range as Range).getBoundingClientRect());
    }
    const r = rects[0];
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, words);
  expect(box, `an underline on "${words}"`).not.toBeNull();
  await page.mouse.move(box!.x, box!.y, { steps: 3 });
}

describe.each(REPLICA_NAMES)('coaching in the %s composer', (name) => {
  it(`${name}: flags a shouty, salesy draft, applies a fix through the editor and undoes it`, async () => {
    browser.resetLeaks();
    const page = await browser.openReplica(name);
    try {
      await focusEditor(page);
      await typeSlowly(page, SALESY, { delay: 5 });
      const data = await settledBadge(page);
      expect(data.platform).toBe(name === 'old-reddit' ? 'reddit' : name);
      expect(data.principles!.split(' ')).toContain('listen-dont-shout');
      expect(data.rules!.split(' ')).toContain('shouting');
      expect(Number(data.count)).toBeGreaterThanOrEqual(2);
      expect(Number(data.score)).toBeLessThan(90);
      expect(data.textLength).toBe(String((await modelText(page)).length));
      expect(await underlined(page)).toEqual(expect.arrayContaining(['WE ARE SO EXCITED', '!!!']));
      await page.screenshot({ path: join(SCREENSHOT_DIR, `coach-${name}.png`) });

      // Hovering an underline opens its card; applying the capitals fix goes through the editor's own input path.
      await hover(page, 'WE ARE SO EXCITED');
      const item = page.locator('rapport-badge .finding', { hasText: 'WE ARE SO EXCITED' });
      await expect.poll(() => item.count()).toBeGreaterThan(0);
      // Applied at once, right after the typing: Quill (LinkedIn) folds edits less than a second apart into
      // one undo step, so its adapter waits that out and Ctrl+Z below takes back the fix alone.
      await item.first().locator('button', { hasText: 'Apply' }).click();
      await expect.poll(() => modelText(page)).toBe(SALESY.replace('WE ARE SO EXCITED', 'We are so excited'));
      await undo(page);
      await expect.poll(() => modelText(page)).toBe(SALESY);

      // The badge opens the list of everything found (and the side panel).
      await settledBadge(page);
      await page.locator('rapport-badge button.badge').click();
      await expect.poll(() => page.locator('rapport-badge .finding').count()).toBeGreaterThan(1);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `card-${name}.png`) });
    } finally {
      await page.close();
    }
    expect(browser.leaks).toEqual([]);
  });

  it(`${name}: stays clean on a good conversational draft`, async () => {
    const page = await browser.openReplica(name);
    try {
      await focusEditor(page);
      await typeSlowly(page, GOOD, { delay: 2 });
      const data = await settledBadge(page);
      expect({ count: data.count, rules: data.rules }).toEqual({ count: '0', rules: '' });
      expect(await underlined(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it(`${name}: leaves 500 quickly typed mixed characters exactly as typed`, async () => {
    const page = await browser.openReplica(name);
    try {
      await focusEditor(page);
      const pieces = ['Café ', 'naïve ', 'über ', '🎉 ', 'ok, ', 'BIG ', 'deal!! ', 'señor ', '\n', 'Zoë ', '👍🏽 ', 'test. '];
      let typed = '';
      for (let i = 0; typed.length < 500; i++) typed += pieces[(i * 7) % pieces.length];
      typed = typed.replace(/\n+/g, '\n').trimEnd();
      await typeSlowly(page, typed, { delay: 0 });
      await settledBadge(page);
      expect(await modelText(page)).toBe(await inModelNewlines(page, typed));
    } finally {
      await page.close();
    }
  });
});

describe('after the background slept', () => {
  it('wakes the stopped service worker with the first keystroke, and checks with the tagger loaded on demand', async () => {
    const page = await browser.openReplica('x');
    const cdp = await page.context().newCDPSession(page);
    try {
      await focusEditor(page);
      await typeSlowly(page, GOOD, { delay: 2 });
      await settledBadge(page);
      const statuses: string[] = [];
      cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
        for (const v of event.versions) if (v.scriptURL.startsWith(`chrome-extension://${browser.extensionId}/`)) statuses.push(v.runningStatus);
      });
      await cdp.send('ServiceWorker.enable');
      // Stopped as Chrome stops an idle worker; the page's port to it closes.
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toBe('stopped');
      statuses.length = 0;
      // Keys 50 ms apart never leave the pause (150 ms) that sends a check, so only the first key can have
      // started the worker while they were typed.
      await typeSlowly(page, " You won't believe what happened next", { delay: 50 });
      expect(statuses).toContain('running');
      // A curiosity gap needs compromise's tagger, which the fresh worker loads on demand.
      const data = await settledBadge(page);
      expect(data.rules!.split(' ')).toContain('clickbait');
      expect(data.principles!.split(' ')).toContain('honest-and-open');
    } finally {
      await cdp.detach().catch(() => undefined);
      await page.close();
    }
  });
});

describe.each(['x', 'facebook', 'mastodon'] as const)('underlines while typing in the %s composer', (name) => {
  it(`${name}: hides the underlines when the draft changes and draws them again with the answer`, async () => {
    const page = await browser.openReplica(name);
    try {
      await focusEditor(page);
      await typeSlowly(page, SALESY, { delay: 5 });
      await settledBadge(page);
      expect(await underlined(page)).toContain('WE ARE SO EXCITED');
      // Read in the same task that turns the badge to "checking", before the answer can draw anything.
      await page.evaluate(() => {
        const badge = document.querySelector<HTMLElement>('rapport-badge')!;
        const observer = new MutationObserver(() => {
          if (badge.dataset.state !== 'checking') return;
          observer.disconnect();
          let ranges = 0;
          for (const n of ['rapport-suggestion', 'rapport-warning', 'rapport-error']) ranges += CSS.highlights.get(n)?.size ?? 0;
          const mirror = document.querySelector<HTMLElement>('rapport-mirror');
          (window as unknown as { __whileChecking: unknown }).__whileChecking = { ranges, mirror: mirror?.style.visibility ?? 'none' };
        });
        observer.observe(badge, { attributes: true, attributeFilter: ['data-state'] });
      });
      await page.keyboard.type(' ok', { delay: 5 });
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __whileChecking?: unknown }).__whileChecking))
        .toEqual({ ranges: 0, mirror: name === 'mastodon' ? 'hidden' : 'none' });
      await settledBadge(page);
      expect(await underlined(page)).toContain('WE ARE SO EXCITED');
      if (name === 'mastodon') expect(await page.evaluate(() => document.querySelector<HTMLElement>('rapport-mirror')!.style.visibility)).toBe('visible');
    } finally {
      await page.close();
    }
  });
});
