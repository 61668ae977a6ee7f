import { describe, expect, it } from 'vitest';
import {
  overlap,
  placeBadge,
  placePopup,
  rect,
  type BadgeScene,
  type PopupPlace,
  type PopupScene,
  type Rect,
} from '../../../entrypoints/composer.content/placement';

const BADGE = { width: 120, height: 26 };
const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

function badgeBox(scene: BadgeScene): Rect {
  const at = placeBadge(scene);
  return rect(at.left, at.top, scene.badge.width, scene.badge.height);
}

function popupBox(at: PopupPlace): Rect {
  return rect(at.left, at.top, at.width, at.maxHeight);
}

function onScreen(box: Rect, viewport: { width: number; height: number }): boolean {
  return box.left >= 0 && box.top >= 0 && box.right <= viewport.width && box.bottom <= viewport.height;
}

describe('placeBadge', () => {
  it('goes inside the bottom-right corner when the last line ends short of it', () => {
    const composer = rect(100, 100, 500, 120);
    const scene = { composer, text: [rect(104, 104, 480, 22), rect(104, 126, 200, 22)], controls: [], badge: BADGE, viewport: WIDE };
    const at = placeBadge(scene);
    expect(at.where).toBe('inside');
    const box = badgeBox(scene);
    expect(box.right).toBeLessThanOrEqual(composer.right);
    expect(box.bottom).toBeLessThanOrEqual(composer.bottom);
    expect(box.left).toBeGreaterThan(composer.right - 140); // the corner, not anywhere inside
  });

  it('goes beside the composer, to its right, when the text fills the corner', () => {
    const composer = rect(100, 100, 500, 50);
    const lastLine = rect(104, 124, 490, 22);
    const scene = { composer, text: [rect(104, 102, 490, 22), lastLine], controls: [], badge: BADGE, viewport: WIDE };
    expect(placeBadge(scene).where).toBe('beside');
    const box = badgeBox(scene);
    expect(box.left).toBeGreaterThanOrEqual(composer.right);
    expect(overlap(box, lastLine)).toBe(0);
  });

  it('goes inside, flush with the bottom edge, a composer exactly as tall as its two lines', () => {
    const composer = rect(390, 49, 553, 56);
    const text = [rect(390, 51, 540, 24), rect(390, 79, 250, 24)];
    const scene = { composer, text, controls: [], badge: BADGE, viewport: WIDE };
    expect(placeBadge(scene).where).toBe('inside');
    for (const line of text) expect(overlap(badgeBox(scene), line)).toBe(0);
  });

  it('goes beside a composer too small to hold it (a one-line comment box)', () => {
    const composer = rect(60, 300, 280, 21);
    const scene = { composer, text: [rect(60, 300, 80, 21)], controls: [], badge: BADGE, viewport: PHONE };
    expect(placeBadge(scene).where).toBe('beside');
    expect(onScreen(badgeBox(scene), PHONE)).toBe(true);
  });

  it('at the right edge of a narrow screen, goes under the composer and left of the Post button', () => {
    const composer = rect(12, 60, 336, 90);
    const text = [rect(12, 60, 330, 24), rect(12, 84, 330, 24), rect(12, 108, 330, 24), rect(12, 132, 300, 18)];
    const post = rect(280, 160, 64, 34);
    const scene = { composer, text, controls: [post], badge: BADGE, viewport: PHONE };
    const box = badgeBox(scene);
    expect(placeBadge(scene).where).toBe('beside');
    expect(onScreen(box, PHONE)).toBe(true);
    expect(overlap(box, post)).toBe(0);
    for (const line of text) expect(overlap(box, line)).toBe(0);
  });

  it('never covers a Post button that sits inside the composer corner', () => {
    const composer = rect(100, 100, 500, 200);
    const post = rect(520, 260, 70, 32);
    const scene = { composer, text: [rect(104, 104, 300, 22)], controls: [post], badge: BADGE, viewport: WIDE };
    expect(overlap(badgeBox(scene), post)).toBe(0);
  });

  it('goes inside the part that shows of a composer wider than the screen', () => {
    const composer = rect(10, 200, 500, 100);
    const scene = { composer, text: [rect(14, 204, 480, 18)], controls: [], badge: BADGE, viewport: PHONE };
    expect(placeBadge(scene).where).toBe('inside');
    const box = badgeBox(scene);
    expect(onScreen(box, PHONE)).toBe(true);
    expect(box.bottom).toBeLessThanOrEqual(composer.bottom);
  });

  it('stays on screen when the composer runs past the viewport bottom', () => {
    const composer = rect(100, 600, 500, 400);
    const scene = { composer, text: [rect(104, 604, 490, 22)], controls: [], badge: BADGE, viewport: WIDE };
    expect(onScreen(badgeBox(scene), WIDE)).toBe(true);
  });
});

