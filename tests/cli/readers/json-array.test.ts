import { describe, expect, it } from 'vitest';
import { jsonArrayItems, readJsonArray } from '../../../cli/readers/json-array';
import { decode } from '../../../cli/readers/source';
import { chunked, collect, gatedSource } from '../helpers';

describe('jsonArrayItems (streaming tokenizer)', () => {
  it('splits top-level elements whatever the chunking, keeping brackets, commas and escapes inside strings', async () => {
    const text = '[\n  "a, [b]",\n  {"text": "say \\"hi\\" {", "n": [1, 2, {"x": "]"}]},\n  42, null, true\n]';
    for (const size of [1, 2, 5, 1000]) {
      const items = await collect(jsonArrayItems(decode(chunked(text, size))));
      expect(items).toEqual([
        { raw: '"a, [b]"', line: 2 },
        { raw: '{"text": "say \\"hi\\" {", "n": [1, 2, {"x": "]"}]}', line: 3 },
        { raw: '42', line: 4 },
        { raw: 'null', line: 4 },
        { raw: 'true', line: 4 },
      ]);
    }
  });

  it('skips the assignment before the array with afterEquals', async () => {
    const items = await collect(jsonArrayItems(decode(chunked('window.YTD.tweets.part0 = ["x"]', 3)), { afterEquals: true }));
    expect(items).toEqual([{ raw: '"x"', line: 1 }]);
  });

  it('reports a file that is not an array, and one that ends inside an entry or the list', async () => {
    expect(await collect(jsonArrayItems(decode(chunked('{"a": 1}', 4))))).toEqual([{ error: 'expected a list starting with "[" but found "{"', line: 1 }]);
    expect(await collect(jsonArrayItems(decode(chunked('["a", "b\n', 4))))).toEqual([
      { raw: '"a"', line: 1 },
      { error: 'the file ends inside this entry', line: 1 },
    ]);
    expect(await collect(jsonArrayItems(decode(chunked('["a",\n', 4))))).toEqual([
      { raw: '"a"', line: 1 },
      { error: 'the file ends before the list is closed with "]"', line: 2 },
    ]);
    expect(await collect(jsonArrayItems(decode(chunked('[]', 1))))).toEqual([]);
  });
});

describe('readJsonArray', () => {
  it('reads strings and objects with text; reports other entries with their line and goes on', async () => {
    const text = ['[', '"one",', '{"text": "two"},', '{"text": },', '7,', '{"body": "no text field"},', '{"text": ""},', '{"text": "last"}', ']'].join('\n');
    expect(await collect(readJsonArray(chunked(text, 3)))).toEqual([
      { kind: 'post', line: 2, text: 'one' },
      { kind: 'post', line: 3, text: 'two' },
      { kind: 'malformed', line: 4, reason: expect.stringMatching(/^not valid JSON/) },
      { kind: 'malformed', line: 5, reason: 'a number, not a post' },
      // "body" is one of the usual text fields tried when --text-column is not given
      { kind: 'post', line: 6, text: 'no text field' },
      { kind: 'empty', line: 7 },
      { kind: 'post', line: 8, text: 'last' },
    ]);
  });

  it('uses only the chosen field when one is given', async () => {
    const records = await collect(readJsonArray(chunked('[{"text": "a", "caption": "b"}, {"text": "c"}]', 64), { textField: 'caption' }));
    expect(records).toEqual([
      { kind: 'post', line: 1, text: 'b' },
      { kind: 'malformed', line: 1, reason: 'no "caption" field' },
    ]);
  });

  it('streams: yields the first entry before the rest of the array is read', async () => {
    const gated = gatedSource('[{"text": "first"}, {"text": "sec', 'ond"}]');
    const iterator = readJsonArray(gated.source)[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual({ kind: 'post', line: 1, text: 'first' });
    expect(gated.tailRead).toBe(false);
    gated.release();
    expect((await iterator.next()).value).toEqual({ kind: 'post', line: 1, text: 'second' });
    expect((await iterator.next()).done).toBe(true);
  });
});
