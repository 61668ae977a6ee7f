import { blobFiles, planArchive, readArchive, type ArchiveFiles, type ArchivePlan } from './archive';
import { readCsv } from './csv';
import { readJsonArray } from './json-array';
import { readJsonl } from './jsonl';
import { readLinkedInComments } from './linkedin-comments';
import { readLinkedInShares } from './linkedin-shares';
import { peek } from './source';
import { blobAccess, isZip, openZip } from './zip';
import { readTweetsJs } from './tweets-js';
import { InputError, type ByteInput, type InputFormat, type InputRecord, type RawRecord, type Reader, type ReaderOptions } from './types';

export const READERS: Record<InputFormat, Reader> = {
  csv: readCsv,
  json: readJsonArray,
  jsonl: readJsonl,
  'tweets-js': readTweetsJs,
  'linkedin-shares': readLinkedInShares,
  'linkedin-comments': readLinkedInComments,
};

/** The head is enough once it holds its first full line (a CSV header) past any leading blank space. */
function headIsEnough(head: string): boolean {
  const start = head.search(/\S/);
  return start !== -1 && head.indexOf('\n', start) !== -1;
}

/**
 * The format from the first characters of the content, whatever the file is called:
 * `window.YTD…` (or any `window.x = [`) is an X archive part; `[` a JSON array; `{` JSON Lines; anything
 * else CSV, and a CSV whose header names ShareCommentary (or `Share Commentary`) is a LinkedIn Shares.csv,
 * one whose header is `Date,Link,Message` a LinkedIn Comments.csv.
 */
export function detectFormat(head: string): InputFormat {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (/^window\.YTD\b/.test(text) || /^window\.[\w$.]+\s*=\s*\[/.test(text)) return 'tweets-js';
  if (text.startsWith('[')) return 'json';
  // One object per line is JSON Lines; a first line that is only "{" is one pretty-printed document, which
  // the JSON reader reports in one message rather than one per line.
  if (text.startsWith('{')) return /^\{\s*(\r?\n|$)/.test(text) ? 'json' : 'jsonl';
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  if (/(^|[,;\t]\s*)"?Share ?Commentary"?\s*($|[,;\t])/i.test(header)) return 'linkedin-shares';
  if (/^"?Date"?,"?Link"?,"?Message"?\s*$/i.test(header)) return 'linkedin-comments';
  return 'csv';
}

async function* numbered(records: AsyncIterable<RawRecord>): AsyncGenerator<InputRecord> {
  let index = 0;
  for await (const record of records) yield { ...record, index: index++ };
}

/**
 * Opens the records of one file's content (a Node stream, a web stream, a string or bytes): detects the
 * format from its first characters unless one is forced, then reads it with the format's streaming reader.
 * Records are numbered from 0 in input order, counting every record (malformed and empty ones too), so
 * `index` points back at the record's place in the input.
 */
export async function openRecords(
  input: ByteInput,
  options: ReaderOptions & { format?: InputFormat } = {},
): Promise<{ format: InputFormat; records: AsyncGenerator<InputRecord> }> {
  const peeked = await peek(input, headIsEnough);
  if (peeked.head.startsWith('PK\u0003\u0004')) {
    throw new InputError('This is a zip archive: give its path (rapport audit archive.zip) rather than standard input.');
  }
  const format = options.format ?? detectFormat(peeked.head);
  return { format, records: numbered(READERS[format](peeked.source, options)) };
}

/**
 * Opens the records of an archive (a zip, a folder, a browser's files): which files hold the posts is
 * decided first (`plan`), then they are read one after another; `plan.notes` gains what the user should
 * know as reading goes (a count that differs from the manifest's). Numbered as `openRecords` numbers them.
 */
export async function openArchive(files: ArchiveFiles): Promise<{ format: InputFormat; plan: ArchivePlan; records: AsyncGenerator<InputRecord> }> {
  const plan = await planArchive(files);
  return { format: plan.format, plan, records: numbered(readArchive(files, plan)) };
}

/**
 * What a page was given, opened as the CLI opens a path: a folder's files (an unzipped archive or its
 * `data/` folder) or one zip as an archive, any other single file by its content. For the dashboard's import.
 */
export async function openBlobs(
  name: string,
  files: readonly { path: string; blob: Blob }[],
): Promise<{ format: InputFormat; plan?: ArchivePlan; records: AsyncGenerator<InputRecord> }> {
  const [only] = files;
  if (files.length !== 1 || !only) return openArchive(blobFiles(name, files));
  if (isZip(new Uint8Array(await only.blob.slice(0, 4).arrayBuffer()))) return openArchive(await openZip(blobAccess(only.blob), name));
  return openRecords(only.blob.stream() as ReadableStream<Uint8Array>);
}
