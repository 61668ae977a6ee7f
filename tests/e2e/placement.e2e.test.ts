/**
 * Where the badge, the list it opens and a finding's card land in every replica, on a phone-width and a
 * desktop window: the badge inside the composer's corner or just beside it, never over the draft's last
 * line or the platform's Post button; the list and the card never over the line being written or Post; the
 * badge named for screen readers, reachable from the keyboard, and Escape closing what it opened.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../platforms';
import type { PlatformId } from '../../platforms/types';
import { focusEditor, REPLICA_NAMES, REPLICAS, SCREENSHOT_DIR, typeSlowly, type E2EBrowser, type ReplicaName } from './harness';
import { SALESY, useBrowser } from './suite';

let browser: E2EBrowser;
useBrowser((launched) => (browser = launched));

const WIDTHS = [360, 1280] as const;
/** Replicas whose screenshots are kept at both widths: a rich editor, a textarea, a one-line comment box. */
const PICTURED: readonly ReplicaName[] = ['x', 'mastodon', 'youtube', 'linkedin'];
/** How far outside the composer a badge may sit and still be "beside" it. */
const BESIDE = 48;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
}

/** The distance between two boxes (0 when they touch or overlap). */
function gap(a: Box, b: Box): number {
  return Math.max(0, a.left - b.right, b.left - a.right, a.top - b.bottom, b.top - a.bottom);
}

function within(inner: Box, outer: Box, slack: number): boolean {
  return (
    inner.left >= outer.left - slack &&
    inner.top >= outer.top - slack &&
    inner.right <= outer.right + slack &&
    inner.bottom <= outer.bottom + slack
  );
}

function describeBox(b: Box): string {
  return `[${Math.round(b.left)},${Math.round(b.top)} → ${Math.round(b.right)},${Math.round(b.bottom)}]`;
}

interface Scene {
  composer: Box;
  badge: Box;
  /** The words on the draft's last line. */
  lastLine: Box;
  /** The line the caret is on after typing (the last), across the composer's width. */
  caretLine: Box;
  posts: Box[];
  viewport: { width: number; height: number };
}

/**
 * Measured in the page, independently of the extension's own code: the last line is the last box of the
 * draft's text (in a textarea, of the mirror that lays out the same text), the Post buttons by the
 * platform's `site.submit` selectors.
 */
async function measure(page: Page, submit: readonly string[]): Promise<Scene> {
  return page.evaluate((selectors) => {
    const plain = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const editor = document.querySelector<HTMLElement>(window.__replica!.editorSelector)!;
    const composer = plain(editor.getBoundingClientRect());
    const source = editor instanceof HTMLTextAreaElement ? document.querySelector('rapport-mirror')!.shadowRoot!.firstElementChild! : editor;
    const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
    let boxes: DOMRect[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue?.replace(/\u200b/g, '').trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      boxes.push(...[...range.getClientRects()].filter((r) => r.width > 0));
    }
    const last = boxes[boxes.length - 1]!;
    boxes = boxes.filter((b) => Math.abs(b.bottom - last.bottom) < 2);
    const lastLine = {
      left: Math.min(...boxes.map((b) => b.left)),
      top: Math.min(...boxes.map((b) => b.top)),
      right: Math.max(...boxes.map((b) => b.right)),
      bottom: last.bottom,
    };
    const posts = selectors
      .flatMap((s) => [...document.querySelectorAll(s)])
      .map((el) => plain(el.getBoundingClientRect()))
      .filter((r) => r.right > r.left && r.bottom > r.top);
    return {
      composer,
      badge: plain(document.querySelector('rapport-badge')!.getBoundingClientRect()),
      lastLine,
      caretLine: { left: composer.left, right: composer.right, top: lastLine.top, bottom: lastLine.bottom },
      posts,
      viewport: { width: window.innerWidth, height: window.innerHeight },
    };
  }, submit);
}

async function settle(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const badge = document.querySelector<HTMLElement>('rapport-badge');
          const editor = document.querySelector(window.__replica!.editorSelector) as HTMLElement | HTMLTextAreaElement;
          const length = editor instanceof HTMLTextAreaElement ? editor.value.length : null;
          return badge?.dataset.state === 'ready' && (length === null || badge.dataset.textLength === String(length));
        }),
      { timeout: 15_000 },
    )
    .toBe(true);
  // A replica wider than a phone (YouTube's 640 px column, old Reddit's 500 px textarea) scrolls sideways to
  // follow the caret; back to its left edge, where the draft's first words are, as a person would scroll.
  // The badge moves on the frame after the check's answer or the scroll.
  await page.evaluate(() => window.scrollTo(0, window.scrollY));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The open card's box, once it has been placed (it is drawn hidden to be measured first). */
