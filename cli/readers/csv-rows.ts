/** One row of a CSV file as the tokenizer found it. */
export interface CsvRow {
  fields: string[];
  /** The line the row starts on, from 1. */
  line: number;
  /** What is wrong with the row's quoting, and the line of the problem when it is a later one. */
  error?: string;
}

/** A row longer than this is given up on (a quote left open swallows the rest of a file). */
const MAX_ROW = 1024 * 1024;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** Just after a quote inside a quoted field: a second quote, the end of the field, or an error. */
  QuoteInQuoted,
  /** After a quoting error: the rest of the physical line belongs to the broken row. */
  SkipLine,
}

export const CSV_REASONS = {
  afterQuote: 'a quoted field goes on after its closing quote (inside quotes, write a quote as "")',
  neverClosed: 'a quote is opened and never closed',
  tooLong: `a row longer than ${MAX_ROW / 1024 / 1024} MB (is a quote left open?)`,
} as const;

/**
 * A streaming CSV tokenizer (RFC 4180: quoted fields hold delimiters, doubled quotes and line breaks), pure
 * TypeScript so the extension can run it in a worker. Text goes in by `push`, rows come out as soon as they
 * end; memory holds one row.
 *
 * Broken quoting costs only its own row: a quoted field that goes on after its closing quote is reported and
 * the rest of that line skipped, so the next line starts a new row. A quote opened and never closed is
 * reported at the file's end (or past `MAX_ROW`), and the text after the row's first line is read again as
 * rows, so nothing after a stray quote is lost. A quote inside an unquoted field is plain text. Blank lines
 * are skipped; a CR before a line end is dropped, and CRLF inside a quoted field becomes LF.
 */
export class CsvTokenizer {
  private state = State.FieldStart;
  private fields: string[] = [];
  private field = '';
  private line = 1;
  private rowLine = 1;
  private error: string | undefined;
  /** A quoted field's raw text while it is open: what is read again if the quote never closes. */
  private raw = '';
  /** The line its opening quote is on. */
  private quoteLine = 1;
  private rows: CsvRow[] = [];

  constructor(private readonly delimiter = ',') {}

  /** Feeds text; returns the rows it completed. */
  push(text: string): CsvRow[] {
    this.scan(text);
    return this.rows.splice(0);
  }

  /** Ends the input; returns the last rows. */
  end(): CsvRow[] {
    while (this.state === State.Quoted) this.recover(CSV_REASONS.neverClosed);
    const blank = this.fields.length === 0 && (this.state === State.FieldStart || (this.state === State.Unquoted && stripCr(this.field) === ''));
    if (!blank) this.endRow();
    return this.rows.splice(0);
  }

  private scan(text: string): void {
    const d = this.delimiter.charCodeAt(0);
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case State.FieldStart:
          if (c === 34 /* " */) {
            this.state = State.Quoted;
            this.raw = '';
            this.quoteLine = this.line;
            i += 1;
            continue;
          }
          this.state = State.Unquoted;
          continue; // read this character again as part of an unquoted field
        case State.Unquoted: {
          // The usual case: plain text up to the next delimiter or line end, taken in one slice.
          let j = i;
          while (j < text.length) {
            const k = text.charCodeAt(j);
            if (k === d || k === 10) break;
            j += 1;
          }
          this.field += text.slice(i, j);
          if (j === text.length) return;
          if (text.charCodeAt(j) === d) this.endField();
          else this.endLine();
          i = j + 1;
          continue;
        }
        case State.Quoted: {
          let j = i;
          while (j < text.length) {
            const k = text.charCodeAt(j);
            if (k === 34) break;
            if (k === 10) this.line += 1;
            j += 1;
          }
          const part = text.slice(i, j);
          this.field += part;
          this.raw += part;
          if (this.raw.length > MAX_ROW) {
            this.recover(CSV_REASONS.tooLong, text.slice(j));
            return;
          }
          if (j === text.length) return;
          this.raw += '"';
          this.state = State.QuoteInQuoted;
          i = j + 1;
          continue;
        }
        case State.QuoteInQuoted:
          if (c === 34) {
            this.field += '"';
            this.raw += '"';
            this.state = State.Quoted;
          } else if (c === d) {
            this.endField();
          } else if (c === 10) {
            this.endLine();
          } else if (c !== 13) {
            const reason = (this.line > this.rowLine ? `at line ${this.line}, ` : '') + CSV_REASONS.afterQuote;
            // A field that ran over lines before breaking may have swallowed rows: read them again.
            if (this.line > this.quoteLine) {
              this.recover(reason, text.slice(i));
              return;
            }
            this.error = reason;
            this.state = State.SkipLine;
          }
          i += 1;
          continue;
        case State.SkipLine: {
          const nl = text.indexOf('\n', i);
          if (nl === -1) return;
          this.endLine();
          i = nl + 1;
          continue;
        }
      }
    }
  }

  private endField(): void {
    this.fields.push(this.state === State.Unquoted ? stripCr(this.field) : this.field.replace(/\r\n/g, '\n'));
    this.field = '';
    this.raw = '';
    this.state = State.FieldStart;
  }

  /** A line break outside quotes: the row ends, unless the line was blank. */
  private endLine(): void {
    const blank = this.fields.length === 0 && this.state === State.Unquoted && stripCr(this.field) === '';
    if (blank) {
      this.field = '';
      this.state = State.FieldStart;
    } else this.endRow();
    this.line += 1;
    this.rowLine = this.line;
  }

  private endRow(): void {
    if (this.state !== State.SkipLine) this.endField();
    this.rows.push(this.error ? { fields: this.fields, line: this.rowLine, error: this.error } : { fields: this.fields, line: this.rowLine });
    this.fields = [];
    this.field = '';
    this.error = undefined;
    this.state = State.FieldStart;
  }

  /**
   * A quoted field that never closes, grows past the limit, or breaks after running over lines: the row is
   * reported, and what followed the opening quote's line (then `tail`, the rest of the current text) is
   * read again as fresh rows, so no row it swallowed is lost.
   */
  private recover(reason: string, tail = ''): void {
    const firstBreak = this.raw.indexOf('\n');
    this.fields = [];
    this.field = '';
    if (firstBreak === -1) {
      // All on one line: the rest of that line goes with the broken row, reported at its end.
      this.raw = '';
      this.error = reason;
      this.state = State.SkipLine;
      this.scan(tail);
      return;
    }
    const rest = this.raw.slice(firstBreak + 1) + tail;
    this.rows.push({ fields: [], line: this.rowLine, error: reason });
    this.raw = '';
    this.error = undefined;
    this.state = State.FieldStart;
    this.line = this.quoteLine + 1;
    this.rowLine = this.line;
    this.scan(rest);
  }
}

function stripCr(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

/** Rows from text chunks. */
export async function* csvRows(chunks: AsyncIterable<string>, delimiter = ','): AsyncGenerator<CsvRow> {
  const tokenizer = new CsvTokenizer(delimiter);
  for await (const chunk of chunks) yield* tokenizer.push(chunk);
  yield* tokenizer.end();
}

/** The delimiter a header line uses: a tab when it has tabs and no commas outside quotes, else a comma. */
export function delimiterOf(headerLine: string): string {
  const outside = headerLine.replace(/"[^"]*"/g, '');
  return outside.includes('\t') && !outside.includes(',') ? '\t' : ',';
}
