/** The input formats `rapport audit` reads. */
export const INPUT_FORMATS = ['csv', 'json', 'jsonl', 'tweets-js', 'linkedin-shares'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Bytes (or text) as they arrive from a file or standard input. */
export type ByteSource = AsyncIterable<Uint8Array | string>;

/** One record of the input, in input order. `line` is the 1-based line where the record starts. */
export type RawRecord =
  | { kind: 'post'; line: number; text: string }
  /** A record that could not be read (bad JSON, bad quoting, no text field); the run goes on. */
  | { kind: 'malformed'; line: number; reason: string }
  /** A record with an empty text (a LinkedIn repost without comment): not a post to coach. */
  | { kind: 'empty'; line: number }
  /** Someone else's post passed on as it is (an X retweet): not the user's words, so not coached or counted. */
  | { kind: 'repost'; line: number };

/** A record numbered by its position among all records of the input, from 0. */
export type InputRecord = RawRecord & { index: number };

export interface ReaderOptions {
  /** CSV column or JSON field holding the post. */
  textField?: string;
}

export type Reader = (source: ByteSource, options?: ReaderOptions) => AsyncGenerator<RawRecord>;
