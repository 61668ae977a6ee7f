import { readTweetsJs } from '../../cli/readers/tweets-js';
import type { Rng } from './texts';

/**
 * A generated X archive part as X writes it (2022+ layout, two-space JSON, every value a string, `&amp;`
 * escaped), for timing the archive readers: `tweets` tweets with texts from `post`.
 */
export function generateArchive(tweets: number, post: () => string, rng: Rng): Uint8Array {
  const entries: string[] = [];
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < tweets; i++) {
    const text = post().replace(/&/g, '&amp;');
    const id = String(1212000000000000000n + BigInt(i) * 4_000_000_000n);
    const reply = rng() < 0.3;
    const tweet: Record<string, unknown> = {
      edit_info: { initial: { editTweetIds: [id], editableUntil: '2023-01-01T00:00:00.000Z', editsRemaining: '5', isEditEligible: true } },
      retweeted: false,
      source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
      display_text_range: ['0', String([...text].length)],
      favorite_count: String(Math.floor(rng() * 20)),
      id_str: id,
      truncated: false,
      retweet_count: '0',
      id,
      created_at: new Date(start + i * 3_600_000).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) (.*) GMT$/, '$1 $3 $2 $5 +0000 $4'),
      favorited: false,
      full_text: reply ? `@someone ${text}` : text,
      lang: 'en',
    };
    if (reply) Object.assign(tweet, { in_reply_to_status_id_str: '1', in_reply_to_status_id: '1', in_reply_to_screen_name: 'someone' });
    entries.push(JSON.stringify({ tweet }, null, 2).replace(/^/gm, '  '));
  }
  return new TextEncoder().encode(`window.YTD.tweets.part0 = [\n${entries.join(',\n')}\n]`);
}

/** Reads every record of an archive part as the dashboard would: from a web stream, through the reader. */
export async function readGenerated(bytes: Uint8Array): Promise<number> {
  let records = 0;
  for await (const _ of readTweetsJs(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream())) records += 1;
  return records;
}

/** The peer: the whole part parsed at once (fast, but holding the whole archive and its objects in memory). */
export function parseWhole(bytes: Uint8Array): number {
  const text = new TextDecoder().decode(bytes);
  return (JSON.parse(text.slice(text.indexOf('=') + 1)) as unknown[]).length;
}
