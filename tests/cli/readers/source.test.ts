import { describe, expect, it } from 'vitest';
import { decode, lines, peek } from '../../../cli/readers/source';
import { chunked, collect } from '../helpers';

describe('decode', () => {
  it('joins multi-byte characters split across chunks and drops a byte-order mark', async () => {
    expect((await collect(decode(chunked('\uFEFFcafé 🎉 日本', 1)))).join('')).toBe('café 🎉 日本');
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
    expect((await collect(decode(replay))).join('')).toBe('head\nbody more');
  });

  it('stops at the end of a short source', async () => {
    const { head, source } = await peek(chunked('tiny', 2), () => false);
    expect(head).toBe('tiny');
    expect((await collect(decode(source))).join('')).toBe('tiny');
  });
});
