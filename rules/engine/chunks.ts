/**
 * Splits a text into chunks: the unit of parsing and caching. A chunk never crosses a line break, and long
 * lines are cut at sentence ends chosen by the sentence's own content (content-defined chunking), so a
 * one-word edit changes one chunk and leaves every other chunk's text, and its cache entry, as it was.
 */
export interface ChunkSpan {
  start: number;
  end: number;
}

const SHORT_LINE = 400;
const MAX_CHUNK = 700;
const SENTENCE = /[^.!?\u2026\n]*(?:[.!?\u2026]+["'\u2019\u201d)\]]*(?:\s+|$)|$)/g;

export function splitChunks(text: string, limit = text.length): ChunkSpan[] {
  const spans: ChunkSpan[] = [];
  const end = Math.min(text.length, limit);
  let lineStart = 0;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    if (/\S/.test(text.slice(lineStart, lineEnd))) splitLine(text, lineStart, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function splitLine(text: string, start: number, end: number, out: ChunkSpan[]): void {
  if (end - start <= SHORT_LINE) {
    out.push({ start, end });
    return;
  }
  const line = text.slice(start, end);
  let groupStart = 0;
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(line); m && m[0].length > 0; m = SENTENCE.exec(line)) {
    const sentenceEnd = m.index + m[0].length;
    if (hash(m[0]) % 3 === 0 || sentenceEnd - groupStart >= MAX_CHUNK) {
      pushBounded(text, start + groupStart, start + sentenceEnd, out);
      groupStart = sentenceEnd;
    }
  }
  if (groupStart < line.length) pushBounded(text, start + groupStart, end, out);
}

/** Text with no sentence ends is cut at a space (or anywhere but inside a surrogate pair) so chunks stay small. */
function pushBounded(text: string, start: number, end: number, out: ChunkSpan[]): void {
  const max = MAX_CHUNK * 2;
  while (end - start > max) {
    let cut = text.lastIndexOf(' ', start + max);
    if (cut <= start) {
      cut = start + max;
      if (isLowSurrogate(text.charCodeAt(cut))) cut -= 1;
    }
    out.push({ start, end: cut });
    start = cut;
  }
  if (end > start) out.push({ start, end });
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** FNV-1a: cheap and stable, only used to pick cut points. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
