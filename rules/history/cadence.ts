import { byTime, dayLabel, dayOf, firstDayOfWeek, timeOf, weekOfDay, type Zone } from './time';

/** Days and weeks in a row with at least one post. */
export interface Streak {
  days: number;
  weeks: number;
}

/** A stretch of days without a post, between the days of two posts (or from the last post to today). */
export interface Gap {
  /** The day of the post before the gap (`YYYY-MM-DD`). */
  from: string;
  /** The day of the post after it, or today for a gap still open. */
  to: string;
  /** Days without a post. */
  days: number;
  open: boolean;
}

export interface WeekCount {
  /** The week's Monday, `YYYY-MM-DD`. */
  week: string;
  posts: number;
}

/** Commitment, as the seed essays ask: how often, how steadily, and where the silences are. */
export interface Cadence {
  posts: number;
  /** The days of the first and the last post, `YYYY-MM-DD`; null with no posts. */
  first: string | null;
  last: string | null;
  /** Posts per week from the week of the first post to this week. */
  postsPerWeek: number;
  /** Posts per week over the last four weeks. */
  recentPerWeek: number;
  /** Every week from the first post's to this one, empty weeks included, oldest first. */
  weeks: WeekCount[];
  /** Ending today or yesterday (days), this week or last (weeks); 0 when broken. */
  current: Streak;
  longest: Streak;
  /** The longest gaps of `minGapDays` or more, longest first (an open gap since the last post included). */
  gaps: Gap[];
  daysSinceLast: number | null;
}

export interface CadenceOptions extends Zone {
  /** "Now" (for the current streak, the open gap and the last four weeks); the latest post when absent. */
  now?: number;
  minGapDays?: number;
  maxGaps?: number;
}

/**
 * Posts per calendar day, counted one post at a time: the memory is one entry per day with posts, so an
 * audit of any length can keep it.
 */
export class DayCounts {
  readonly days = new Map<number, number>();
  constructor(private readonly zone: Zone = {}) {}

  add(at: string | number): void {
    const ms = typeof at === 'number' ? at : timeOf(at);
    if (!Number.isFinite(ms)) return;
    const day = dayOf(ms, this.zone);
    this.days.set(day, (this.days.get(day) ?? 0) + 1);
  }

  cadence(options: Omit<CadenceOptions, keyof Zone> = {}): Cadence {
    return cadenceOfDays(this.days, { ...options, ...this.zone });
  }
}

export function cadence(posts: readonly { at: string }[], options: CadenceOptions = {}): Cadence {
  const counts = new DayCounts(options);
  for (const { ms } of byTime(posts)) counts.add(ms);
  return counts.cadence(options);
}

function cadenceOfDays(days: ReadonlyMap<number, number>, options: CadenceOptions): Cadence {
  const postDays = [...days.keys()].sort((a, b) => a - b);
  const first = postDays[0];
  const last = postDays.at(-1);
  if (first === undefined || last === undefined) {
    return { posts: 0, first: null, last: null, postsPerWeek: 0, recentPerWeek: 0, weeks: [], current: { days: 0, weeks: 0 }, longest: { days: 0, weeks: 0 }, gaps: [], daysSinceLast: null };
  }
  const today = Math.max(last, options.now === undefined ? last : dayOf(options.now, options));
  let posts = 0;
  let lastFour = 0;
  const perWeek = new Map<number, number>();
  for (const [day, count] of days) {
    posts += count;
    if (day > today - 28 && day <= today) lastFour += count;
    const week = weekOfDay(day);
    perWeek.set(week, (perWeek.get(week) ?? 0) + count);
  }
  const weeks: WeekCount[] = [];
  for (let w = weekOfDay(first); w <= weekOfDay(today); w++) weeks.push({ week: dayLabel(firstDayOfWeek(w)), posts: perWeek.get(w) ?? 0 });

  const postWeeks = [...perWeek.keys()].sort((a, b) => a - b);
  return {
    posts,
    first: dayLabel(first),
    last: dayLabel(last),
    postsPerWeek: round(posts / weeks.length),
    recentPerWeek: round(lastFour / 4),
    weeks,
    current: { days: runEndingAt(days, today), weeks: runEndingAt(perWeek, weekOfDay(today)) },
    longest: { days: longestRun(postDays), weeks: longestRun(postWeeks) },
    gaps: gapsOf(postDays, today, options.minGapDays ?? 7, options.maxGaps ?? 5),
    daysSinceLast: today - last,
  };
}

/** Units in a row with posts, ending at `end` or, when `end` has none yet, at the unit before it. */
function runEndingAt(units: ReadonlyMap<number, number>, end: number): number {
  let at = units.has(end) ? end : end - 1;
  let run = 0;
  while (units.has(at)) {
    run += 1;
    at -= 1;
  }
  return run;
}

function longestRun(sorted: readonly number[]): number {
  let best = 0;
  let run = 0;
  sorted.forEach((unit, i) => {
    run = i > 0 && unit === (sorted[i - 1] as number) + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}

function gapsOf(postDays: readonly number[], today: number, minDays: number, max: number): Gap[] {
  const gaps: Gap[] = [];
  postDays.forEach((day, i) => {
    const next = postDays[i + 1];
    const to = next ?? today;
    const days = next === undefined ? to - day : to - day - 1;
    if (days >= minDays) gaps.push({ from: dayLabel(day), to: dayLabel(to), days, open: next === undefined });
  });
  return gaps.sort((a, b) => b.days - a.days || a.from.localeCompare(b.from)).slice(0, max);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
