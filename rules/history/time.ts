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

/** Records with a readable time, oldest first, each with its milliseconds (invalid times are left out). */
export function byTime<T extends { at: string }>(records: readonly T[]): { record: T; ms: number }[] {
  const timed: { record: T; ms: number }[] = [];
  for (const record of records) {
    const ms = timeOf(record.at);
    if (Number.isFinite(ms)) timed.push({ record, ms });
  }
  return timed.sort((a, b) => a.ms - b.ms);
}
