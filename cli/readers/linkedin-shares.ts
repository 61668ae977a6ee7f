import { csvTable } from './csv';
import { InputError, type ByteInput, type PostFacts, type RawRecord, type ReaderOptions } from './types';

/** Header names as LinkedIn has written them over the years, compared without case, spaces or underscores. */
const key = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const COMMENTARY = 'sharecommentary';
const DATE = 'date';
const LINK = 'sharelink';

/**
 * A LinkedIn data export's `Shares.csv`, in every shape seen in real exports:
 * - `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility` (and `SharedURL,MediaURL`), LF or CRLF;
 * - the 2018 export: UTF-16LE with a byte-order mark, tab-separated, every field quoted, with
 *   `Share Commentary` among nine columns and dates like `2017/06/08 08:15:44 UTC`;
 * - multi-line commentary written with each line wrapped in its own quotes (see `unwrapLines`).
 * The post is the commentary; a share without commentary (a plain repost) is `empty`, with its date.
 */
export async function* readLinkedInShares(input: ByteInput, options: ReaderOptions = {}): AsyncGenerator<RawRecord> {
  let columns: { text: number; date: number; link: number } | undefined;
  for await (const item of csvTable(input)) {
    if ('malformed' in item) yield item.malformed;
    else if ('header' in item) columns = columnsOf(item.header, options.textField);
    else if (columns) {
      const { fields, line } = item.row;
      const facts = factsOf(fields[columns.date], fields[columns.link]);
      const text = unwrapLines((fields[columns.text] as string).replace(/\r\n?/g, '\n'));
      yield text.trim() ? { kind: 'post', line, text, ...facts } : { kind: 'empty', line, ...facts };
    }
  }
}

function columnsOf(header: string[], textField: string | undefined): { text: number; date: number; link: number } {
  const keys = header.map(key);
  const text = keys.indexOf(key(textField ?? COMMENTARY));
  if (text === -1) {
    const list = header.map((n) => `"${n}"`).join(', ');
    throw new InputError(`This Shares.csv has no column "${textField ?? 'ShareCommentary'}". Its columns are ${list}.`);
  }
  return { text, date: keys.indexOf(DATE), link: keys.indexOf(LINK) };
}

/**
 * LinkedIn writes each line of a multi-line commentary inside its own quotes, within the quoted field:
 * after CSV unquoting, every line but the first starts with `"`, and most lines but the last end with one
 * (an empty line is `""`). When every line but the first starts with a quote, one quote is dropped from the
 * start of each of those lines and one from the end of each line but the last that has it. A value quoted
 * properly (continuation lines without the extra quote) stays as it is.
 */
export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  if (!lines.every((line, i) => i === 0 || line.startsWith('"'))) return text;
  const last = lines.length - 1;
  return lines
    .map((line, i) => {
      const start = i === 0 ? 0 : 1;
      return i < last && line.length > start && line.endsWith('"') ? line.slice(start, -1) : line.slice(start);
    })
    .join('\n');
}

/** The share's id (its URN, percent-decoded) and its time, when the row has them. */
function factsOf(date: string | undefined, link: string | undefined): PostFacts {
  const facts: PostFacts = {};
  const at = date ? isoOf(date) : undefined;
  if (at) facts.at = at;
  const urn = link ? /urn(?:%3A|:)li(?:%3A|:)[^/?#]+/i.exec(link)?.[0] : undefined;
  if (urn) facts.id = safeDecode(urn);
  return facts;
}

/** `2025-07-01 14:33:22` (modern exports, no zone: UTC) or `2017/06/08 08:15:44 UTC` as ISO 8601. */
function isoOf(date: string): string | undefined {
  const m = /^(\d{4})[-/](\d{2})[-/](\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\s*UTC|Z)?$/.exec(date.trim());
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
