import { csvRows, delimiterOf, type CsvRow } from './csv-rows';
import { dateColumn, isoDate } from './dates';
import { peek } from './source';
import { InputError, type ByteInput, type RawRecord, type ReaderOptions } from './types';

export interface CsvOptions extends ReaderOptions {
  /** Column used when `textField` is not given. */
  defaultColumn?: string;
}

const WRONG_COLUMNS = 'the row has a different number of columns from the header';

/**
 * The header row and the rows after it, from any input: the delimiter (comma, or tab as in older LinkedIn
 * exports) is told by the header line. Rows with broken quoting or a different number of columns from the
 * header come out as `malformed` with their line; the caller maps the rest.
 */
export async function* csvTable(input: ByteInput): AsyncGenerator<{ header: string[] } | { row: CsvRow } | { malformed: RawRecord }> {
  const { head, source } = await peek(input, (h) => /\n/.test(h.trimStart()));
  const firstLine = head.trimStart().split('\n', 1)[0] ?? '';
  let columns = -1;
  for await (const row of csvRows(source, delimiterOf(firstLine))) {
    if (row.error) yield { malformed: { kind: 'malformed', line: row.line, reason: row.error } };
    else if (columns === -1) {
      columns = row.fields.length;
      yield { header: row.fields };
    } else if (row.fields.length !== columns) yield { malformed: { kind: 'malformed', line: row.line, reason: WRONG_COLUMNS } };
    else yield { row };
  }
}

/**
 * CSV with a header row and one post per row, streamed row by row with bounded memory. The post is the
 * column `textField` (or `defaultColumn`, or `text`), found case-insensitively, and its time the first
 * column named like a date (`date`, `created_at`...) when there is one; a missing column is an
 * input error naming the columns there are.
 */
export async function* readCsv(input: ByteInput, options: CsvOptions = {}): AsyncGenerator<RawRecord> {
  let column = -1;
  let dated = -1;
  for await (const item of csvTable(input)) {
    if ('malformed' in item) yield item.malformed;
    else if ('header' in item) {
      column = findColumn(item.header, options);
      dated = dateColumn(item.header);
    } else {
      const text = item.row.fields[column] as string;
      const at = dated === -1 ? undefined : isoDate(item.row.fields[dated]);
      if (!text.trim()) yield { kind: 'empty', line: item.row.line };
      else yield at ? { kind: 'post', line: item.row.line, text, at } : { kind: 'post', line: item.row.line, text };
    }
  }
}

function findColumn(header: string[], options: CsvOptions): number {
  const wanted = options.textField ?? options.defaultColumn ?? 'text';
  const names = header.map((name) => name.trim());
  let index = names.indexOf(wanted);
  if (index === -1) index = names.findIndex((name) => name.toLowerCase() === wanted.toLowerCase());
  if (index === -1) {
    const list = names.map((n) => `"${n}"`).join(', ');
    throw new InputError(`The CSV header (line 1) has no column "${wanted}". Its columns are ${list}; choose one with --text-column.`);
  }
  return index;
}
