import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { detectFormat, openBlobs, openRecords } from '../../../cli/readers/detect';
import { chunked, collect, fixture } from '../helpers';

describe('detectFormat', () => {
  it.each([
    ['window.YTD.tweets.part0 = [', 'tweets-js'],
    ['window.YTD.tweets.part1 = [ {', 'tweets-js'],
    ['\uFEFF  \n[ "a" ]', 'json'],
    ['[{"text": "a"}', 'json'],
    ['{"text": "a"}\n{"text": "b"}', 'jsonl'],
    ['{\n  "posts": []\n}', 'json'],
    ['text,date\nhello,today', 'csv'],
    ['"id","text"\n1,"a"', 'csv'],
    ['Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n', 'linkedin-shares'],
    ['"Date","ShareLink","ShareCommentary"\n', 'linkedin-shares'],
    ['"Date"\t"Share Title"\t"Share Commentary"\t"Visibility"\n', 'linkedin-shares'],
    ['Date,Link,Message\r\n2025-01-01 00:00:00,https://www.linkedin.com/x,hi', 'linkedin-comments'],
    ['', 'csv'],
  ] as const)('%j is %s', (head, format) => {
    expect(detectFormat(head)).toBe(format);
  });
});

describe('openRecords', () => {
  it.each([
    ['posts.csv', 'csv', 5],
    ['posts.json', 'json', 5],
    ['posts.jsonl', 'jsonl', 5],
    ['tweets.txt', 'tweets-js', 2],
    ['Shares.csv', 'linkedin-shares', 3],
  ] as const)('detects %s by content as %s and numbers its %i records from 0', async (name, format, count) => {
    // One byte at a time: detection must not depend on how the file arrives.
    const opened = await openRecords(chunked(readFileSync(fixture(name), 'utf8'), 1));
    expect(opened.format).toBe(format);
    const records = await collect(opened.records);
    expect(records.map((r) => r.index)).toEqual([...Array(count).keys()]);
  });

  it('detects a UTF-16 export and reads a web stream the same way', async () => {
    const text = '"Date"\t"Share Commentary"\n"2016/08/25 17:41:57 UTC"\t"hello"\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const opened = await openRecords(new Blob([bytes]).stream());
    expect(opened.format).toBe('linkedin-shares');
    expect(await collect(opened.records)).toEqual([{ kind: 'post', line: 2, text: 'hello', at: '2016-08-25T17:41:57.000Z', index: 0 }]);
  });

  it('says to give a zip by its path rather than through standard input', async () => {
    await expect(openRecords(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 10, 0]))).rejects.toThrow(/zip archive: give its path/);
  });

  it('lets a forced format win over detection', async () => {
    const opened = await openRecords(chunked('{"text": "a"}\n', 64), { format: 'csv', textField: '{"text": "a"}' });
    expect(opened.format).toBe('csv');
    expect(await collect(opened.records)).toEqual([]);
  });

  it('reads the whole source after peeking at its head (nothing lost or repeated)', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ text: `post ${i}` }));
    const opened = await openRecords(chunked(lines.join('\n'), 4096));
    const records = await collect(opened.records);
    expect(records).toHaveLength(5000);
    expect(records.at(-1)).toEqual({ kind: 'post', line: 5000, text: 'post 4999', index: 4999 });
  });
});

describe('openBlobs (what a page was given)', () => {
  const blob = (name: string) => new Blob([readFileSync(fixture(name))]);

  it('opens one file by its content, one zip as an archive, and a folder\'s files as an archive', async () => {
    const single = await openBlobs('Shares.csv', [{ path: 'Shares.csv', blob: blob('Shares.csv') }]);
    expect(single.format).toBe('linkedin-shares');
    expect(await collect(single.records)).toHaveLength(3);

    const zip = zipSync({ 'export/Shares.csv': readFileSync(fixture('linkedin-export/Shares.csv')) });
    const zipped = await openBlobs('export.zip', [{ path: 'export.zip', blob: new Blob([zip as Uint8Array<ArrayBuffer>]) }]);
    expect(zipped.plan?.parts).toEqual([{ path: 'export/Shares.csv' }]);
    expect((await collect(zipped.records)).map((r) => r.kind)).toEqual(['post', 'empty', 'post']);

    const folder = ['manifest.js', 'tweets.js', 'tweets-part1.js', 'tweets-part2.js'].map((f) => ({ path: `data/${f}`, blob: blob(`x-archive/data/${f}`) }));
    const opened = await openBlobs('twitter', folder);
    expect(await collect(opened.records)).toHaveLength(6);
  });
});
