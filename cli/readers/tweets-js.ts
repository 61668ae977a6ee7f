import { jsonArrayItems, recordsFromItems } from './json-array';
import { decode } from './source';
import type { ByteInput, PostFacts, RawRecord, ReaderOptions } from './types';

/** Who wrote the archive, when its manifest says: tells a reply in one's own thread from one to someone else. */
export interface TweetsOptions extends ReaderOptions {
  owner?: { userName?: string; accountId?: string };
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The archive writes every value as a string ("false", "123"); older or hand-made files may not. */
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);
const truthy = (value: unknown): boolean => value === true || value === 'true';

/**
 * X escapes `&`, `<` and `>` in the archive's text (and API-shaped files may escape quotes and use numeric
 * references); the post as written has the characters. One pass, so `&amp;lt;` stays `&lt;`.
 */
export function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (whole, name: string) => {
    switch (name.toLowerCase()) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * A retweet is someone else's post: "RT @author: their words" (the archive's `retweeted` flag is false even
 * then; early manual retweets have no colon), or `retweeted` true, or a `retweeted_status`. A quote post
 * starts with the user's own words.
 */
const RETWEET = /^RT @\w/;
/** A link to a post: at the end of a quote post it is the quoted post, shown as a card and not counted. */
const STATUS_LINK = /^https?:\/\/(?:(?:www|mobile)\.)?(?:twitter|x)\.com\/\w+\/status(?:es)?\/\d+/;
/** The mentions a reply opens with, which X adds for you and does not count. */
const LEADING_MENTIONS = /^(?:[@＠]\w{1,15}\s+)+/;
/** A text that opens by naming someone is talking to them, even without a reply id. */
const OPENS_WITH_MENTION = /^[@＠]\w/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** X's ids carry their time since 2010 (snowflake ids): milliseconds since this epoch, shifted 22 bits. */
const SNOWFLAKE_EPOCH = 1288834974657;

/**
 * An X/Twitter archive part: `window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]`, the older
 * `window.YTD.tweet.part0` of 2020, later parts (`part1`…), other parts of the same shape
 * (`deleted_tweets`), and bare tweet objects without the `tweet` wrapper. A script assigning a JSON array,
 * read with the streaming array tokenizer after the `=`, never evaluated.
 */
export function readTweetsJs(input: ByteInput, options: TweetsOptions = {}): AsyncGenerator<RawRecord> {
  return recordsFromItems(jsonArrayItems(decode(input), { afterEquals: true }), (value, line) => tweetRecord(value, line, options));
}

export function tweetRecord(value: unknown, line: number, options: TweetsOptions = {}): RawRecord {
  const tweet = isObject(value) && isObject(value.tweet) ? value.tweet : value;
  if (typeof tweet === 'string') return tweet.trim() ? { kind: 'post', line, text: tweet } : { kind: 'empty', line };
  if (!isObject(tweet)) return { kind: 'malformed', line, reason: 'not a tweet' };
  const field = options.textField;
  const raw = field ? str(tweet[field]) : (str(tweet.full_text) ?? str(tweet.text));
  if (raw === undefined) return { kind: 'malformed', line, reason: `no "${field ?? 'full_text'}" field` };
  const facts = factsOf(tweet, raw, options);
  if (RETWEET.test(raw) || truthy(tweet.retweeted) || isObject(tweet.retweeted_status)) return { kind: 'repost', line, ...facts };
  const text = unescapeHtml(raw);
  if (!text.trim()) return { kind: 'empty', line, ...facts };
  const counted = countedRange(tweet, raw, text, facts.reply === true && hasReplyTarget(tweet));
  return { kind: 'post', line, text, ...facts, ...(counted ? { counted } : {}) };
}

function hasReplyTarget(tweet: Json): boolean {
  return Boolean(str(tweet.in_reply_to_status_id_str) ?? str(tweet.in_reply_to_status_id));
}

