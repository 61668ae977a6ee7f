/**
 * Where the badge and its cards go: pure geometry, rectangles in viewport coordinates in and a position
 * out, so every case can be tested without a browser. The page measures (page-geometry.ts); this decides.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Room kept between our boxes and the things they must not touch, and from the viewport's edges. */
const GAP = 6;
const MARGIN = 8;

export function rect(left: number, top: number, width: number, height: number): Rect {
  return { left, top, right: left + width, bottom: top + height };
}

/** The area two rectangles share (0 when they only touch). */
export function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

function overlapAll(box: Rect, others: readonly Rect[]): number {
  return others.reduce((sum, other) => sum + overlap(box, other), 0);
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.left >= outer.left && inner.top >= outer.top && inner.right <= outer.right && inner.bottom <= outer.bottom;
}

function grow(r: Rect, by: number): Rect {
  return { left: r.left - by, top: r.top - by, right: r.right + by, bottom: r.bottom + by };
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

export interface BadgeScene {
  /** The editable element's box. */
  composer: Rect;
  /** The boxes of the draft's text (its lines or pieces of them): the badge never covers a word. */
  text: readonly Rect[];
  /** The platform's controls near the composer (its Post button): never covered either. */
  controls: readonly Rect[];
  badge: Size;
  viewport: Size;
}

export interface BadgePlace {
  left: number;
  top: number;
  /** Inside the composer's bottom-right corner, or beside the composer. */
  where: 'inside' | 'beside';
}

/**
 * The badge goes inside the composer's bottom-right corner when it fits there clear of the text and the
 * platform's controls; otherwise just beside the composer (right of it, under its right end, above it),
 * moved left past a control it would cover. When every spot covers something, the one covering least wins.
 */
export function placeBadge({ composer, text, controls, badge, viewport }: BadgeScene): BadgePlace {
  const { width: w, height: h } = badge;
  const words = text.map((t) => grow(t, 2));
  const blocked = controls.map((c) => grow(c, GAP));
  const leftOf = (box: Rect) => slideLeft(box, blocked);
  // A composer wider or taller than the window (a fixed-width textarea on a phone) holds the badge in the
  // part that shows.
  const shown = {
    left: Math.max(composer.left, 0),
    top: Math.max(composer.top, 0),
    right: Math.min(composer.right, viewport.width),
    bottom: Math.min(composer.bottom, viewport.height),
  };
  const candidates: { box: Rect; where: BadgePlace['where'] }[] = [
    { box: rect(shown.right - w - GAP, shown.bottom - h - GAP, w, h), where: 'inside' },
    // A composer exactly as tall as its lines: the corner, flush with the bottom edge.
    { box: rect(shown.right - w - GAP, shown.bottom - h - 1, w, h), where: 'inside' },
    { box: rect(composer.right + GAP, composer.bottom - h, w, h), where: 'beside' },
    { box: leftOf(rect(shown.right - w, composer.bottom + GAP, w, h)), where: 'beside' },
    { box: leftOf(rect(shown.right - w, composer.top - h - GAP, w, h)), where: 'beside' },
    { box: rect(shown.right - w - GAP, shown.top + GAP, w, h), where: 'inside' },
  ];
  let best: BadgePlace | undefined;
  let bestCost = Infinity;
  for (const candidate of candidates) {
    if (candidate.where === 'inside' && !contains(composer, candidate.box)) continue;
    // Pushed back on screen first: a badge nobody sees helps nobody.
    const left = Math.round(clamp(candidate.box.left, MARGIN, viewport.width - w - MARGIN));
    const top = Math.round(clamp(candidate.box.top, MARGIN, viewport.height - h - MARGIN));
    const box = rect(left, top, w, h);
    const cost = overlapAll(box, words) + overlapAll(box, blocked) * 4;
    if (cost === 0) return { left, top, where: candidate.where };
    if (cost < bestCost) [best, bestCost] = [{ left, top, where: candidate.where }, cost];
  }
  return best ?? { left: MARGIN, top: MARGIN, where: 'beside' };
}

/** Moves a box left until it clears every blocked rectangle it meets. */
function slideLeft(box: Rect, blocked: readonly Rect[]): Rect {
  let moved = box;
  for (let i = 0; i <= blocked.length; i++) {
    const hit = blocked.find((b) => overlap(moved, b) > 0);
    if (!hit) break;
    const shift = moved.right - hit.left;
    moved = { ...moved, left: moved.left - shift, right: moved.right - shift };
  }
  return moved;
}

export type Side = 'below' | 'above' | 'right' | 'left';

export interface PopupScene {
  /** What the popup belongs to: the badge for the list, the flagged words for a finding's card. */
  anchor: Rect;
  /** The popup's natural size (its height before any scrolling). */
  size: Size;
  /** Shortest useful height: a popup squeezed below this looks for another side. */
  minHeight: number;
  /** Never covered: the line being written, the platform's Post button. */
  avoid: readonly Rect[];
  /** Better not covered, when there is a choice: the rest of the draft. */
  prefer: readonly Rect[];
  /** Line the popup up with the anchor's left edge ('start') or its right edge ('end'). */
  align: 'start' | 'end';
  viewport: Size;
}

export interface PopupPlace {
  left: number;
  top: number;
  width: number;
  /** The popup scrolls inside this height. */
  maxHeight: number;
  side: Side;
}

const SIDES: readonly Side[] = ['below', 'above', 'right', 'left'];

/**
 * Where a card or list opens. Each side of the anchor is tried, first clear of both what it must not cover
 * and what it had better not cover, then clear of the first alone: the popup slides away from the anchor
 * past each such rectangle, shrinks (down to `minHeight`) to stay on screen, and is kept inside the viewport
 * across. The first spot that covers nothing wins; failing that, the one covering least.
 */
export function placePopup(scene: PopupScene): PopupPlace {
  const { viewport } = scene;
  const width = Math.min(scene.size.width, viewport.width - 2 * MARGIN);
  const avoid = scene.avoid.map((r) => grow(r, GAP / 2));
  let best: PopupPlace | undefined;
  let bestCost = Infinity;
  for (const slidePast of [[...avoid, ...scene.prefer], avoid]) {
    for (const side of SIDES) {
      const candidate = onSide(scene, side, width, slidePast);
      if (!candidate) continue;
      const box = rect(candidate.left, candidate.top, candidate.width, candidate.maxHeight);
      const cost = overlapAll(box, avoid) * 1000 + overlapAll(box, scene.prefer);
      if (cost === 0) return candidate;
      if (cost < bestCost) [best, bestCost] = [candidate, cost];
    }
  }
  return best ?? fallback(scene, width);
}

function onSide(scene: PopupScene, side: Side, width: number, blocked: readonly Rect[]): PopupPlace | undefined {
  const { anchor, size, viewport, minHeight } = scene;
  const bottomLimit = viewport.height - MARGIN;
  const rightLimit = viewport.width - MARGIN;
  if (side === 'below' || side === 'above') {
    const left = clamp(scene.align === 'start' ? anchor.left : anchor.right - width, MARGIN, rightLimit - width);
    const across = (top: number, bottom: number) => ({ left, top, right: left + width, bottom });
    if (side === 'below') {
      let top = anchor.bottom + GAP;
      for (let i = 0; i <= blocked.length; i++) {
        const hit = blocked.find((b) => overlap(across(top, top + Math.max(minHeight, Math.min(size.height, bottomLimit - top))), b) > 0);
        if (!hit) break;
        top = hit.bottom + GAP;
      }
      const height = Math.min(size.height, bottomLimit - top);
      return height >= Math.min(minHeight, size.height) ? { left, top, width, maxHeight: height, side } : undefined;
    }
    let bottom = anchor.top - GAP;
    for (let i = 0; i <= blocked.length; i++) {
      const hit = blocked.find((b) => overlap(across(bottom - Math.max(minHeight, Math.min(size.height, bottom - MARGIN)), bottom), b) > 0);
      if (!hit) break;
      bottom = hit.top - GAP;
    }
    const height = Math.min(size.height, bottom - MARGIN);
    return height >= Math.min(minHeight, size.height) ? { left, top: bottom - height, width, maxHeight: height, side } : undefined;
  }
  const height = Math.min(size.height, viewport.height - 2 * MARGIN);
  const top = clamp(anchor.top, MARGIN, bottomLimit - height);
  const along = (left: number) => ({ left, top, right: left + width, bottom: top + height });
  let left = side === 'right' ? anchor.right + GAP : anchor.left - GAP - width;
  for (let i = 0; i <= blocked.length; i++) {
    const hit = blocked.find((b) => overlap(along(left), b) > 0);
    if (!hit) break;
    left = side === 'right' ? hit.right + GAP : hit.left - GAP - width;
  }
  return left >= MARGIN && left + width <= rightLimit ? { left, top, width, maxHeight: height, side } : undefined;
}

/** No side has room (a tiny window): the top of the viewport, at whatever height it has. */
function fallback(scene: PopupScene, width: number): PopupPlace {
  const height = Math.max(40, Math.min(scene.size.height, scene.viewport.height - 2 * MARGIN));
  return { left: MARGIN, top: MARGIN, width, maxHeight: height, side: 'below' };
}
