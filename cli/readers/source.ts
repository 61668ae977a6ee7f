import type { ByteSource } from './types';

/** UTF-8 text chunks from bytes, split characters joined across chunk edges, a byte-order mark dropped. */
export async function* decode(source: ByteSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
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
 * Reads the first chunks of a source until `enough(head)` says the start is known (or `max` characters, or
 * the end), and gives back the head plus a source that replays those chunks and then goes on: the format
 * is detected from content without reading the file twice or holding more than its start.
 */
export async function peek(
  source: ByteSource,
  enough: (head: string) => boolean,
  max = 64 * 1024,
): Promise<{ head: string; source: ByteSource }> {
  const iterator = source[Symbol.asyncIterator]();
  const taken: (Uint8Array | string)[] = [];
  const decoder = new TextDecoder('utf-8');
  let head = '';
  let done = false;
  while (head.length < max && !enough(head)) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    taken.push(next.value);
    head += typeof next.value === 'string' ? next.value : decoder.decode(next.value, { stream: true });
  }
  async function* replay(): AsyncGenerator<Uint8Array | string> {
    try {
      while (taken.length) yield taken.shift()!;
      if (done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.();
    }
  }
  return { head: head.replace(/^\uFEFF/, ''), source: replay() };
}
