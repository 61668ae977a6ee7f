/**
 * The dashboard with the production build: posts stored through `history-import` (as the importer sends
 * them) show in the ratio line; Export JSON downloads the `{ version: 1, posts }` export; Delete all history
 * asks a second time, then empties the history and the page shows its empty state.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HistoryExport } from '../../utils/messages';
import { SCREENSHOT_DIR, type E2EBrowser } from './harness';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'cli');
import { useBrowser } from './suite';

let browser: E2EBrowser;
let page: Page;

useBrowser((launched) => (browser = launched));

beforeAll(async () => {
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
});

const DAY = 86_400_000;
/** Six posts over the last six days, three of them promotion: over 80/20. */
function posts() {
  const kinds = ['promotion', 'value', 'promotion', 'conversation', 'promotion', 'value'] as const;
  return kinds.map((kind, i) => ({
    record: { at: new Date(Date.now() - (6 - i) * DAY).toISOString(), platform: 'x', reply: kind === 'conversation', kind },
    text: `Dashboard test post number ${i} (${kind})`,
  }));
}

async function ask(message: unknown): Promise<unknown> {
  return page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  );
}

describe('dashboard', () => {
  it('shows imported posts, exports them as JSON, and deletes them all after a confirmation', async () => {
    expect(await ask({ type: 'history-clear' })).toEqual({ ok: true });
    expect(await ask({ type: 'history-import', posts: posts() })).toMatchObject({ added: 6, duplicates: 0 });

    // The page follows the stored history without a reload.
    await expect.poll(() => page.locator('[data-testid="ratio"]').textContent().catch(() => null), { timeout: 10_000 }).toMatch(/3 of your last 6 posts promote/);
    await expect.poll(() => page.locator('[data-testid="weekly"]').textContent()).toMatch(/6 posts in the last 7 days/);
    const settings = page.locator('[data-testid="history-settings"]');
    expect(await settings.locator('input[type="checkbox"]').isChecked()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-settings-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-settings-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    // The side panel's week line says the same, and links to this page.
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 360, height: 700 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expect.poll(() => panel.locator('[data-testid="panel-weekly"]').textContent().catch(() => null), { timeout: 10_000 }).toMatch(/6 posts in the last 7 days.*3 promote \(50%, over 80\/20\)/);
    await panel.screenshot({ path: join(SCREENSHOT_DIR, 'panel-weekly-line.png'), fullPage: true });
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), panel.getByRole('button', { name: 'Open the dashboard' }).click()]);
    await expect.poll(() => opened.url()).toBe(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await opened.close();
    await panel.close();

    const [download] = await Promise.all([page.waitForEvent('download'), settings.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('rapport-history.json');
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as HistoryExport;
    expect(exported.version).toBe(1);
    expect(exported.posts.map((p) => p.kind)).toEqual(posts().map((p) => p.record.kind));
    expect(exported.posts.every((p) => p.text === undefined && /^[0-9a-f]{64}$/.test(p.hash))).toBe(true);

    const [csv] = await Promise.all([page.waitForEvent('download'), settings.getByRole('button', { name: 'Export CSV' }).click()]);
    const rows = (await readFile((await csv.path())!, 'utf8')).split('\r\n').filter(Boolean);
    expect(rows[0]).toBe('at,platform,profile,reply,kind,score,principles,findings,hash,text');
    expect(rows).toHaveLength(7);

    await settings.getByRole('button', { name: 'Delete all history' }).click();
    await expect.poll(() => settings.textContent()).toMatch(/Delete all 6 posts\? This cannot be undone/);
    expect(((await ask({ type: 'history-export' })) as HistoryExport).posts).toHaveLength(6);
    await settings.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => page.locator('[data-testid="settings-status"]').textContent()).toBe('Deleted all history.');
    await expect.poll(() => page.locator('[data-testid="empty"]').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(((await ask({ type: 'history-export' })) as HistoryExport).posts).toHaveLength(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-deleted.png'), fullPage: true });
  });
  it('imports an unzipped X archive and a LinkedIn Shares.csv in a worker: progress, a summary, the figures, and duplicates on a second import', async () => {
    expect(await ask({ type: 'history-clear' })).toEqual({ ok: true });
    await expect.poll(() => page.locator('[data-testid="empty"]').count(), { timeout: 10_000 }).toBe(1);
    const importer = page.locator('[data-testid="importer"]');
    const folderInput = importer.locator('input[webkitdirectory]');
    const fileInput = importer.locator('input[type="file"]:not([webkitdirectory])');
    const summary = importer.locator('[data-testid="import-summary"]');

    // The archive's posts are from 2023: older than the two years the history keeps by default, so the
    // summary says none were stored and why. With ten years kept, the same archive imports.
    await folderInput.setInputFiles(join(FIXTURES, 'x-archive'));
    await expect.poll(() => summary.textContent().catch(() => null), { timeout: 20_000 }).toMatch(/^Imported x-archive \(X archive tweets\.js\): 0 new posts stored, 0 already in your history, (\d+) older than your history keeps/);
    const read = Number((await importer.locator('[data-testid="import-read"]').textContent())!.match(/\d+/)![0]);
    expect(read).toBeGreaterThanOrEqual(5);
    expect(await summary.textContent()).toContain(`${read} older than your history keeps`);
    expect(await ask({ type: 'set-history-options', keepPostText: false, maxPosts: 10_000, maxAgeDays: 3650, policy: '80/20', share: 0.2, window: 0 })).toEqual({ ok: true });
    await folderInput.setInputFiles(join(FIXTURES, 'x-archive'));
    await expect.poll(() => summary.textContent().catch(() => null), { timeout: 20_000 }).toMatch(new RegExp(`^Imported x-archive \\(X archive tweets\\.js\\): ${read} new posts stored, 0 already in your history`));
    expect(await importer.locator('[data-testid="import-reposts"]').textContent()).toMatch(/^\d+ reposts? left out$/);
    // The dashboard's figures now count the archive.
    await expect.poll(() => page.locator('[data-testid="ratio"]').textContent().catch(() => null), { timeout: 10_000 }).toMatch(new RegExp(`of your last ${Math.min(read, 10)} posts`));

    await fileInput.setInputFiles(join(FIXTURES, 'Shares.csv'));
    await expect.poll(() => summary.textContent().catch(() => null), { timeout: 20_000 }).toMatch(/^Imported Shares\.csv \(LinkedIn Shares\.csv\): [1-9]\d* new posts stored/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-import-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-import-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    // The same archive again: nothing new, every post counted once.
    await folderInput.setInputFiles(join(FIXTURES, 'x-archive'));
    await expect.poll(() => summary.textContent().catch(() => null), { timeout: 20_000 }).toMatch(new RegExp(`^Imported x-archive .*: 0 new posts stored, ${read} already in your history`));

    // Not an archive: a clear message, nothing stored.
    await fileInput.setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('PK\u0003\u0004 not really a zip') });
    await expect.poll(() => importer.locator('[data-testid="import-error"]').textContent().catch(() => null), { timeout: 20_000 }).toMatch(/^notes\.zip: /);
  });
});
