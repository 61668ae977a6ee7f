import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isTTY, readText, wantsColour, write } from '../../cli/io';
import { Capture } from './helpers';

describe('wantsColour', () => {
  const io = (tty: boolean, env: Record<string, string | undefined> = {}) => ({ stdin: new PassThrough(), stdout: new Capture(tty), stderr: new Capture(), env });

  it('colours only a terminal, and never with NO_COLOR set (even empty)', () => {
    expect(wantsColour(io(true))).toBe(true);
    expect(wantsColour(io(false))).toBe(false);
    expect(wantsColour(io(true, { NO_COLOR: '1' }))).toBe(false);
    expect(wantsColour(io(true, { NO_COLOR: '' }))).toBe(false);
  });

  it('reads isTTY from the stream', () => {
    expect(isTTY(new Capture(true))).toBe(true);
    expect(isTTY(new Capture(false))).toBe(false);
  });
});

describe('write', () => {
  it('waits for drain when the stream buffer is full', async () => {
    const chunks: string[] = [];
    let release: () => void = () => {};
    const slow = new Writable({
      highWaterMark: 4,
      write(chunk, _encoding, callback) {
        chunks.push(String(chunk));
        release = callback;
      },
    });
    let done = false;
    const pending = write(slow, 'more than four bytes').then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    release();
    await pending;
    expect(done).toBe(true);
  });
});

describe('readText', () => {
  it('decodes UTF-8 split across chunks', async () => {
    const bytes = Buffer.from('café 🎉');
    const stream = Readable.from([bytes.subarray(0, 4), bytes.subarray(4, 8), bytes.subarray(8)]);
    expect(await readText(stream)).toBe('café 🎉');
  });
});