async function cardBox(page: Page): Promise<Box> {
  const card = page.locator('rapport-badge .card[data-side]');
  await expect.poll(() => card.count()).toBe(1);
  const box = await card.boundingBox();
  return { left: box!.x, top: box!.y, right: box!.x + box!.width, bottom: box!.y + box!.height };
}

/** On screen, off the Post button, and off `line` (the last line's words for the badge, the whole caret line for cards). */
function expectClear(what: string, box: Box, scene: Scene, line: Box): void {
  const { viewport } = scene;
  expect(within(box, { left: 0, top: 0, right: viewport.width, bottom: viewport.height }, 0), `${what} ${describeBox(box)} on screen`).toBe(true);
  expect(overlaps(box, line), `${what} ${describeBox(box)} clear of the line ${describeBox(line)}`).toBe(false);
  for (const post of scene.posts) {
    expect(overlaps(box, post), `${what} ${describeBox(box)} clear of Post ${describeBox(post)}`).toBe(false);
  }
}

/** Points at the first underlined words, where a person would to open their card. */
async function hoverUnderline(page: Page, words: string): Promise<void> {
  const point = await page.evaluate((target) => {
    const rects: DOMRect[] = [];
    for (const span of document.querySelector('rapport-mirror')?.shadowRoot?.querySelectorAll('span') ?? []) {
      if (span.textContent === target) rects.push(span.getBoundingClientRect());
    }
    for (const name of ['rapport-suggestion', 'rapport-warning', 'rapport-error']) {
      for (const range of CSS.highlights.get(name) ?? []) if ((range as Range).toString() === target) rects.push((range as Range).getBoundingClientRect());
    }
    const r = rects[0];
    return r ? { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 } : null;
  }, words);
  expect(point, `an underline on "${words}"`).not.toBeNull();
  await page.mouse.move(point!.x, point!.y, { steps: 3 });
}

describe.each(REPLICA_NAMES)('placement in the %s composer', (name) => {
  const submit = PLATFORMS[REPLICAS[name].platform as PlatformId].site.submit;

  it.each(WIDTHS)(`${name} at %ipx: badge, list and card clear of the caret line and Post`, async (width) => {
    const page = await browser.openReplica(name);
    try {
      await page.setViewportSize({ width, height: width < 600 ? 740 : 800 });
      await focusEditor(page);
      await typeSlowly(page, SALESY, { delay: 5 });
      await settle(page);
      const scene = await measure(page, submit);
      expect(scene.posts.length, 'the replica shows its Post button').toBeGreaterThan(0);

      // The badge: in the composer's corner or beside it, named, and over neither the last line nor Post.
      const badge = page.locator('rapport-badge button.badge');
      const name_ = await badge.getAttribute('aria-label');
      expect(name_).toMatch(/^Rapport: \d+ suggestions?, score \d+$/);
      expect(await badge.getAttribute('title')).toBe(name_);
      expect(await badge.innerText()).toMatch(/^\d+ suggestions?$/);
      const where = await page.locator('rapport-badge').getAttribute('data-where');
      const placed = where === 'inside' ? within(scene.badge, scene.composer, 0) : gap(scene.badge, scene.composer) <= BESIDE;
      expect(placed, `badge ${describeBox(scene.badge)} ${where} composer ${describeBox(scene.composer)}`).toBe(true);
      expectClear('badge', scene.badge, scene, scene.lastLine);

      // A finding's card, opened by pointing at its words on the first line.
      await hoverUnderline(page, 'WE ARE SO EXCITED');
      expectClear('card', await cardBox(page), scene, scene.caretLine);
      if (PICTURED.includes(name)) await page.screenshot({ path: join(SCREENSHOT_DIR, `placement-card-${name}-${width}.png`) });
      await page.mouse.move(1, 1);
      await expect.poll(() => page.locator('rapport-badge .card').count()).toBe(0);

      // The list the badge opens.
      await badge.click();
      const list = await cardBox(page);
      expectClear('list', list, scene, scene.caretLine);
      expect(await page.locator('rapport-badge .card .finding').count()).toBeGreaterThan(1);
      if (PICTURED.includes(name)) {
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        await page.screenshot({ path: join(SCREENSHOT_DIR, `placement-${name}-${width}.png`) });
      }
      // Escape from inside the list closes it and gives the focus back to the badge.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('rapport-badge .card').count()).toBe(0);
      expect(await page.evaluate(() => document.querySelector('rapport-badge')!.shadowRoot!.activeElement?.className)).toBe('badge');

      // From the keyboard alone: Enter on the focused badge opens the list, with the focus in it.
      await page.keyboard.press('Enter');
      await cardBox(page);
      expect(await page.evaluate(() => document.querySelector('rapport-badge')!.shadowRoot!.activeElement?.className)).toBe('card');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('rapport-badge .card').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
