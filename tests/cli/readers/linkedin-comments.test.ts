import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLinkedInComments } from '../../../cli/readers/linkedin-comments';
import { chunked, collect, fixture } from '../helpers';

describe('readLinkedInComments', () => {
  it('finds each comment by the line it starts on, whatever its quoting, as a reply with its date and URN', async () => {
    const text = readFileSync(fixture('linkedin-export/Comments.csv'), 'utf8');
    for (const size of [1, 17, 4096]) {
      expect(await collect(readLinkedInComments(chunked(text, size)))).toEqual([
        { kind: 'post', line: 2, text: 'Great point about soil tests. How often do you do them?', at: '2025-03-02T10:00:00.000Z', reply: true, id: 'urn:li:activity:101' },
        // Quotes escaped with a backslash, as some exports write them.
        { kind: 'post', line: 3, text: 'Sam Lee We tried that too, "slow and steady" as you say, and it worked.', at: '2025-03-01T09:30:00.000Z', reply: true, id: 'urn:li:activity:102' },
        // Quoted over several lines, CRLF and LF mixed.
        { kind: 'post', line: 4, text: 'Two things helped us:\n1) compost early\n2) water less\nand that was it.', at: '2025-02-28T18:00:00.000Z', reply: true, id: 'urn:li:ugcPost:103' },
        // An unquoted message and the blank line after it.
        { kind: 'post', line: 8, text: 'Congrats on the harvest! ', at: '2025-02-27T08:00:00.000Z', reply: true, id: 'urn:li:activity:104' },
        // An unquoted message over two lines.
        { kind: 'post', line: 10, text: 'You make it look easy. Lol\nI am trying this next spring', at: '2025-02-26T07:00:00.000Z', reply: true, id: 'urn:li:activity:105' },
      ]);
    }
  });

  it('reports stray lines before the first comment and refuses a file without the header', async () => {
    expect(await collect(readLinkedInComments('Date,Link,Message\nstray\n2025-01-01 00:00:00,https://www.linkedin.com/x,""\n'))).toEqual([
      { kind: 'malformed', line: 2, reason: 'a line before the first comment that starts with a date and a link' },
      { kind: 'empty', line: 3, at: '2025-01-01T00:00:00.000Z', reply: true },
    ]);
    await expect(collect(readLinkedInComments('id,text\n1,hi\n'))).rejects.toThrow(/does not start with the header "Date,Link,Message"/);
  });
});
