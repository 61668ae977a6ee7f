import { PRINCIPLE_IDS, type PrincipleId } from '../principles';
import { dayLabel, dayOf, firstDayOfWeek, weekOfDay, byTime, DAY_MS, type Zone } from './time';
import type { PostRecord } from './types';

export type Period = 'week' | 'month';

/** Each principle's share of posts with findings, per week or month. */
export interface PrincipleTrends {
  period: Period;
  /** Every period from the first post's to the last's, oldest first: its first day and its posts. */
  periods: { start: string; posts: number }[];
  /** Principles with findings in some post, in catalogue order. `shares[i]` is null for a period without posts. */
  principles: { id: PrincipleId; shares: (number | null)[]; posts: number; share: number }[];
}

type Trended = Pick<PostRecord, 'at' | 'principles'>;

/** The period a day falls in, as a sortable number, and back to its first day. */
const PERIODS: Record<Period, { of(day: number): number; start(period: number): number }> = {
  week: { of: weekOfDay, start: firstDayOfWeek },
  month: {
    of(day) {
      const d = new Date(day * DAY_MS);
      return d.getUTCFullYear() * 12 + d.getUTCMonth();
    },
    start(period) {
      return Math.round(Date.UTC(Math.floor(period / 12), period % 12, 1) / DAY_MS);
    },
  },
};

export function principleTrends(posts: readonly Trended[], options: Zone & { period?: Period } = {}): PrincipleTrends {
  const period = options.period ?? 'week';
  const unit = PERIODS[period];
  const timed = byTime(posts);
  const first = timed[0];
  const last = timed.at(-1);
  if (!first || !last) return { period, periods: [], principles: [] };
  const firstPeriod = unit.of(dayOf(first.ms, options));
  const count = unit.of(dayOf(last.ms, options)) - firstPeriod + 1;
  const postsPer = new Array<number>(count).fill(0);
  const withFindings = new Map<PrincipleId, number[]>();
  for (const { record, ms } of timed) {
    // An imported post was given only its kind, never judged by the rules: it is in no principle's share.
    if (!record.principles) continue;
    const i = unit.of(dayOf(ms, options)) - firstPeriod;
    postsPer[i] = (postsPer[i] ?? 0) + 1;
    for (const [id, n] of Object.entries(record.principles ?? {}) as [PrincipleId, number][]) {
      if (!n) continue;
      let row = withFindings.get(id);
      if (!row) withFindings.set(id, (row = new Array<number>(count).fill(0)));
      row[i] = (row[i] ?? 0) + 1;
    }
  }
  const total = postsPer.reduce((a, b) => a + b, 0);
  return {
    period,
    periods: postsPer.map((n, i) => ({ start: dayLabel(unit.start(firstPeriod + i)), posts: n })),
    principles: PRINCIPLE_IDS.flatMap((id) => {
      const row = withFindings.get(id);
      if (!row) return [];
      const sum = row.reduce((a, b) => a + b, 0);
      return [{ id, shares: row.map((n, i) => (postsPer[i] ? n / (postsPer[i] as number) : null)), posts: sum, share: sum / total }];
    }),
  };
}

/** A rule by how many posts it found something in. */
export interface Recurring {
  ruleId: string;
  /** Posts with at least one finding of the rule. */
  posts: number;
  findings: number;
  /** Of all posts. */
  share: number;
}

/** The findings that recur most: rules by the number of posts they speak on, most first. */
export function recurringFindings(posts: readonly Pick<PostRecord, 'findings'>[], limit = 5): Recurring[] {
  const tally = new Map<string, { posts: number; findings: number }>();
  // Of the posts the rules judged: an imported post has no findings recorded, not zero findings.
  const judged = posts.filter((p) => p.findings).length;
  for (const post of posts) {
    for (const [ruleId, n] of Object.entries(post.findings ?? {})) {
      if (!n) continue;
      const t = tally.get(ruleId) ?? { posts: 0, findings: 0 };
      t.posts += 1;
      t.findings += n;
      tally.set(ruleId, t);
    }
  }
  return [...tally]
    .map(([ruleId, t]) => ({ ruleId, ...t, share: judged ? t.posts / judged : 0 }))
    .sort((a, b) => b.posts - a.posts || b.findings - a.findings || a.ruleId.localeCompare(b.ruleId))
    .slice(0, limit);
}

/** A measure compared between the recent period and the one before it. */
export interface Change {
  /** A principle's share of posts with findings, or the share of posts that promote. */
  what: PrincipleId | 'promotion';
  before: number;
  after: number;
}

export interface Changes {
  /** Length of each period, in days. */
  days: number;
  postsBefore: number;
  postsAfter: number;
  /** Shares that fell by `minChange` or more, biggest fall first. */
  improved: Change[];
  /** Shares that rose by `minChange` or more, biggest rise first. */
  worse: Change[];
}

export interface ChangeOptions extends Zone {
  /** End of the recent period; the latest post when absent. */
  now?: number;
  days?: number;
  /** Both periods need this many posts for a comparison to mean anything. */
  minPosts?: number;
  /** The smallest change in share worth telling, 0..1. */
  minChange?: number;
}

/**
 * What improved: each principle's share of posts with findings, and the share of posts that promote, in the
 * last `days` against the `days` before. Too few posts in either period gives no changes, not noise.
 */
export function changes(posts: readonly Pick<PostRecord, 'at' | 'kind' | 'principles'>[], options: ChangeOptions = {}): Changes {
  const days = options.days ?? 28;
  const timed = byTime(posts);
  const end = options.now ?? timed.at(-1)?.ms ?? 0;
  const split = end - days * DAY_MS;
  const start = split - days * DAY_MS;
  const after = timed.filter((p) => p.ms > split && p.ms <= end).map((p) => p.record);
  const before = timed.filter((p) => p.ms > start && p.ms <= split).map((p) => p.record);
  const result: Changes = { days, postsBefore: before.length, postsAfter: after.length, improved: [], worse: [] };
  const minPosts = options.minPosts ?? 3;
  if (before.length < minPosts || after.length < minPosts) return result;
  const share = (list: typeof posts, test: (p: (typeof posts)[number]) => boolean): number => list.filter(test).length / list.length;
  // Principles are compared over judged posts only (imported ones have a kind and nothing more).
  const judgedBefore = before.filter((p) => p.principles);
  const judgedAfter = after.filter((p) => p.principles);
  const judged = judgedBefore.length >= minPosts && judgedAfter.length >= minPosts;
  const measures: Change[] = [
    { what: 'promotion', before: share(before, (p) => p.kind === 'promotion'), after: share(after, (p) => p.kind === 'promotion') },
    ...(judged
      ? PRINCIPLE_IDS.map((id) => ({
          what: id,
          before: share(judgedBefore, (p) => (p.principles?.[id] ?? 0) > 0),
          after: share(judgedAfter, (p) => (p.principles?.[id] ?? 0) > 0),
        }))
      : []),
  ];
  const min = (options.minChange ?? 0.1) - 1e-9;
  result.improved = measures.filter((m) => m.before - m.after >= min).sort((a, b) => b.before - b.after - (a.before - a.after));
  result.worse = measures.filter((m) => m.after - m.before >= min).sort((a, b) => b.after - b.before - (a.after - a.before));
  return result;
}
