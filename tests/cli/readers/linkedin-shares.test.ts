import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLinkedInShares } from '../../../cli/readers/linkedin-shares';
import { chunked, collect, fixture } from '../helpers';

describe('readLinkedInShares', () => {
  it('reads ShareCommentary (quoted newlines and quotes); a share without commentary is empty', async () => {
    const text = readFileSync(fixture('Shares.csv'), 'utf8');
    expect(await collect(readLinkedInShares(chunked(text, 9)))).toEqual([
      {
        kind: 'post',
        line: 2,
        text: 'I asked our support team what customers ask most.\nThe top answer surprised me: "how do I export my data?"\nWhat question do you hear most often?',
      },
      { kind: 'empty', line: 5 },
      { kind: 'post', line: 6, text: 'Buy a seat at our workshop, only ten places left.' },
    ]);
  });

  it('reads a CRLF export with a byte-order mark the same way', async () => {
    const text = '\uFEFF' + readFileSync(fixture('Shares.csv'), 'utf8').replace(/\n/g, '\r\n');
    const records = await collect(readLinkedInShares(chunked(text, 100)));
    expect(records.map((r) => [r.kind, r.line])).toEqual([
      ['post', 2],
      ['empty', 5],
      ['post', 6],
    ]);
    expect(records[0]?.kind === 'post' && records[0].text.includes('\r')).toBe(false);
  });
});
