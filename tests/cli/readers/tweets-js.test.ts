import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTweetsJs, tweetRecord, unescapeHtml } from '../../../cli/readers/tweets-js';
import { chunked, collect, fixture, gatedSource } from '../helpers';

const archive = (tweets: unknown[], name = 'tweets'): string => `window.YTD.${name}.part0 = ${JSON.stringify(tweets, null, 1)}`;

describe('readTweetsJs', () => {
  it('reads full_text from each {"tweet": ...} entry with the line it starts on, its id and its time', async () => {
    const text = readFileSync(fixture('tweets.txt'), 'utf8');
    expect(await collect(readTweetsJs(chunked(text, 16)))).toEqual([
      { kind: 'post', line: 2, text: 'Tea & toast, then a long walk by the canal. What is your Sunday ritual?', id: '100000000000000001', at: '2025-03-03T09:15:00.000Z' },
      { kind: 'post', line: 9, text: 'Buy the LOUD edition of our zine before Friday, only 50 copies left', id: '100000000000000002', at: '2025-03-04T18:40:00.000Z' },
    ]);
  });

  it('reads the 2020 layout (window.YTD.tweet.part0 = [ {), bare tweets, and the older "text" field', async () => {
    const text = 'window.YTD.tweet.part0 = [ {\n  "tweet" : {\n    "full_text" : "wrapped"\n  }\n}, {\n  "text" : "bare and old"\n} ]';
    expect((await collect(readTweetsJs(chunked(text, 3)))).map((r) => [r.kind, r.line, r.kind === 'post' && r.text])).toEqual([
      ['post', 1, 'wrapped'],
      ['post', 5, 'bare and old'],
    ]);
  });

  it('accepts an empty part as no posts', async () => {
    expect(await collect(readTweetsJs('window.YTD.note_tweet.part0 = [ ]'))).toEqual([]);
  });

  it('marks retweets as reposts, by "RT @" or by the retweeted flag (a string too), keeping quote posts as posts', async () => {
    const tweets = [
      { tweet: { full_text: 'RT @nasa: Liftoff! The crew is on its way', retweeted: false } },
      { tweet: { full_text: 'Liftoff!', retweeted: 'true' } },
      { tweet: { full_text: 'So proud of this team. RT @nasa: Liftoff!', retweeted: false } },
    ];
    expect((await collect(readTweetsJs(archive(tweets)))).map((r) => r.kind)).toEqual(['repost', 'repost', 'post']);
  });

  it('reads later parts (part1) and reports a broken entry', async () => {
    const text = 'window.YTD.tweets.part1 = [\n{"tweet": {"full_text": "ok"}},\n{"tweet": {"full_text": }},\n{"tweet": {"id": "1"}}\n]';
    expect(await collect(readTweetsJs(chunked(text, 7)))).toEqual([
      { kind: 'post', line: 2, text: 'ok' },
      { kind: 'malformed', line: 3, reason: expect.stringMatching(/^not valid JSON/) },
      { kind: 'malformed', line: 4, reason: 'no "full_text" field' },
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

describe('unescapeHtml', () => {
  it('decodes named and numeric references in one pass', () => {
    expect(unescapeHtml('a &lt;b&gt; &amp;amp; &quot;c&quot; &#39;d&#x27; &#128512; &bogus; &#0;')).toBe('a <b> &amp; "c" \'d\' \u{1F600} &bogus; &#0;');
  });
});

describe('tweetRecord', () => {
  const reply = {
    id_str: '1588000000000000000',
    created_at: 'Thu Nov 03 08:50:26 +0000 2022',
    in_reply_to_status_id_str: '1587000000000000000',
    in_reply_to_screen_name: 'someone',
    full_text: '@someone @other Thanks &amp; well said',
    display_text_range: ['0', '39'],
  };

  it('marks a reply, and counts it as X does: without the leading mentions', () => {
    const record = tweetRecord({ tweet: reply }, 1);
    expect(record).toMatchObject({ kind: 'post', reply: true, text: '@someone @other Thanks & well said', counted: { start: 16, end: 34 } });
    expect(record.kind === 'post' && record.thread).toBeUndefined();
    expect(record.kind === 'post' && record.counted && record.text.slice(record.counted.start, record.counted.end)).toBe('Thanks & well said');
  });

  it('tells a reply in one\'s own thread from a reply to someone, by the owner or (unknown) by the missing mention', () => {
    const own = { ...reply, in_reply_to_screen_name: 'Me', full_text: 'And a second part' };
    expect(tweetRecord(own, 1)).toMatchObject({ reply: true, thread: true });
    expect(tweetRecord(reply, 1, { owner: { userName: 'me' } })).not.toHaveProperty('thread');
    expect(tweetRecord({ ...reply, in_reply_to_screen_name: 'me' }, 1, { owner: { userName: 'ME' } })).toMatchObject({ thread: true });
  });

  it('treats a tweet that opens with a mention as a reply, but X counts its mentions when it answers nothing', () => {
    const record = tweetRecord({ full_text: '@friend have you seen this?', id_str: '1' }, 1);
    expect(record).toMatchObject({ kind: 'post', reply: true });
    expect(record).not.toHaveProperty('counted');
  });

  it('leaves a trailing media link out of the count, and honours a narrower display_text_range', () => {
    const media = { full_text: 'Our new level https://t.co/AbCdEf1234', entities: { media: [{ url: 'https://t.co/AbCdEf1234' }] } };
    expect(tweetRecord(media, 1)).toMatchObject({ counted: { start: 0, end: 13 } });
    // API-shaped data: the range says where the text X shows starts and ends (code points of the escaped text).
    const api = { full_text: '@a \u{1F600} hi &amp; bye https://t.co/x', display_text_range: [3, 17] };
    const record = tweetRecord(api, 1);
    expect(record.kind === 'post' && record.counted && record.text.slice(record.counted.start, record.counted.end)).toBe('\u{1F600} hi & bye');
  });

  it('takes the time from created_at, or else from the id', () => {
    expect(tweetRecord({ full_text: 'x', created_at: 'Mon Jan 06 23:30:00 -0200 2025' }, 1)).toMatchObject({ at: '2025-01-07T01:30:00.000Z' });
    expect(tweetRecord({ full_text: 'x', id_str: '1588000000000000000' }, 1)).toMatchObject({ at: expect.stringMatching(/^2022-11-03T/) });
  });
});