function popup(overrides: Partial<PopupScene>): PopupScene {
  return {
    anchor: rect(200, 200, 120, 26),
    size: { width: 340, height: 300 },
    minHeight: 120,
    avoid: [],
    prefer: [],
    align: 'start',
    viewport: WIDE,
    ...overrides,
  };
}

describe('placePopup', () => {
  it('opens below the anchor when there is room', () => {
    const at = placePopup(popup({}));
    expect(at.side).toBe('below');
    expect(at.top).toBeGreaterThanOrEqual(226);
    expect(at.maxHeight).toBe(300);
    expect(at.left).toBe(200);
  });

  it('flips above when the anchor is near the viewport bottom', () => {
    const at = placePopup(popup({ anchor: rect(200, 700, 120, 26) }));
    expect(at.side).toBe('above');
    expect(at.top + at.maxHeight).toBeLessThanOrEqual(700);
    expect(onScreen(popupBox(at), WIDE)).toBe(true);
  });

  it('lines up with the anchor right edge for the list, and stays inside the viewport near the edges', () => {
    const at = placePopup(popup({ anchor: rect(1200, 100, 70, 26), align: 'end' }));
    expect(at.left + at.width).toBeLessThanOrEqual(1272);
    const left = placePopup(popup({ anchor: rect(2, 100, 60, 26) }));
    expect(left.left).toBeGreaterThanOrEqual(8);
  });

  it('narrows to the viewport on a phone', () => {
    const at = placePopup(popup({ anchor: rect(230, 120, 120, 26), size: { width: 400, height: 300 }, align: 'end', viewport: PHONE }));
    expect(at.width).toBe(344);
    expect(onScreen(popupBox(at), PHONE)).toBe(true);
  });

  it('slides past a Post button below the anchor instead of covering it', () => {
    const post = rect(250, 240, 70, 34);
    const at = placePopup(popup({ avoid: [post] }));
    expect(overlap(popupBox(at), post)).toBe(0);
  });

  it('goes to the side when the Post button below and the top of the screen leave no room above or below', () => {
    const anchor = rect(200, 60, 120, 26);
    const post = rect(150, 95, 600, 700); // a tall block of controls under the anchor
    const at = placePopup(popup({ anchor, avoid: [post], viewport: WIDE }));
    expect(overlap(popupBox(at), post)).toBe(0);
    expect(at.side).toBe('right');
    expect(onScreen(popupBox(at), WIDE)).toBe(true);
  });

  it('keeps clear of a Post button to the right of a card that opens beside the anchor', () => {
    const anchor = rect(100, 300, 200, 400);
    const post = rect(310, 300, 80, 34);
    const at = placePopup(popup({ anchor, size: { width: 340, height: 380 }, avoid: [post], viewport: { width: 900, height: 760 } }));
    expect(overlap(popupBox(at), post)).toBe(0);
    expect(onScreen(popupBox(at), { width: 900, height: 760 })).toBe(true);
  });

  it('never covers the line being written, even when it lies right under the anchor', () => {
    const composer = rect(100, 100, 500, 200);
    const anchor = rect(150, 120, 100, 22); // the hovered words, on the first line
    const caretLine = rect(100, 146, 500, 22); // the next line, where the caret is
    const at = placePopup(popup({ anchor, avoid: [caretLine], prefer: [composer] }));
    expect(overlap(popupBox(at), caretLine)).toBe(0);
  });

  it('prefers to leave the rest of the draft uncovered when there is room outside the composer', () => {
    const composer = rect(100, 100, 500, 200);
    const anchor = rect(150, 120, 100, 22);
    const at = placePopup(popup({ anchor, avoid: [], prefer: [composer] }));
    expect(overlap(popupBox(at), composer)).toBe(0);
    expect(at.top).toBeGreaterThanOrEqual(300);
  });

  it('shrinks to fit below rather than covering the caret line above', () => {
    const anchor = rect(100, 400, 120, 26);
    const caretLine = rect(0, 360, 1280, 24);
    const at = placePopup(popup({ anchor, size: { width: 340, height: 500 }, avoid: [caretLine] }));
    expect(overlap(popupBox(at), caretLine)).toBe(0);
    expect(at.side).toBe('below');
    expect(at.maxHeight).toBeLessThan(500);
    expect(onScreen(popupBox(at), WIDE)).toBe(true);
  });

  it('covers as little as it can when nothing is free (a tiny window)', () => {
    const viewport = { width: 300, height: 120 };
    const at = placePopup(popup({ anchor: rect(10, 40, 100, 26), viewport, avoid: [rect(0, 0, 300, 120)] }));
    expect(at.width).toBeLessThanOrEqual(284);
    expect(at.top).toBeGreaterThanOrEqual(0);
  });
});
