import { describe, expect, it } from 'vitest';
import { byTime, dayOf, weekOfDay } from '../../../rules/history/time';

describe('byTime', () => {
  it('orders records by time and leaves out those without a readable one', () => {
    const records = [{ at: '2026-03-02T10:00:00Z' }, { at: 'not a time' }, { at: '2026-03-01T10:00:00Z' }];
    expect(byTime(records).map((t) => t.record.at)).toEqual(['2026-03-01T10:00:00Z', '2026-03-02T10:00:00Z']);
  });

  it('reads a list once, and again when it has grown or changed at either end', () => {
    const records = [{ at: '2026-03-02T10:00:00Z' }, { at: '2026-03-01T10:00:00Z' }];
    const first = byTime(records);
    expect(byTime(records)).toBe(first);
    records.push({ at: '2026-02-01T10:00:00Z' });
    expect(byTime(records).map((t) => t.record.at)).toEqual(['2026-02-01T10:00:00Z', '2026-03-01T10:00:00Z', '2026-03-02T10:00:00Z']);
    records[0] = { at: '2026-04-01T10:00:00Z' };
    expect(byTime(records).at(-1)?.record.at).toBe('2026-04-01T10:00:00Z');
  });
});

describe('calendar', () => {
  it('counts days in the zone given and weeks from Monday', () => {
    const lateSunday = Date.parse('2026-03-01T23:30:00Z');
    expect(dayOf(lateSunday, { offsetMinutes: 60 }) - dayOf(lateSunday)).toBe(1);
    expect(weekOfDay(dayOf(lateSunday, { offsetMinutes: 60 }))).toBe(weekOfDay(dayOf(lateSunday)) + 1);
  });
});
