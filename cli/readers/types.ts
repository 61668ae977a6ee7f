/** The input formats `rapport audit` reads. */
export const INPUT_FORMATS = ['csv', 'json', 'jsonl', 'tweets-js', 'linkedin-shares', 'linkedin-comments'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Each format as the summaries name it. */
export const FORMAT_NAMES: Record<InputFormat, string> = {
  csv: 'CSV',
  json: 'JSON array',
  jsonl: 'JSON Lines',
  'tweets-js': 'X archive tweets.js',
  'linkedin-shares': 'LinkedIn Shares.csv',
  'linkedin-comments': 'LinkedIn Comments.csv',
};

/** One piece of input: bytes, or text already decoded. */
export type ByteChunk = Uint8Array | string;

/** Input as it arrives, in any order of chunks: what every reader consumes once normalised by `chunksOf`. */
export type ByteSource = AsyncIterable<ByteChunk>;

/**
 * Anything a reader accepts: a Node stream (an async iterable of Buffers), a web `ReadableStream` (a
 * `File`'s `stream()`, a `fetch` body), any async iterable of chunks, or the whole input as a string or bytes.
 */
export type ByteInput = ByteSource | ReadableStream<Uint8Array> | string | Uint8Array;

/** What a reader knows about a post beyond its text (archives say more than a plain CSV). */
export interface PostFacts {
  /** The platform's id for the post (an X tweet id, a LinkedIn share URN). */
  id?: string;
  /** When it was published, ISO 8601. */
  at?: string;
  /** An answer to a post (X: `in_reply_to_status_id`, or a text that opens with a mention). */
  reply?: boolean;
  /** A reply to the author's own post: the next part of a thread, not a conversation. */
  thread?: boolean;
  /**
   * The part of `text` the platform counts against its limit, as UTF-16 offsets, when it is not the whole
   * text: X leaves out a reply's leading mentions and a trailing media link.
   */
  counted?: { start: number; end: number };
  /** The file inside an archive the record comes from (its `line` is a line of that file). */
  file?: string;
}

/** One record of the input, in input order. `line` is the 1-based line where the record starts. */
export type RawRecord =
  | ({ kind: 'post'; line: number; text: string } & PostFacts)
  /** A record that could not be read (bad JSON, bad quoting, no text field); the run goes on. */
  | { kind: 'malformed'; line: number; reason: string; file?: string }
  /** A record with an empty text (a LinkedIn repost without comment): not a post to coach. */
  | ({ kind: 'empty'; line: number } & PostFacts)
  /** Someone else's post passed on as it is (an X retweet): not the user's words, so not coached or counted. */
  | ({ kind: 'repost'; line: number } & PostFacts);

/** A record numbered by its position among all records of the input, from 0. */
export type InputRecord = RawRecord & { index: number };

export interface ReaderOptions {
  /** CSV column or JSON field holding the post. */
  textField?: string;
}

export type Reader = (source: ByteInput, options?: ReaderOptions) => AsyncGenerator<RawRecord>;

/**
 * A problem with the input as a whole that the user can fix (no such column, not an archive): the CLI
 * shows it as a usage error, the dashboard as the import's error. Readers never import the CLI's errors,
 * so they run in a browser too.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
