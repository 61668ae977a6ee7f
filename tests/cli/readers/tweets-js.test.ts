import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTweetsJs } from '../../../cli/readers/tweets-js';
import { chunked, collect, fixture, gatedSource } from '../helpers';

describe('readTweetsJs', () => {
  it('reads full_text from each {"tweet": ...} entry, with the line the entry starts on', async () => {
    const text = readFileSync(fixture('tweets.txt'), 'utf8');
    expect(await collect(readTweetsJs(chunked(text, 16)))).toEqual([
      { kind: 'post', line: 2, text: 'Tea & toast, then a long walk by the canal. What is your Sunday ritual?' },
      { kind: 'post', line: 9, text: 'Buy the LOUD edition of our zine before Friday, only 50 copies left' },
    ]);
  });

  it('undoes the archive\'s &amp; &lt; &gt; escaping and nothing else', async () => {
    const text = 'window.YTD.tweets.part0 = [{"tweet": {"full_text": "a &lt;b&gt; &amp;amp; &quot;c&quot;"}}]';
    expect(await collect(readTweetsJs(chunked(text, 5)))).toEqual([{ kind: 'post', line: 1, text: 'a <b> &amp; &quot;c&quot;' }]);
  });

  it('marks retweets as reposts (not the user\'s words) and keeps quote posts and replies as posts', async () => {
    const entries = [
      'RT @nasa: Liftoff! The crew is on its way',
      'So proud of this team. RT @nasa: Liftoff!',
      '@nasa RT @esa: thanks for the ride',
    ].map((full_text) => JSON.stringify({ tweet: { full_text, retweeted: false } }));
    const text = `window.YTD.tweets.part0 = [\n${entries.join(',\n')}\n]`;
    expect(await collect(readTweetsJs(chunked(text, 9)))).toEqual([
      { kind: 'repost', line: 2 },
      { kind: 'post', line: 3, text: 'So proud of this team. RT @nasa: Liftoff!' },
      { kind: 'post', line: 4, text: '@nasa RT @esa: thanks for the ride' },
    ]);
  });

  it('reads later parts (part1) and reports a broken entry', async () => {
    const text = 'window.YTD.tweets.part1 = [\n{"tweet": {"full_text": "ok"}},\n{"tweet": {"full_text": }},\n{"tweet": {"id": "1"}}\n]';
    expect(await collect(readTweetsJs(chunked(text, 7)))).toEqual([
      { kind: 'post', line: 2, text: 'ok' },
      { kind: 'malformed', line: 3, reason: expect.stringMatching(/^not valid JSON/) },
      { kind: 'malformed', line: 4, reason: 'no "text" field' },
    ]);
  });

  it('streams: yields the first tweet before the archive is read to its end', async () => {
    const gated = gatedSource('window.YTD.tweets.part0 = [{"tweet": {"full_text": "one"}}, ', '{"tweet": {"full_text": "two"}}]');
    const iterator = readTweetsJs(gated.source)[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual({ kind: 'post', line: 1, text: 'one' });
    expect(gated.tailRead).toBe(false);
    gated.release();
    expect((await iterator.next()).value).toEqual({ kind: 'post', line: 1, text: 'two' });
  });
});
