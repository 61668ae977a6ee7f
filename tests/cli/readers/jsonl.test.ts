import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../../cli/readers/jsonl';
import { chunked, collect, gatedSource } from '../helpers';

describe('readJsonl', () => {
  it('reads one value per line, skips blank lines, and reports a bad line by its number', async () => {
    const text = '{"text": "one"}\r\n\n{"text": oops}\n"two"\n{"id": 3}\n[1]\n{"full_text": "three"}';
    for (const size of [1, 1000]) {
      expect(await collect(readJsonl(chunked(text, size)))).toEqual([
        { kind: 'post', line: 1, text: 'one' },
        { kind: 'malformed', line: 3, reason: expect.stringMatching(/^not valid JSON \(.+\)$/) },
        { kind: 'post', line: 4, text: 'two' },
        { kind: 'malformed', line: 5, reason: 'no "text" field' },
        { kind: 'malformed', line: 6, reason: 'a list, not a post' },
        { kind: 'post', line: 7, text: 'three' },
      ]);
    }
  });

  it('keeps the reason short: not the whole line echoed back', async () => {
    const long = `{"text": "${'x'.repeat(500)}", oops}`;
    const [record] = await collect(readJsonl(chunked(long, 64)));
    expect(record?.kind).toBe('malformed');
    expect(record && 'reason' in record ? record.reason.length : 0).toBeLessThan(120);
  });

  it('streams: yields a line before the rest of the file is read', async () => {
    const gated = gatedSource('{"text": "first"}\n{"text": "se', 'cond"}\n');
    const iterator = readJsonl(gated.source)[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual({ kind: 'post', line: 1, text: 'first' });
    expect(gated.tailRead).toBe(false);
    gated.release();
    expect((await iterator.next()).value).toEqual({ kind: 'post', line: 2, text: 'second' });
  });
});
