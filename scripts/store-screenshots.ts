/**
 * `npm run screenshots`: the store screenshots (1280x800, the size both stores take), taken from the built
 * extension on the replica composers (tests/e2e/), so they show the UI as it is today. Written to
 * store/screenshots/; the browser tests run the same code into a scratch folder.
 *
 * The side panel cannot be opened by a script, so its page is opened as a tab pinned to the composer's
 * tab (as the panel tests do) and set beside the composer in one picture, where Chrome shows it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Page } from 'playwright-core';
import { focusEditor, launchBrowser, REPO_ROOT, typeSlowly, type E2EBrowser, type ReplicaName } from '../tests/e2e/harness';

export const STORE_SIZE = { width: 1280, height: 800 } as const;
/** Chrome's side panel opens at about this width. */
const PANEL_WIDTH = 380;
export const STORE_SCREENSHOT_DIR = join(REPO_ROOT, 'store/screenshots');

/** Drafts a social media person might write, each with a few things worth coaching. */
const DRAFTS = {
  launch: 'BIG NEWS!!! We are thrilled to announce our new planner app. Download it today at https://example.com and never miss a deadline again!',
  linkedin:
    'We are excited to announce that our team has leveraged best-in-class synergies to deliver a game-changing solution.\n\nComment YES if you agree!',
  conversation: 'Thanks for the tips on batch cooking, Sam. Which recipe worked best for you?',
} as const;

interface Shot {
  file: string;
  /** What the picture shows, for the listing. */
  caption: string;
  take(browser: E2EBrowser): Promise<Buffer>;
}

export const SHOTS: readonly Shot[] = [
  {
    file: '1-coach-in-the-composer.png',
    caption: 'Coaching beside the composer: what it found, why it matters, and a fix to apply',
    async take(browser) {
      const page = await composer(browser, 'x', DRAFTS.launch, STORE_SIZE.width);
      try {
        await page.locator('rapport-badge button.badge').click();
        await page.locator('rapport-badge .finding').first().waitFor({ timeout: 10_000 });
        await painted(page);
        return await page.screenshot();
      } finally {
        await page.close();
      }
    },
  },
  {
    file: '2-side-panel.png',
    caption: 'The side panel: a checklist by principle, the score, and the length counted the way LinkedIn counts it',
    take: (browser) => beside(browser, 'linkedin', DRAFTS.linkedin, 'light'),
  },
  {
    file: '3-side-panel-dark.png',
    caption: 'A friendly reply comes out clean, in the dark theme too',
    take: (browser) => beside(browser, 'bluesky', DRAFTS.conversation, 'dark'),
  },
];

/** A replica at the store's height and the given width, with `text` typed and the check finished. */
async function composer(browser: E2EBrowser, name: ReplicaName, text: string, width: number): Promise<Page> {
  const page = await browser.openReplica(name);
  await page.setViewportSize({ width, height: STORE_SIZE.height });
  await focusEditor(page);
  await typeSlowly(page, text, { delay: 2 });
  await page.locator('rapport-badge[data-state="ready"]').waitFor({ timeout: 20_000 });
  return page;
}

/**
 * Waits for two animation frames, so that a page just resized or changed is laid out and painted before it
 * is captured (a capture taken sooner can show the old width tiled across the new one).
 */
async function painted(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** The composer with the panel at its right, as Chrome lays them out. */
async function beside(browser: E2EBrowser, name: ReplicaName, text: string, scheme: 'light' | 'dark'): Promise<Buffer> {
  const page = await composer(browser, name, text, STORE_SIZE.width - PANEL_WIDTH);
  const panel = await browser.context.newPage();
  try {
    // The composer's tab id, asked from an extension page while the composer is the active tab.
    await panel.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.bringToFront();
    const tabId = await panel.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    if (tabId < 0) throw new Error(`no tab for the ${name} replica`);
    await panel.setViewportSize({ width: PANEL_WIDTH, height: STORE_SIZE.height });
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    // The panel has the draft once its meter counts it.
    await panel.waitForFunction(() => /^[1-9]\d* of /.test(document.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? ''), null, {
      timeout: 20_000,
    });
    await painted(page);
    await painted(panel);
    return side(await page.screenshot(), await panel.screenshot());
  } finally {
    await panel.close();
    await page.close();
  }
}

/** Two screenshots side by side in one 1280x800 PNG, with a thin rule between them. */
function side(left: Buffer, right: Buffer): Buffer {
  const { width, height } = STORE_SIZE;
  const image = (png: Buffer, x: number, w: number) =>
    `<image x="${x}" y="0" width="${w}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/>`;
  const split = width - PANEL_WIDTH;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${image(left, 0, split)}${image(right, split, PANEL_WIDTH)}<rect x="${split}" width="1" height="${height}" fill="#c8c8cc"/></svg>`;
  return new Resvg(svg).render().asPng();
}

/** Takes every shot into `dir`; returns the files written. */
export async function takeStoreScreenshots(browser: E2EBrowser, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const shot of SHOTS) {
    const file = join(dir, shot.file);
    writeFileSync(file, await shot.take(browser));
    written.push(file);
  }
  return written;
}

if (import.meta.filename === process.argv[1]) {
  const browser = await launchBrowser();
  try {
    for (const file of await takeStoreScreenshots(browser, STORE_SCREENSHOT_DIR)) console.log(`wrote ${file}`);
  } finally {
    await browser.close();
  }
}
