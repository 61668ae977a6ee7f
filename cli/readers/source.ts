import type { ByteChunk, ByteInput, ByteSource } from './types';

/** How much of a whole string or byte array is handed on at a time, so the tokenizers' work stays chunked. */
const SLICE = 64 * 1024;

/**
 * Any input as chunks: a web `ReadableStream` is read through its reader (Safari's streams are not async
 * iterable) and cancelled if the consumer stops early; a string or byte array is cut into slices.
 */
export function chunksOf(input: ByteInput): ByteSource {
  if (typeof input === 'string') return slices(input, (s, i) => s.slice(i, i + SLICE), input.length);
  if (input instanceof Uint8Array) return slices(input, (b, i) => b.subarray(i, i + SLICE), input.length);
  if (isReadableStream(input)) return fromReadableStream(input);
  return input;
}

async function* slices<T extends ByteChunk>(whole: T, cut: (whole: T, at: number) => T, length: number): AsyncGenerator<T> {
  for (let i = 0; i < length; i += SLICE) yield cut(whole, i);
}

function isReadableStream(input: unknown): input is ReadableStream<Uint8Array> {
  return typeof (input as ReadableStream).getReader === 'function';
}

async function* fromReadableStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    // Stopped early: tell the stream, so a file or a download stops too.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/**
 * The text encoding from the first bytes: a byte-order mark (UTF-8, UTF-16LE as in LinkedIn's older
 * exports, UTF-16BE), or UTF-16 without one when every other byte of the start is zero. UTF-8 otherwise.
 */
function sniffEncoding(head: Uint8Array): { encoding: string; skip: number } {
  const [a, b, c, d] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (head.length >= 4 && a && !b && c && !d) return { encoding: 'utf-16le', skip: 0 };
  if (head.length >= 4 && !a && b && !c && d) return { encoding: 'utf-16be', skip: 0 };
  return { encoding: 'utf-8', skip: 0 };
}

/**
 * Text chunks from any input, the encoding told by its first bytes, characters split across chunk edges
 * joined, a byte-order mark dropped. Text chunks pass through (less a leading byte-order mark).
 */
export async function* decode(input: ByteInput): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let head: Uint8Array = new Uint8Array(0);
  let first = true;
  for await (const chunk of chunksOf(input)) {
    if (typeof chunk === 'string') {
      const text = first ? chunk.replace(/^\uFEFF/, '') : chunk;
      first = false;
      if (text) yield text;
      continue;
    }
    let bytes = chunk;
    if (!decoder) {
      // Four bytes tell the encoding; gather them even from one-byte chunks.
      head = concat(head, bytes);
      if (head.length < 4) continue;
      const { encoding, skip } = sniffEncoding(head);
      decoder = new TextDecoder(encoding);
      bytes = head.subarray(skip);
    }
    first = false;
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  }
  if (!decoder && head.length) {
    const { encoding, skip } = sniffEncoding(head);
    decoder = new TextDecoder(encoding);
    const text = decoder.decode(head.subarray(skip), { stream: true });
    if (text) yield text;
  }
  const rest = decoder?.decode() ?? '';
  if (rest) yield rest;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Lines of text (without their `\n` or `\r\n`), numbered from 1. Holds one line at a time. */
export async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<{ text: string; line: number }> {
  let pending = '';
  let line = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    let from = 0;
    for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n', from)) {
      line += 1;
      yield { text: stripCr(pending.slice(from, nl)), line };
      from = nl + 1;
    }
    pending = pending.slice(from);
  }
  if (pending) yield { text: stripCr(pending), line: line + 1 };
}

function stripCr(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

/**
 * Reads the first text chunks until `enough(head)` says the start is known (or `max` characters, or the
 * end), and gives back the head plus text that replays those chunks and then goes on: the format is
 * detected from content without reading the input twice or holding more than its start.
 */
export async function peek(
  input: ByteInput,
  enough: (head: string) => boolean,
  max = 64 * 1024,
): Promise<{ head: string; source: AsyncGenerator<string> }> {
  const iterator = decode(input)[Symbol.asyncIterator]();
  const taken: string[] = [];
  let head = '';
  let done = false;
  while (head.length < max && !enough(head)) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    taken.push(next.value);
    head += next.value;
  }
  async function* replay(): AsyncGenerator<string> {
    try {
      while (taken.length) yield taken.shift()!;
      if (done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.(undefined);
    }
  }
  return { head, source: replay() };
}
