/**
 * The line around a finding with a caret underline, as compilers show it:
 *
 *     2 | Our NEW range is here!!!
 *       |     ^^^
 *
 * Columns are counted in terminal cells, not UTF-16 units: an emoji or a CJK character takes two cells, a
 * combining mark none, so the carets sit under the flagged text whatever comes before it.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WIDE =
  /[\p{Extended_Pictographic}\p{Regional_Indicator}\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]+$/u;
/** Text-presentation symbols that only turn into (wide) emoji with U+FE0F. */
const TEXT_DEFAULT = /^[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u2328\u23cf\u23ed-\u23ef\u23f1\u23f2\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb\u25fc\u2600-\u2604\u260e\u2611\u2618\u261d\u2620\u2622\u2623\u2626\u262a\u262e\u262f\u2638-\u263a\u2640\u2642\u265f\u2660\u2663\u2665\u2666\u2668\u267b\u267e\u2692\u2694-\u2697\u2699\u269b\u269c\u26a0\u26a7\u26b0\u26b1\u26c8\u26cf\u26d1\u26d3\u26e9\u26f0\u26f1\u26f4\u26f7\u26f8\u2702\u2708\u2709\u270c\u270d\u270f\u2712\u2714\u2716\u271d\u2721\u2733\u2734\u2744\u2747\u2763\u2764\u27a1\u2934\u2935\u2b05-\u2b07\u3030\u303d\u3297\u3299]$/u;

export function graphemeWidth(grapheme: string): number {
  if (ZERO_WIDTH.test(grapheme)) return 0;
  if (TEXT_DEFAULT.test(grapheme)) return 1;
  return WIDE.test(grapheme) ? 2 : 1;
}

/** Width of a string in terminal cells. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(text)) width += graphemeWidth(segment);
  return width;
}

export interface ContextLine {
  /** 1-based line number of the finding's start. */
  line: number;
  /** 1-based column (in UTF-16 units, as editors count) of the finding's start. */
  column: number;
  /** The shown part of the line (tabs made spaces, cut around the span when long). */
  text: string;
  /** Spaces then carets, as wide as the span's part on this line (at least one caret). */
  underline: string;
}

/** Where `offset` falls: 1-based line and column. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number; lineStart: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, lineStart };
}

/**
 * How many UTF-16 units of a line are measured on each side of a span and of the span itself. A post can be
 * one line of 60,000 characters and the report shows about 72 cells of it: measuring the whole line for every
 * finding made the report quadratic (minutes for one long line).
 */
const WINDOW = 1024;

/**
 * The line holding `start`, cut to about `maxWidth` cells around the span, and the caret underline. A span
 * running past the end of its line is underlined to the end of the line.
 */
export function contextLine(text: string, start: number, end: number, maxWidth = 72): ContextLine {
  const { line, column, lineStart } = lineAndColumn(text, start);
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  const spanEnd = Math.min(Math.max(end, start), lineEnd);
  const clean = (s: string): string => s.replace(/\t/g, ' ').replace(/\r$/, '');
  const from = Math.max(lineStart, start - WINDOW);
  const flaggedTo = Math.min(spanEnd, start + WINDOW);
  const to = Math.min(lineEnd, spanEnd + WINDOW);

  let before = clean(text.slice(from, start));
  let flagged = clean(text.slice(start, flaggedTo));
  let after = clean(text.slice(spanEnd, to));
  const budget = Math.max(20, maxWidth);
  // A side cut by the window is longer than any room it could get, so it is cut again with an ellipsis.
  const width = (part: string, cut: boolean) => (cut ? Infinity : displayWidth(part));
  if (width(flagged, flaggedTo < spanEnd) > budget) {
    flagged = cutEnd(flagged, budget - 1) + '\u2026';
    after = '';
  }
  const room = budget - displayWidth(flagged);
  const beforeWidth = width(before, from > lineStart);
  const afterWidth = after ? width(after, to < lineEnd) : 0;
  if (beforeWidth + afterWidth > room) {
    const beforeRoom = Math.min(beforeWidth, Math.max(Math.floor(room / 3), room - afterWidth));
    if (beforeWidth > beforeRoom) before = '\u2026' + cutStart(before, beforeRoom - 1);
    const afterRoom = room - displayWidth(before);
    if (after && afterWidth > afterRoom) after = cutEnd(after, afterRoom - 1) + '\u2026';
  }
  const underline = ' '.repeat(displayWidth(before)) + '^'.repeat(Math.max(1, displayWidth(flagged)));
  return { line, column, text: before + flagged + after, underline };
}

function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The start of `text` that fits in `width` cells. */
function cutEnd(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = graphemeWidth(g);
    if (used + w > width) break;
    out += g;
    used += w;
  }
  return out;
}

/** The end of `text` that fits in `width` cells. */
function cutStart(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const g of graphemes(text).reverse()) {
    const w = graphemeWidth(g);
    if (used + w > width) break;
    out = g + out;
    used += w;
  }
  return out;
}

/** First `max` cells of a post on one line, for lists of posts. */
export function snippet(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return displayWidth(flat) <= max ? flat : cutEnd(flat, max - 1).trimEnd() + '\u2026';
}
