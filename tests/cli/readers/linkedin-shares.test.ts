import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLinkedInShares, unwrapLines } from '../../../cli/readers/linkedin-shares';
import { chunked, collect, fixture } from '../helpers';

const WRAPPED = [
  'Three things our allotment taught me about planning:',
  '',
  '1. Sow less than you think you need.',
  '2. Write down what worked, the same week.',
  '3. Ask the neighbour who has done it for thirty years.',
  '',
  'Which one would you add? She said "patience" and she was right.',
].join('\n');

describe('readLinkedInShares', () => {
  it('reads ShareCommentary (quoted newlines and quotes) with its date and URN; a share without commentary is empty', async () => {
    const text = readFileSync(fixture('Shares.csv'), 'utf8');
    expect(await collect(readLinkedInShares(chunked(text, 9)))).toEqual([
      {
        kind: 'post',
        line: 2,
        text: 'I asked our support team what customers ask most.\nThe top answer surprised me: "how do I export my data?"\nWhat question do you hear most often?',
        at: '2025-02-10T08:30:00.000Z',
        id: 'urn:li:share:1001',
      },
      { kind: 'empty', line: 5, at: '2025-02-12T12:00:00.000Z', id: 'urn:li:share:1002' },
      { kind: 'post', line: 6, text: 'Buy a seat at our workshop, only ten places left.', at: '2025-02-14T17:45:00.000Z', id: 'urn:li:share:1003' },
    ]);
  });

  it('unwraps commentary whose every line LinkedIn wrapped in quotes: one post, whole, never split', async () => {
    const csv = readFileSync(fixture('linkedin-export/Shares.csv'), 'utf8');
    for (const [text, size] of [[csv, 1], [csv, 13], [csv.replace(/\n/g, '\r\n'), 7], ['\uFEFF' + csv.replace(/\n/g, '\r\n'), 4096]] as const) {
      const records = await collect(readLinkedInShares(chunked(text, size)));
      expect(records.map((r) => [r.kind, r.line])).toEqual([
        ['post', 2],
        ['empty', 9],
        ['post', 10],
      ]);
      expect(records[0]).toMatchObject({ text: WRAPPED, id: 'urn:li:share:7001', at: '2025-05-02T09:10:11.000Z' });
      expect(records[2]).toMatchObject({ id: 'urn:li:groupPost:42-6999' });
    }
  });

  it('reads the 2018 export: UTF-16LE with a byte-order mark, tabs, every field quoted, nine columns', async () => {
    const rows = [
      ['Date', 'Share Title', 'Share Description', 'Share Link', 'Share Commentary', 'Shared URL', 'Media URL', 'Type', 'Visibility'],
      ['2017/06/08 08:15:44 UTC', '', '', 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A61', '', '', '', 'Homepage', 'Connections'],
      ['2016/08/25 17:41:57 UTC', '', '', 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A62', 'A tab\tinside, and a "quote"', '', '', 'Homepage', 'Public'],
      ['2015/10/04 16:00:15 UTC', 'A title', 'A description', 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A63', '', 'http://example.org', '', 'Homepage', 'Public'],
    ];
    const text = rows.map((row) => row.map((f) => `"${f.replace(/"/g, '""')}"`).join('\t')).join('\n') + '\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const size of [1, 3, 1000]) {
      const records = await collect(readLinkedInShares((async function* () {
        for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
      })()));
      expect(records).toEqual([
        { kind: 'empty', line: 2, at: '2017-06-08T08:15:44.000Z', id: 'urn:li:activity:61' },
        { kind: 'post', line: 3, text: 'A tab\tinside, and a "quote"', at: '2016-08-25T17:41:57.000Z', id: 'urn:li:activity:62' },
        { kind: 'empty', line: 4, at: '2015-10-04T16:00:15.000Z', id: 'urn:li:activity:63' },
      ]);
    }
  });

  it('finds the columns whatever their case (SharedURL, MediaURL) and names them when the text one is missing', async () => {
    const upper = 'Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility\r\n2021-06-16 15:00:02,x,,,,MEMBER_NETWORK\r\n2021-06-15 08:40:56,x,hello,,,MEMBER_NETWORK\r\n';
    expect((await collect(readLinkedInShares(upper))).map((r) => r.kind)).toEqual(['empty', 'post']);
    await expect(collect(readLinkedInShares('Date,Link\n2021-01-01,x\n'))).rejects.toThrow(/no column "ShareCommentary".*"Date", "Link"/);
  });
});

describe('unwrapLines', () => {
  it('drops the per-line quotes only when every line after the first opens with one', () => {
    expect(unwrapLines('first.\n"second"\n"third')).toBe('first.\nsecond\nthird');
    expect(unwrapLines('first."\n""\n"last')).toBe('first.\n\nlast');
    expect(unwrapLines('He said\n"hi" and left')).toBe('He said\nhi" and left');
    expect(unwrapLines('Two lines\nproperly "quoted"')).toBe('Two lines\nproperly "quoted"');
    expect(unwrapLines('one line "quoted"')).toBe('one line "quoted"');
  });
});
