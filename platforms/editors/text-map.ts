/**
 * One walker reads a contenteditable editor's text and remembers where each character came from, so the
 * offsets the engine reports map back to DOM ranges with the same arithmetic that produced the text.
 * Every block (paragraph, Draft block, list item) is a line, lines are joined by "\n", an empty block is an
 * empty line, and a <br> is "\n" unless it is the placeholder that holds an empty or finished line open.
 */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the extracted text. */
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'SECTION', 'ARTICLE', 'TABLE', 'TR',
]);
const SKIPPED_TAGS = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

const isBlock = (el: Element) => BLOCK_TAGS.has(el.tagName);

/** A <br> with nothing after it inside its block only keeps the line open; it is not a line break. */
function isPlaceholderBreak(br: Element, root: Element): boolean {
  for (let node: Node = br; node !== root; node = node.parentNode!) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType !== Node.TEXT_NODE || (next as Text).data !== '') return false;
    }
    if (!node.parentNode || (node.parentNode instanceof Element && isBlock(node.parentNode))) break;
  }
  return true;
}

export function buildTextMap(root: HTMLElement): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lines = 0;
  let inLine = false;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const startLine = () => {
    if (lines > 0) push('\n');
    lines++;
    inLine = true;
  };
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (!data) continue;
        if (!inLine) startLine();
        segments.push({ node: child as Text, start: length, end: length + data.length });
        push(data);
      } else if (child instanceof Element && !SKIPPED_TAGS.has(child.tagName)) {
        if (child.tagName === 'BR') {
          if (!inLine) startLine();
          if (!isPlaceholderBreak(child, root)) push('\n');
        } else if (isBlock(child)) {
          const linesBefore = lines;
          inLine = false;
          walk(child);
          if (lines === linesBefore) startLine(); // an empty block is an empty line
          inLine = false;
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  return { text: parts.join(''), segments };
}

/** Where a span starts: inside the first segment that ends after it (its start, if the offset is a "\n"). */
function locateStart(map: TextMap, offset: number): { node: Text; offset: number } | null {
  const s = map.segments.find((seg) => seg.end > offset) ?? map.segments.at(-1);
  if (!s) return null;
  return { node: s.node, offset: Math.min(Math.max(offset - s.start, 0), s.end - s.start) };
}

/** Where a span ends: inside the last segment that starts before it. */
function locateEnd(map: TextMap, offset: number): { node: Text; offset: number } | null {
  const s = map.segments.findLast((seg) => seg.start < offset) ?? map.segments[0];
  if (!s) return null;
  return { node: s.node, offset: Math.min(Math.max(offset - s.start, 0), s.end - s.start) };
}

export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const a = locateStart(map, start);
  const b = locateEnd(map, end);
  if (!a || !b) return null;
  const range = document.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range.collapsed && start !== end ? null : range;
}

/** The segments a span touches: a fix is only typed over a span that lies inside one text node. */
export function segmentsIn(map: TextMap, start: number, end: number): TextSegment[] {
  return map.segments.filter((s) => s.end > start && s.start < end);
}

/** The text offset of a DOM position inside the editor (the caret), or -1 when it is not in a text node we read. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const segment = map.segments.find((s) => s.node === node);
  return segment ? segment.start + Math.min(offset, segment.end - segment.start) : -1;
}
