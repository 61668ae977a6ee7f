import { jsonArrayItems, recordsFromItems } from './json-array';
import { decode } from './source';
import type { ByteSource, RawRecord, ReaderOptions } from './types';

/** X escapes these three in the archive's `full_text`; the post as written has the characters. */
function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_, name: string) => (name === 'amp' ? '&' : name === 'lt' ? '<' : '>'));
}

/**
 * The archive keeps a retweet as "RT @author: their words" (its `retweeted` flag is false even then). A
 * quote post starts with the user's own words, so it stays a post.
 */
const RETWEET = /^RT @\w{1,15}:/;

function tweetRecord(text: string, line: number): RawRecord {
  return RETWEET.test(text) ? { kind: 'repost', line } : { kind: 'post', line, text: unescapeHtml(text) };
}

/**
 * An X/Twitter archive's `data/tweets.js`: `window.YTD.tweets.part0 = [ {"tweet": {"full_text": ...}}, ... ]`.
 * A script assigning a JSON array, so it is read with the streaming array tokenizer after the `=`.
 */
export function readTweetsJs(source: ByteSource, options: ReaderOptions = {}): AsyncGenerator<RawRecord> {
  return recordsFromItems(jsonArrayItems(decode(source), { afterEquals: true }), options.textField, tweetRecord);
}
