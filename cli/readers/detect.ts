import { readCsv } from './csv';
import { readJsonArray } from './json-array';
import { readJsonl } from './jsonl';
import { readLinkedInShares } from './linkedin-shares';
import { peek } from './source';
import { readTweetsJs } from './tweets-js';
import type { ByteSource, InputFormat, InputRecord, Reader, ReaderOptions } from './types';

export const READERS: Record<InputFormat, Reader> = {
  csv: readCsv,
  json: readJsonArray,
  jsonl: readJsonl,
  'tweets-js': readTweetsJs,
  'linkedin-shares': readLinkedInShares,
};

export const FORMAT_NAMES: Record<InputFormat, string> = {
  csv: 'CSV',
  json: 'JSON array',
  jsonl: 'JSON Lines',
  'tweets-js': 'X archive tweets.js',
  'linkedin-shares': 'LinkedIn Shares.csv',
};

/** The head is enough once it holds its first full line (a CSV header) past any leading blank space. */
function headIsEnough(head: string): boolean {
  const start = head.search(/\S/);
  return start !== -1 && head.indexOf('\n', start) !== -1;
}

/**
 * The format from the first bytes of the content, whatever the file is called:
 * `window.YTD…` (or any `window.x = [`) is an X archive part; `[` a JSON array; `{` JSON Lines; anything
 * else CSV, and a CSV whose header names ShareCommentary is a LinkedIn Shares.csv.
 */
export function detectFormat(head: string): InputFormat {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (/^window\.YTD\b/.test(text) || /^window\.[\w$.]+\s*=\s*\[/.test(text)) return 'tweets-js';
  if (text.startsWith('[')) return 'json';
  // One object per line is JSON Lines; a first line that is only "{" is one pretty-printed document, which
  // the JSON reader reports in one message rather than one per line.
  if (text.startsWith('{')) return /^\{\s*(\r?\n|$)/.test(text) ? 'json' : 'jsonl';
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  if (/(^|[,;\t]\s*)"?ShareCommentary"?\s*($|[,;\t])/.test(header)) return 'linkedin-shares';
  return 'csv';
}

/**
 * Opens the records of a source: detects the format from its first bytes unless one is forced, then reads
 * it with the format's streaming reader. Records are numbered from 0 in input order, counting every record
 * (malformed and empty ones too), so `index` points back at the record's place in the input.
 */
export async function openRecords(
  source: ByteSource,
  options: ReaderOptions & { format?: InputFormat } = {},
): Promise<{ format: InputFormat; records: AsyncGenerator<InputRecord> }> {
  const peeked = await peek(source, headIsEnough);
  const format = options.format ?? detectFormat(peeked.head);
  const reader = READERS[format];
  async function* numbered(): AsyncGenerator<InputRecord> {
    let index = 0;
    for await (const record of reader(peeked.source, options)) yield { ...record, index: index++ };
  }
  return { format, records: numbered() };
}
