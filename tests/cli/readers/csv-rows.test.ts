import { describe, expect, it } from 'vitest';
import { CSV_REASONS, CsvTokenizer, delimiterOf } from '../../../cli/readers/csv-rows';

/** Rows from text pushed in pieces of `size` characters. */
function rows(text: string, size = text.length || 1, delimiter = ','): ReturnType<CsvTokenizer['end']> {
  const tokenizer = new CsvTokenizer(delimiter);
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(...tokenizer.push(text.slice(i, i + size)));
  return [...out, ...tokenizer.end()];
}

describe('CsvTokenizer', () => {
  it('gives the same rows whatever the chunking: quoted delimiters, doubled quotes, line breaks, CRLF', () => {
    const text = 'a,"b, c","say ""hi"""\r\n"two\r\nlines",,x\r\n\r\nlast,row,"q"';
    for (const size of [1, 2, 3, 7, 1000]) {
      expect(rows(text, size)).toEqual([
        { fields: ['a', 'b, c', 'say "hi"'], line: 1 },
        { fields: ['two\nlines', '', 'x'], line: 2 },
        { fields: ['last', 'row', 'q'], line: 5 },
      ]);
    }
  });

  it('costs a broken row only itself: the rest of its line is skipped and the next line is a new row', () => {
    expect(rows('1,"bad "quote" here",x\n2,fine\n')).toEqual([
      { fields: ['1'], line: 1, error: CSV_REASONS.afterQuote },
      { fields: ['2', 'fine'], line: 2 },
    ]);
  });

  it('reads again what a stray quote swallowed, from the line after it opened', () => {
    for (const size of [1, 5, 1000]) {
      // The quote opened on line 2 is closed by line 4's, and the field then runs on past it.
      expect(rows('1,ok\n2,"stray\n3,after\n4,"also ""fine"""\n', size)).toEqual([
        { fields: ['1', 'ok'], line: 1 },
        { fields: [], line: 2, error: `at line 4, ${CSV_REASONS.afterQuote}` },
        { fields: ['3', 'after'], line: 3 },
        { fields: ['4', 'also "fine"'], line: 4 },
      ]);
      expect(rows('1,ok\n2,"never closed\n3,after\n', size)).toEqual([
        { fields: ['1', 'ok'], line: 1 },
        { fields: [], line: 2, error: CSV_REASONS.neverClosed },
        { fields: ['3', 'after'], line: 3 },
      ]);
    }
  });

  it('gives up on a quoted field past 1 MB and reads on from its second line', () => {
    const big = 'x'.repeat(1024 * 1024 + 10);
    const out = rows(`1,"${big}\n2,after\n`, 64 * 1024);
    expect(out.map((r) => [r.line, r.error ?? r.fields.join('|')])).toEqual([
      [1, CSV_REASONS.tooLong],
      [2, '2|after'],
    ]);
  });

  it('uses the delimiter it is given, and skips blank lines but not rows of empty fields', () => {
    expect(rows('a\tb\n\n\t\n', 1, '\t')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['', ''], line: 3 },
    ]);
  });
});

describe('delimiterOf', () => {
  it('is a tab for a tab-separated header, a comma otherwise', () => {
    expect(delimiterOf('"Date"\t"Share Commentary"\t"Type"')).toBe('\t');
    expect(delimiterOf('Date,ShareCommentary')).toBe(',');
    expect(delimiterOf('"a\tb",c')).toBe(',');
  });
});
