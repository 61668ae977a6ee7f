import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../cli/readers/csv';
import { InputError } from '../../../cli/readers/types';
import { chunked, collect, gatedSource } from '../helpers';

describe('readCsv', () => {
  it("reads the text column with quoted commas, doubled quotes and newlines, with each record's first line", async () => {
    const lf = 'id,text\n1,"Hello, ""friends""\nsecond line"\n2,plain words\n\n3,"last"\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    for (const [csv, size] of [[lf, 1], [lf, 7], [lf, 1000], [crlf, 1], [crlf, 1000]] as const) {
      expect(await collect(readCsv(chunked(csv, size)))).toEqual([
        { kind: 'post', line: 2, text: 'Hello, "friends"\nsecond line' },
        { kind: 'post', line: 4, text: 'plain words' },
        { kind: 'post', line: 6, text: 'last' },
      ]);
    }
  });

  it('finds the column by --text-column, and case-insensitively', async () => {
    const csv = 'Body,Id\nfirst,1\n';
    expect(await collect(readCsv(chunked(csv, 64), { textField: 'body' }))).toEqual([{ kind: 'post', line: 2, text: 'first' }]);
    expect(await collect(readCsv(chunked(csv, 64), { textField: 'Body' }))).toHaveLength(1);
  });

  it('throws an input error naming the columns when the text column is missing', async () => {
    await expect(collect(readCsv(chunked('a,b\n1,2\n', 64)))).rejects.toThrow(InputError);
    await expect(collect(readCsv(chunked('a,b\n1,2\n', 64)))).rejects.toThrow(/no column "text".*"a", "b"/);
  });

  it('reports rows with bad quoting or a wrong column count by line, in order, and loses no other row', async () => {
    const rows = [
      'id,text', //                       1
      '1,fine', //                        2
      '2,"broken "quote" here"', //       3 stray quotes inside a quoted field
      '3,also fine', //                   4
      '4,too,many', //                    5
      '', //                              6
      '5,"a', //                          7
      'b"', //                            8
      '6,"spans', //                      9
      'two"lines', //                    10 the quote closes on line 9's field here, then text follows
      '7,say "hi" now', //               11 a quote inside an unquoted field is just text
      '8,"""Quoted"" start"', //          12
      '9,"never closed', //              13
    ];
    for (const csv of [rows.join('\n'), rows.join('\r\n')]) {
      expect(await collect(readCsv(chunked(csv, 5)))).toEqual([
        { kind: 'post', line: 2, text: 'fine' },
        { kind: 'malformed', line: 3, reason: expect.stringMatching(/^a quoted field goes on after its closing quote/) },
        { kind: 'post', line: 4, text: 'also fine' },
        { kind: 'malformed', line: 5, reason: 'the row has a different number of columns from the header' },
        { kind: 'post', line: 7, text: 'a\nb' },
        { kind: 'malformed', line: 9, reason: expect.stringMatching(/^at line 10, a quoted field goes on/) },
        // Line 10 is read again on its own, so no row the broken field ran into is lost.
        { kind: 'malformed', line: 10, reason: 'the row has a different number of columns from the header' },
        { kind: 'post', line: 11, text: 'say "hi" now' },
        { kind: 'post', line: 12, text: '"Quoted" start' },
        { kind: 'malformed', line: 13, reason: 'a quote is opened and never closed' },
      ]);
    }
  });

  it('marks rows with an empty text as empty', async () => {
    expect(await collect(readCsv(chunked('id,text\n1,\n2,"  "\n', 64)))).toEqual([
      { kind: 'empty', line: 2 },
      { kind: 'empty', line: 3 },
    ]);
  });

  it('ignores a byte-order mark and reads an empty file as no records', async () => {
    expect(await collect(readCsv(chunked('\uFEFFtext\nhi\n', 3)))).toEqual([{ kind: 'post', line: 2, text: 'hi' }]);
    expect(await collect(readCsv(chunked('', 3)))).toEqual([]);
  });

  it('reads a tab-separated file, told by its header', async () => {
    expect(await collect(readCsv(chunked('id\ttext\n1\t"a, b"\n', 2)))).toEqual([{ kind: 'post', line: 2, text: 'a, b' }]);
  });

  it('streams: yields the first rows before the rest of the file is read', async () => {
    const gated = gatedSource('id,text\n1,first\n2,second\n', '3,third\n');
    const iterator = readCsv(gated.source)[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual({ kind: 'post', line: 2, text: 'first' });
    expect(gated.tailRead).toBe(false);
    gated.release();
    const rest = [];
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) rest.push(r.value);
    expect(rest.map((r) => (r.kind === 'post' ? r.text : r.kind))).toEqual(['second', 'third']);
  });
});
