import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import type { E2EBrowser } from '../../tests/e2e/harness';
import { generateArchive } from '../bench/archive';
import { createPostGenerator } from '../bench/texts';

export interface DashboardOptions {
  /** Tweets in the generated archive imported between the two sets of opens. */
  posts: number;
  /** Opens of the dashboard with an empty history, and again with the imported one. */
  samples: number;
  seed: number;
  timeoutMs: number;
  log(message: string): void;
}

export interface DashboardRun {
  posts: number;
  /** Posts the import stored (its summary's count read back from the history). */
  stored: number;
  /** Choosing the file to the import's summary on screen, ms. */
  importMs: number;
  /** The dashboard page's longest task while it imported, ms. */
  importLongestTaskMs: number;
  /** Navigation to the figures drawn, ms: the peer, with nothing stored. */
  openEmptyMs: number[];
  /** The same, with the imported posts stored. */
  openFullMs: number[];
}

/**
 * Marks, in the page, when the dashboard shows its figures: the first frame after the ratio line (posts
 * stored) or the empty state (none) is in the document. Times are from the navigation's start.
 */
const READY_PROBE = `(() => {
  const shown = () => document.querySelector('[data-testid="ratio"], [data-testid="empty"]');
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__dashboardShownAt = performance.now(); }, 0));
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

async function openOnce(browser: E2EBrowser, timeoutMs: number): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript({ content: READY_PROBE });
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const shown = await page.waitForFunction(() => (window as { __dashboardShownAt?: number }).__dashboardShownAt, undefined, {
      timeout: timeoutMs,
    });
    return (await shown.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

async function opens(browser: E2EBrowser, samples: number, timeoutMs: number): Promise<number[]> {
  await openOnce(browser, timeoutMs); // the first open also loads the page's code from disk: not measured
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push(await openOnce(browser, timeoutMs));
  return times;
}

function ask(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
}

/**
 * The dashboard as a person coaching themselves meets it: opened with nothing stored, then an X archive
 * of `posts` generated tweets imported through its file picker (read, classified and stored off the page's
 * main thread), then opened again with all of them stored.
 */
export async function runDashboard(browser: E2EBrowser, options: DashboardOptions): Promise<DashboardRun> {
  const { log } = options;
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await ask(page, { type: 'history-clear' });
    // Room for every generated post, whatever its age (the archive starts in 2020).
    await ask(page, { type: 'set-history-options', keepPostText: false, maxPosts: 100_000, maxAgeDays: 3650, policy: '80/20', share: 0.2, window: 10 });
    log(`  opening the dashboard ${options.samples} times with an empty history`);
    const openEmptyMs = await opens(browser, options.samples, options.timeoutMs);

    const generator = createPostGenerator(options.seed);
    const file = join(dir, 'tweets.js');
    writeFileSync(file, generateArchive(options.posts, () => generator.post(200 + Math.floor(generator.rng() * 80), 'tweet'), generator.rng));
    await page.reload();
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const importer = page.locator('[data-testid="importer"]');
    log(`  importing ${options.posts.toLocaleString('en')} generated tweets from the dashboard`);
    const t0 = performance.now();
    await importer.locator('input[type="file"]:not([webkitdirectory])').setInputFiles(file);
    await importer.locator('[data-testid="import-summary"]').waitFor({ timeout: Math.max(options.timeoutMs, options.posts * 5) });
    const importMs = performance.now() - t0;
    const importLongestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    const exported = (await ask(page, { type: 'history-export' })) as { posts?: unknown[] } | undefined;
    const stored = exported?.posts?.length ?? 0;
    if (stored === 0) throw new Error('the dashboard import stored no posts');

    log(`  opening the dashboard ${options.samples} times with ${stored.toLocaleString('en')} posts`);
    const openFullMs = await opens(browser, options.samples, options.timeoutMs);
    await ask(page, { type: 'history-clear' });
    return { posts: options.posts, stored, importMs, importLongestTaskMs, openEmptyMs, openFullMs };
  } finally {
    await page.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}
