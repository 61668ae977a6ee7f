import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chunksOf, decode, lines, peek } from '../../../cli/readers/source';
import { chunked, collect } from '../helpers';

const join = async (input: Parameters<typeof decode>[0]): Promise<string> => (await collect(decode(input))).join('');

describe('decode', () => {
  it('joins multi-byte characters split across chunks and drops a byte-order mark', async () => {
    expect(await join(chunked('\uFEFFcafé 🎉 日本', 1))).toBe('café 🎉 日本');
  });

  it('reads UTF-16 by its byte-order mark (LinkedIn\'s older exports), and without one by its zero bytes', async () => {
    const text = '"Date"\t"Share Commentary"\n"2017"\t"Zoë 🎉"\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(Buffer.from(text, 'utf16le')).swap16();
    for (const bytes of [le, Buffer.from(text, 'utf16le'), Buffer.concat([Buffer.from([0xfe, 0xff]), be])]) {
      expect(await join(Readable.from([bytes.subarray(0, 1), bytes.subarray(1, 5), bytes.subarray(5)]))).toBe(text);
    }
  });

  it('takes a web ReadableStream, a string, bytes and short inputs alike', async () => {
    const bytes = new TextEncoder().encode('héllo');
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 2));
        controller.enqueue(bytes.subarray(2));
        controller.close();
      },
    });
    expect(await join(web)).toBe('héllo');
    expect(await join('\uFEFFhéllo')).toBe('héllo');
    expect(await join(bytes)).toBe('héllo');
    expect(await join(new Uint8Array([0x68, 0x69]))).toBe('hi');
    expect(await join(new Uint8Array())).toBe('');
  });
});

describe('chunksOf', () => {
  it('cancels a web stream when the reader stops early', async () => {
    let cancelled = false;
    const web = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array([0x61]));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const chunk of chunksOf(web)) {
      expect(chunk).toEqual(new Uint8Array([0x61]));
      break;
    }
    expect(cancelled).toBe(true);
  });

  it('cuts a long string into slices', async () => {
    const slices = await collect(chunksOf('x'.repeat(200 * 1024)));
    expect(slices.length).toBe(4);
  });
});

describe('lines', () => {
  it('numbers lines from 1, without \\n or \\r\\n, including a last line without an end', async () => {
    const out = await collect(lines(decode(chunked('a\r\nb\n\nc', 1))));
    expect(out).toEqual([
      { text: 'a', line: 1 },
      { text: 'b', line: 2 },
      { text: '', line: 3 },
      { text: 'c', line: 4 },
    ]);
  });
});

describe('peek', () => {
  it('reads only until the head is enough, then replays it followed by the rest', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<Buffer> {
      for (const part of ['he', 'ad\n', 'body ', 'more']) {
        pulled += 1;
        yield Buffer.from(part);
      }
    }
    const { head, source: replay } = await peek(source(), (h) => h.includes('\n'));
    expect(head).toBe('head\n');
    expect(pulled).toBe(2);
    expect((await collect(replay)).join('')).toBe('head\nbody more');
  });

  it('stops at the end of a short source', async () => {
    const { head, source } = await peek(chunked('tiny', 2), () => false);
    expect(head).toBe('tiny');
    expect((await collect(source)).join('')).toBe('tiny');
  });
});
