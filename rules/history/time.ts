/** Calendar arithmetic on whole days and Monday-based weeks, in a fixed offset from UTC (pure, no Intl). */

export const DAY_MS = 86_400_000;

/** Minutes east of UTC; the page passes `-new Date().getTimezoneOffset()`, tests pass 0. */
export interface Zone {
  offsetMinutes?: number;
}

/** Milliseconds since the epoch for an ISO time, or NaN when it is not one. */
export function timeOf(at: string): number {
  return Date.parse(at);
}

/** The calendar day (days since 1970-01-01 in the zone) a time falls on. */
export function dayOf(ms: number, zone: Zone = {}): number {
  return Math.floor((ms + (zone.offsetMinutes ?? 0) * 60_000) / DAY_MS);
}

/** The week (Monday to Sunday) a day falls in, numbered from the week of 1970-01-01 (a Thursday). */
export function weekOfDay(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** The first day (a Monday) of a week. */
export function firstDayOfWeek(week: number): number {
  return week * 7 - 3;
}

/** `YYYY-MM-DD` for a day number. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A list's records in time order, as `byTime` made it, and what the list held then. */
interface Ordered {
  length: number;
  first: unknown;
  last: unknown;
  timed: readonly { record: unknown; ms: number }[];
}

const ordered = new WeakMap<readonly unknown[], Ordered>();

/**
 * Records with a readable time, oldest first, each with its milliseconds (invalid times are left out).
 * Kept per list, so the dashboard's figures over one history (ratio, trends, changes, the week, cadence)
 * read and sort 10,000 times once, not once each; a list that has since grown or changed at either end
 * is read again. The result is shared: callers read it, never change it.
 */
export function byTime<T extends { at: string }>(records: readonly T[]): readonly { record: T; ms: number }[] {
  const known = ordered.get(records);
  if (known && known.length === records.length && known.first === records[0] && known.last === records.at(-1)) {
    return known.timed as readonly { record: T; ms: number }[];
  }
  const timed: { record: T; ms: number }[] = [];
  for (const record of records) {
    const ms = timeOf(record.at);
    if (Number.isFinite(ms)) timed.push({ record, ms });
  }
  timed.sort((a, b) => a.ms - b.ms);
  ordered.set(records, { length: records.length, first: records[0], last: records.at(-1), timed });
  return timed;
}
