import { Readable } from 'node:stream';
import { parse, type CsvError, type InfoRecord, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { UsageError } from '../args';
import { decode } from './source';
import type { ByteSource, RawRecord, ReaderOptions } from './types';

export interface CsvOptions extends ReaderOptions {
  /** Column used when `textField` is not given. */
  defaultColumn?: string;
}

interface Parsed {
  fields: string[];
  /** Line the record starts on. */
  line: number;
  /** Why the record's quoting is wrong, with the line of the problem, if it is. */
  broken?: { line: number; reason: string };
  /** Rows skipped for errors just before this record, in order. */
  skipped: { line: number; reason: string }[];
}

const REASONS: Record<string, string> = {
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the row has a different number of columns from the header',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'the row has a different number of columns from the header',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted field goes on after its closing quote (inside quotes, write a quote as "")',
  CSV_QUOTE_NOT_CLOSED: 'a quote is opened and never closed',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a quoted field goes on after its closing quote',
};

/** A row whose every field is plain or properly quoted (the usual case): no need for the strict check. */
const FIELD = '(?:"(?:[^"]|"")*"|[^",\\r\\n]*)';
const WELL_QUOTED = new RegExp(`^${FIELD}(?:,${FIELD})*$`);

const reasonOf = (error: CsvError | undefined): string =>
  (error && REASONS[error.code]) ?? error?.message ?? 'the row could not be read';

/**
 * CSV with a header row (RFC 4180: quoted fields may hold commas, doubled quotes and newlines), through
 * csv-parse's streaming parser: rows are yielded as they are parsed, with backpressure, so memory holds a
 * chunk of the file and a few rows whatever its length.
 *
 * Broken quoting: csv-parse's strict mode, after a stray quote, reads on to the next quote it meets and
 * loses every row in between. So the stream is parsed with `relax_quotes` (a stray quote stays text and the
 * row ends at its line end, so the rows after it are safe), and each row holding a quote is then checked
 * strictly on its own: a row whose quoting is wrong is reported with its line and skipped. A quote inside
 * an unquoted field (`5,say "hi" now`) is unambiguous and kept as text. Rows with the wrong number of
 * columns are reported and skipped too.
 */
export async function* readCsv(source: ByteSource, options: CsvOptions = {}): AsyncGenerator<RawRecord> {
  const pendingSkips: { line: number; reason: string }[] = [];
  /** Last line of the last record, and how many blank lines csv-parse had passed by then. */
  let lastLine = 0;
  let lastEmpty = 0;
  /** csv-parse counts a CRLF inside a quoted field as two lines; this takes the extra counts back off. */
  let drift = 0;
  const csvOptions: Options<Parsed, unknown> = {
    bom: true,
    raw: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      // The row starts after the last record and any blank lines since.
      const line = lastLine + 1 + Math.max(0, Number(error?.empty_lines ?? lastEmpty) - lastEmpty);
      lastLine = line;
      lastEmpty = Number(error?.empty_lines ?? lastEmpty);
      pendingSkips.push({ line, reason: reasonOf(error) });
      return undefined;
    },
    // Called in parse order with skips, so skipped rows keep their place among the records.
    on_record: (record: unknown, context: InfoRecord): Parsed => {
      const fields = (Array.isArray(record) ? record : (record as { record: string[] }).record) as string[];
      const raw = (context.raw ?? (record as { raw?: string }).raw ?? '').replace(/^[\r\n]+/, '').replace(/\r?\n?$/, '');
      drift += raw.split('\r\n').length - 1;
      lastLine = context.lines - drift;
      lastEmpty = context.empty_lines;
      const line = lastLine - (raw.split('\n').length - 1);
      const broken = raw.includes('"') && !WELL_QUOTED.test(raw) ? strictCheck(raw, line) : undefined;
      return { fields, line, broken, skipped: pendingSkips.splice(0) };
    },
  };
  // csv-parse types `on_record` for object rows only; ours returns `Parsed` from array rows.
  const parser = parse(csvOptions as unknown as Options);
  const input = Readable.from(decode(source));
  // `pipe` does not pass errors on: a read error reaches the parser, and so the loop below, this way.
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);

  try {
    let column = -1;
    let columnCount = 0;
    for await (const row of parser as AsyncIterable<Parsed>) {
      for (const skip of row.skipped) yield { kind: 'malformed', ...skip };
      if (column === -1) {
        column = findColumn(row.fields, options);
        columnCount = row.fields.length;
        continue;
      }
      const text = row.fields[column];
      if (row.broken) yield { kind: 'malformed', ...row.broken };
      else if (text === undefined || row.fields.length !== columnCount) {
        yield { kind: 'malformed', line: row.line, reason: 'the row has a different number of columns from the header' };
      } else if (!text.trim()) yield { kind: 'empty', line: row.line };
      // A CRLF inside a quoted field is the file's line ending, not the post's: posts are written with LF.
      else yield { kind: 'post', line: row.line, text: text.replace(/\r\n/g, '\n') };
    }
  } finally {
    // Stopped early (a missing column, a consumer that breaks off): stop reading the file too.
    input.unpipe(parser);
    input.destroy();
    parser.destroy();
  }
  for (const skip of pendingSkips.splice(0)) yield { kind: 'malformed', ...skip };
}

/**
 * Parses one row's raw text strictly; returns what is wrong with its quoting, if anything, at the line the
 * row starts on (the row is what gets skipped) naming the line of the problem when it is a later one.
 */
function strictCheck(raw: string, line: number): { line: number; reason: string } | undefined {
  try {
    // Line ends do not change whether quoting is right, and with LF only csv-parse's line count is exact.
    parseSync(raw.replace(/\r\n/g, '\n'), { relax_column_count: true });
    return undefined;
  } catch (error) {
    const csvError = error as CsvError;
    if (/INVALID_OPENING_QUOTE$/.test(csvError.code)) return undefined; // a quote inside an unquoted field: plain text
    const at = line + Math.max(0, Number(csvError.lines ?? 1) - 1);
    return { line, reason: (at > line ? `at line ${at}, ` : '') + reasonOf(csvError) };
  }
}

function findColumn(header: string[], options: CsvOptions): number {
  const wanted = options.textField ?? options.defaultColumn ?? 'text';
  const names = header.map((name) => name.trim());
  let index = names.indexOf(wanted);
  if (index === -1) index = names.findIndex((name) => name.toLowerCase() === wanted.toLowerCase());
  if (index === -1) {
    const list = names.map((n) => `"${n}"`).join(', ');
    throw new UsageError(`The CSV header (line 1) has no column "${wanted}". Its columns are ${list}; choose one with --text-column.`);
  }
  return index;
}
