import { describe, expect, it } from 'vitest';
import { dateColumn, isoDate } from '../../../cli/readers/dates';
import { readCsv } from '../../../cli/readers/csv';
import { recordOf } from '../../../cli/readers/text-field';
import { collect } from '../helpers';

describe('isoDate', () => {
  it('reads dates as exports write them, and nothing else', () => {
    expect(isoDate('2025-03-01T10:00:00Z')).toBe('2025-03-01T10:00:00.000Z');
    expect(isoDate('Fri Sep 08 10:00:00 +0000 2023')).toBe('2023-09-08T10:00:00.000Z');
    expect(isoDate(1_700_000_000)).toBe('2023-11-14T22:13:20.000Z');
    expect(isoDate('1700000000000')).toBe('2023-11-14T22:13:20.000Z');
    for (const bad of ['', 'soon', null, undefined, {}, Number.NaN]) expect(isoDate(bad)).toBeUndefined();
  });

  it('finds the date column by its usual names, case-insensitively', () => {
    expect(dateColumn(['text', 'Created_At'])).toBe(1);
    expect(dateColumn(['text', 'likes'])).toBe(-1);
  });
});

describe('dates in plain files of posts', () => {
  it('gives CSV rows and JSON posts their time when a date column or field has one', async () => {
    const rows = await collect(readCsv('text,date\nHello there,2025-03-01\nNo date,\n'));
    expect(rows).toEqual([
      { kind: 'post', line: 2, text: 'Hello there', at: '2025-03-01T00:00:00.000Z' },
      { kind: 'post', line: 3, text: 'No date' },
    ]);
    expect(recordOf({ text: 'Hi', created_at: '2025-03-01T10:00:00Z' }, 4, undefined)).toEqual({ kind: 'post', line: 4, text: 'Hi', at: '2025-03-01T10:00:00.000Z' });
  });
});
