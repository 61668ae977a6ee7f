/**
 * Proves the e2e foundation before any content-script test leans on it: every replica loads at its real
 * URL with the built extension loaded, keyboard typing lands in the editor's own model, the editor's undo
 * and redo work, and the leak recorder both stays empty and really catches a request when one is made.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  focusEditor,
  inModelNewlines,
  modelText,
  redo,
  REPLICA_NAMES,
  REPLICAS,
  replicaInfo,
  SCREENSHOT_DIR,
  typeSlowly,
  undo,
  type E2EBrowser,
  type ReplicaName,
} from './harness';
import { useBrowser } from './suite';

const TYPED = 'Hello there 👋 café\nsecond line';

/**
 * The editor fingerprint each replica must show, in the terms the content script detects editors by
 * (DESIGN.md, research notes A.4): if a replica drifts from these, its test fails here, not in a
 * content-script test that would then be testing the wrong thing.
 */
const FINGERPRINT: Record<ReplicaName, string> = {
  x: '.DraftEditor-root .public-DraftEditor-content[contenteditable="true"][role="textbox"][data-testid="tweetTextarea_0"]',
  linkedin: '.share-creation-state__text-editor .ql-container .ql-editor[contenteditable="true"]',
  facebook: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  threads: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-placeholder]',
  instagram: 'form textarea[aria-label="Add a comment…"]',
  bluesky: '.ProseMirror.ProseMirror-light[contenteditable="true"][role="textbox"][aria-label="Rich-Text Editor"]',
  mastodon: '.autosuggest-textarea textarea.autosuggest-textarea__textarea[dir="auto"]',
  reddit: 'shreddit-composer > .rd-body > div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  'old-reddit': 'form.usertext .usertext-edit textarea[name="text"]',
  youtube:
    'ytd-commentbox yt-formatted-string#contenteditable-textarea > #contenteditable-root[contenteditable="true"]',
};

let browser: E2EBrowser;

useBrowser((launched) => (browser = launched));

describe('the e2e browser', () => {
  it('has the built extension loaded, with its service worker running', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.serviceWorker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
  });

  it('records requests to the network from pages, the service worker and WebSockets, and sends none', async () => {
    browser.resetLeaks();
    const page = await browser.openReplica('old-reddit');
    const fromPage = await page.evaluate(() =>
      fetch('https://tracker.invalid/collect?t=1').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    const fromSocket = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          const ws = new WebSocket('wss://socket.invalid/live');
          ws.onopen = () => done('open');
          ws.onclose = () => done('closed');
        }),
    );
    const fromWorker = await browser.serviceWorker.evaluate(() =>
      fetch('https://api.invalid/v1/analyze', { method: 'POST', body: 'draft' }).then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    await page.close();

    expect([fromPage, fromSocket, fromWorker]).toEqual(['blocked', 'closed', 'blocked']);
    const seen = browser.leaks.map((leak) => [leak.source, leak.method, leak.url].filter(Boolean).join(' '));
    expect(seen).toEqual(
      expect.arrayContaining([
        'page GET https://tracker.invalid/collect?t=1',
        'websocket wss://socket.invalid/live',
        'service-worker POST https://api.invalid/v1/analyze',
      ]),
    );
    browser.resetLeaks();
  });

  it('serves Threads at threads.net as well as threads.com', async () => {
    browser.resetLeaks();
    const page = await browser.openReplica('threads', { url: 'https://www.threads.net/' });
    expect(page.url()).toBe('https://www.threads.net/');
    expect((await replicaInfo(page)).platform).toBe('threads');
    await page.close();
    expect(browser.leaks).toEqual([]);
  });
});

describe.each(REPLICA_NAMES)('the %s replica', (name) => {
  it(`${name}: loads at its real URL, typing reaches the model, undo and redo work, nothing is sent`, async () => {
    browser.resetLeaks();
    const page = await browser.openReplica(name);
    try {
      expect(page.url()).toBe(REPLICAS[name].url);
      const info = await replicaInfo(page);
      expect(info.platform).toBe(name);

      await focusEditor(page);
      await expect.poll(() => page.locator(FINGERPRINT[name]).count()).toBe(1);
      expect(await page.locator(info.editorSelector).count()).toBe(1);
      const focused = await page.evaluate(
        (selector) => document.activeElement === document.querySelector(selector),
        info.editorSelector,
      );
      expect(focused).toBe(true);

      expect(await modelText(page)).toBe('');
      await typeSlowly(page, TYPED);
      const expected = await inModelNewlines(page, TYPED);
      await expect.poll(() => modelText(page)).toBe(expected);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });

      // Each editor groups typing into undo steps its own way (a word, a line, a second of typing, all of
      // it): one Ctrl+Z must take back some of the typed text and nothing else, and redo must restore it.
      await undo(page);
      await expect.poll(() => modelText(page)).not.toBe(expected);
      const undone = await modelText(page);
      expect(expected.startsWith(undone)).toBe(true);
      await redo(page);
      await expect.poll(() => modelText(page)).toBe(expected);
    } finally {
      await page.close();
    }
    expect(browser.leaks).toEqual([]);
  });
});
