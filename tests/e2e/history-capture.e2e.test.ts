/**
 * The post history with the production build: publishing from each replica composer (its post button, or
 * Ctrl/Cmd+Enter where the platform posts on it) records exactly one post, read back from the background
 * with `{ type: 'history-export' }` from an extension page; a double submit records one, and a disabled
 * button, a cleared draft and an abandoned one record none.
 */
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../platforms';
import type { PlatformId } from '../../platforms/types';
import type { HistoryExport, StoredPost } from '../../utils/messages';
import { focusEditor, modelText, REPLICA_NAMES, REPLICAS, typeSlowly, type E2EBrowser, type ReplicaName } from './harness';
import { GOOD, SALESY, useBrowser } from './suite';

let browser: E2EBrowser;
/** An extension page, to talk to the background as the dashboard does. */
let extensionPage: Page;

useBrowser((launched) => (browser = launched));

beforeAll(async () => {
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

beforeEach(async () => {
  await ask({ type: 'history-clear' });
});

async function ask(message: { type: 'history-export' | 'history-clear' }): Promise<unknown> {
  return extensionPage.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  );
}

async function posts(): Promise<StoredPost[]> {
  const answer = (await ask({ type: 'history-export' })) as HistoryExport;
  expect(answer.version).toBe(1);
  return answer.posts;
}

/** Waits for the history to hold `count` posts, then a while longer to be sure no other arrives. */
async function settledPosts(count: number): Promise<StoredPost[]> {
  await expect.poll(async () => (await posts()).length, { timeout: 10_000 }).toBe(count);
  await new Promise((done) => setTimeout(done, 750));
  const list = await posts();
  expect(list).toHaveLength(count);
  return list;
}

function submitSelector(name: ReplicaName): string {
  return PLATFORMS[REPLICAS[name].platform as PlatformId].site.submit.join(', ');
}

/** Opens the replica and types the draft into its composer, returning once the editor's model holds it. */
async function draft(name: ReplicaName, text: string): Promise<Page> {
  const page = await browser.openReplica(name);
  await focusEditor(page);
  await typeSlowly(page, text, { delay: 5 });
  await expect.poll(() => modelText(page)).toBe(text);
  return page;
}

/** The composers that answer someone (comment boxes): their posts are recorded as replies. */
const REPLY_BOXES: ReplicaName[] = ['instagram', 'old-reddit', 'youtube'];

describe('history capture on publish', () => {
  it.each(REPLICA_NAMES)('%s: the post button records one post, with its platform, kind and analysis', async (name) => {
    const page = await draft(name, SALESY);
    const button = page.locator(submitSelector(name)).first();
    // On Instagram's narrow comment row the badge sits over the Post button (a placement matter, left to the
    // badge's owners): the click goes to the button itself there.
    if (name === 'instagram') await button.dispatchEvent('click');
    else await button.click();
    // The replica posts as the site does: the composer is emptied, so the text was read before that.
    await expect.poll(() => modelText(page)).toBe('');
    const [post] = await settledPosts(1);
    expect(post).toMatchObject({ platform: REPLICAS[name].platform, kind: 'promotion', reply: REPLY_BOXES.includes(name) });
    expect(Date.now() - Date.parse(post!.at)).toBeLessThan(60_000);
    expect(post!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(post!.text).toBeUndefined(); // the text is kept only when the user opts in
    expect(Object.keys(post!.findings ?? {}).length).toBeGreaterThan(0);
    expect(Object.keys(post!.signals ?? {}).length).toBeGreaterThan(0);
    await page.close();
  });

  it.each(['x', 'bluesky', 'mastodon'] as const)('%s: Ctrl+Enter records one post', async (name) => {
    const page = await draft(name, GOOD);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => modelText(page)).toBe('');
    const [post] = await settledPosts(1);
    expect(post).toMatchObject({ platform: REPLICAS[name].platform, kind: 'conversation', reply: false });
    await page.close();
  });

  it('a double click records one post (Facebook), and so does a click followed by Ctrl+Enter (X)', async () => {
    const facebook = await draft('facebook', SALESY);
    await facebook.locator(submitSelector('facebook')).dblclick();
    expect((await settledPosts(1))[0]).toMatchObject({ platform: 'facebook' });
    await facebook.close();

    await ask({ type: 'history-clear' });
    const x = await draft('x', GOOD);
    await x.locator(submitSelector('x')).first().click();
    await x.keyboard.press('Control+Enter');
    expect((await settledPosts(1))[0]).toMatchObject({ platform: 'x' });
    await x.close();
  });

  it('a button the site disabled records nothing (Mastodon over its limit, by click and by Ctrl+Enter)', async () => {
    const page = await draft('mastodon', 'Too long: ');
    await page.keyboard.insertText('a'.repeat(500));
    await expect(page.locator(submitSelector('mastodon')).first().isDisabled()).resolves.toBe(true);
    await page.locator(submitSelector('mastodon')).first().click({ force: true });
    await page.keyboard.press('Control+Enter');
    await settledPosts(0);
    await page.close();
  });

  it('an aria-disabled button records nothing (Bluesky, while the draft is still empty)', async () => {
    const page = await browser.openReplica('bluesky');
    await focusEditor(page);
    await page.locator(submitSelector('bluesky')).click({ force: true }); // Playwright waits for aria-disabled ones
    await settledPosts(0);
    await page.close();
  });

  it('a cleared draft records nothing (LinkedIn disables its button; old Reddit does not)', async () => {
    for (const name of ['linkedin', 'old-reddit'] as const) {
      const page = await draft(name, 'A draft I thought better of');
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Backspace');
      await expect.poll(() => modelText(page)).toBe('');
      await page.locator(submitSelector(name)).first().click({ force: true });
      await settledPosts(0);
      await page.close();
    }
  });

  it('an abandoned draft records nothing (Reddit: written, then the tab closed)', async () => {
    const page = await draft('reddit', SALESY);
    await page.close();
    await settledPosts(0);
  });
});
