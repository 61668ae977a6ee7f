import { PLATFORMS } from '@/platforms';
import type { PlatformId } from '@/platforms/types';
import type { Rect } from './placement';

/** How far from the composer a Post button may be and still be this composer's (a few toolbar rows). */
const NEAR = 160;

function plain(r: DOMRect): Rect {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

function gapBetween(a: Rect, b: Rect): number {
  const dx = Math.max(0, a.left - b.right, b.left - a.right);
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
  return Math.max(dx, dy);
}

/** The composer's box in the viewport. */
export function boxOf(el: Element): Rect {
  return plain(el.getBoundingClientRect());
}

/** The platform's visible Post buttons next to this composer (by the site's own `submit` selectors). */
export function postButtons(platform: PlatformId, composer: Rect): Rect[] {
  const found: Rect[] = [];
  for (const selector of PLATFORMS[platform].site.submit) {
    let matches: NodeListOf<Element>;
    try {
      matches = document.querySelectorAll(selector);
    } catch {
      continue; // a selector this browser cannot parse
    }
    for (const el of matches) {
      const r = plain(el.getBoundingClientRect());
      if (r.right > r.left && r.bottom > r.top && gapBetween(r, composer) <= NEAR) found.push(r);
    }
  }
  return found;
}

/**
 * The boxes of the draft's words inside the composer: one per line of each text node (an element's own box
 * would span the editor's whole width). For a textarea, `source` is its mirror, which lays out the same text.
 */
export function textBoxes(source: Node, composer: Rect): Rect[] {
  const boxes: Rect[] = [];
  const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    range.selectNodeContents(node);
    for (const r of range.getClientRects?.() ?? []) {
      if (r.width > 0 && r.bottom > composer.top && r.top < composer.bottom) boxes.push(plain(r));
    }
  }
  return boxes;
}

/** The box of a caret position (a node and an offset in it), as tall as its line. */
export function caretBox(node: Node, offset: number): Rect | undefined {
  const range = document.createRange();
  try {
    range.setStart(node, offset);
  } catch {
    return undefined;
  }
  range.collapse(true);
  const rects = range.getClientRects?.() ?? [];
  const last = rects[rects.length - 1];
  if (last && last.height > 0) return plain(last);
  // A collapsed range at a text node's end, or on an empty line (<p><br></p>), has no box: use the
  // character before it, or the line's own element.
  if (node.nodeType === Node.TEXT_NODE && offset > 0) {
    range.setStart(node, offset - 1);
    const before = range.getClientRects?.() ?? [];
    const box = before[before.length - 1];
    if (box && box.height > 0) return plain(box);
  }
  const el = node.nodeType === Node.ELEMENT_NODE ? ((node.childNodes[offset] as Element | undefined) ?? node) : node.parentElement;
  return el instanceof Element ? plain(el.getBoundingClientRect()) : undefined;
}

/** The line the caret is on in a rich editor, or undefined when the selection is elsewhere. */
export function editorCaret(root: HTMLElement): Rect | undefined {
  const selection = document.getSelection();
  if (!selection?.focusNode || !root.contains(selection.focusNode)) return undefined;
  return caretBox(selection.focusNode, selection.focusOffset);
}