function factsOf(tweet: Json, raw: string, options: TweetsOptions): PostFacts {
  const facts: PostFacts = {};
  const id = str(tweet.id_str) ?? str(tweet.id);
  if (id) facts.id = id;
  const at = timeOf(str(tweet.created_at), id);
  if (at) facts.at = at;
  const opensWithMention = OPENS_WITH_MENTION.test(raw);
  if (hasReplyTarget(tweet) || opensWithMention) {
    facts.reply = true;
    // To oneself: the owner's own name or id, or (owner unknown) a reply that names nobody: a thread.
    const owner = options.owner;
    const toName = str(tweet.in_reply_to_screen_name)?.toLowerCase();
    const toId = str(tweet.in_reply_to_user_id_str) ?? str(tweet.in_reply_to_user_id);
    const self = owner?.userName || owner?.accountId
      ? (toName !== undefined && toName === owner.userName?.toLowerCase()) || (toId !== undefined && toId === owner.accountId)
      : hasReplyTarget(tweet) && !opensWithMention;
    if (self) facts.thread = true;
  }
  return facts;
}

/** `created_at` (`Fri Feb 20 09:10:58 +0000 2026`, or ISO), else the time inside a snowflake id. */
function timeOf(createdAt: string | undefined, id: string | undefined): string | undefined {
  const m = createdAt && /^\w{3} (\w{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(createdAt);
  if (m) {
    const month = MONTHS.indexOf(m[1] as string);
    const offset = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
    const ms = Date.UTC(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) - offset * 60_000;
    if (month !== -1 && Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  if (createdAt && /^\d{4}-\d{2}-\d{2}T/.test(createdAt) && Number.isFinite(Date.parse(createdAt))) return new Date(Date.parse(createdAt)).toISOString();
  if (id && /^\d{15,20}$/.test(id)) {
    const ms = Number(BigInt(id) >> 22n) + SNOWFLAKE_EPOCH;
    if (ms > Date.UTC(2010, 10, 4)) return new Date(ms).toISOString();
  }
  return undefined;
}

/**
 * The part of the text X counts against 280, as UTF-16 offsets into the unescaped text, when it is not the
 * whole: a reply's leading mentions, and a trailing media link or link to a quoted post, are not counted. X's own
 * `display_text_range` says so in API data, but archives give `[0, length]` even then, so both are used
 * and the narrower wins. The range is in code points of the escaped text.
 */
function countedRange(tweet: Json, raw: string, text: string, isReply: boolean): { start: number; end: number } | undefined {
  let start = 0;
  let end = text.length;
  const range = Array.isArray(tweet.display_text_range) ? tweet.display_text_range.map(Number) : [];
  if (range.length === 2 && range.every((n) => Number.isInteger(n) && n >= 0)) {
    start = Math.max(start, unescapedOffset(raw, range[0] as number));
    end = Math.min(end, unescapedOffset(raw, range[1] as number));
  }
  if (isReply) start = Math.max(start, LEADING_MENTIONS.exec(text)?.[0].length ?? 0);
  for (const url of attachedUrls(tweet)) {
    const at = text.lastIndexOf(url);
    if (at !== -1 && at + url.length === text.trimEnd().length) end = Math.min(end, text.slice(0, at).trimEnd().length);
  }
  if (start >= end) return undefined;
  return start === 0 && end === text.length ? undefined : { start, end };
}

/** The t.co links X attaches rather than counts: media, and the post a quote post quotes. */
function attachedUrls(tweet: Json): string[] {
  const urls: string[] = [];
  for (const holder of [tweet.entities, tweet.extended_entities]) {
    if (!isObject(holder)) continue;
    for (const media of Array.isArray(holder.media) ? holder.media : []) if (isObject(media) && typeof media.url === 'string') urls.push(media.url);
    for (const link of Array.isArray(holder.urls) ? holder.urls : []) {
      if (isObject(link) && typeof link.url === 'string' && typeof link.expanded_url === 'string' && STATUS_LINK.test(link.expanded_url)) urls.push(link.url);
    }
  }
  return urls;
}

/** The UTF-16 offset in the unescaped text of the code point at `codePoints` in the escaped one. */
function unescapedOffset(escaped: string, codePoints: number): number {
  let i = 0;
  for (let n = 0; n < codePoints && i < escaped.length; n++) i += (escaped.codePointAt(i) as number) > 0xffff ? 2 : 1;
  return unescapeHtml(escaped.slice(0, i)).length;
}
