import { DEFAULT_POLICY, type RatioPolicy } from './policy';
import { byTime, DAY_MS } from './time';
import type { PostRecord } from './types';

/** What one seven-day period held. */
export interface WeekFigures {
  posts: number;
  promotions: number;
  replies: number;
  /** Of the posts; null with none. */
  share: number | null;
  averageScore: number | null;
  /** Posts with at least one finding. */
  withFindings: number;
}

export interface WeeklySummary {
  /** The last seven days up to `now`. */
  thisWeek: WeekFigures;
  /** The seven days before those. */
  lastWeek: WeekFigures;
  policy: RatioPolicy;
  /** This week's share of promotion is at most the policy's; null with no posts. */
  within: boolean | null;
  /** The side panel's one line. */
  sentence: string;
}

type Weekly = Pick<PostRecord, 'at' | 'kind' | 'reply' | 'score' | 'findings'>;

/** The last seven days against the seven before, as figures and as one plain sentence. */
export function weeklySummary(posts: readonly Weekly[], options: { now: number; policy?: RatioPolicy }): WeeklySummary {
  const policy = options.policy ?? DEFAULT_POLICY;
  const timed = byTime(posts);
  const split = options.now - 7 * DAY_MS;
  const start = split - 7 * DAY_MS;
  const thisWeek = figures(timed.filter((p) => p.ms > split && p.ms <= options.now).map((p) => p.record));
  const lastWeek = figures(timed.filter((p) => p.ms > start && p.ms <= split).map((p) => p.record));
  const within = thisWeek.share === null ? null : thisWeek.share <= policy.share + 1e-9;
  return { thisWeek, lastWeek, policy, within, sentence: sentence(thisWeek, lastWeek, policy, within) };
}

function figures(posts: readonly Weekly[]): WeekFigures {
  const scored = posts.filter((p) => typeof p.score === 'number');
  const promotions = posts.filter((p) => p.kind === 'promotion').length;
  return {
    posts: posts.length,
    promotions,
    replies: posts.filter((p) => p.reply).length,
    share: posts.length ? promotions / posts.length : null,
    averageScore: scored.length ? Math.round(scored.reduce((sum, p) => sum + (p.score as number), 0) / scored.length) : null,
    withFindings: posts.filter((p) => Object.values(p.findings ?? {}).some((n) => n > 0)).length,
  };
}

const postsWord = (n: number): string => `${n} ${n === 1 ? 'post' : 'posts'}`;

function sentence(now: WeekFigures, before: WeekFigures, policy: RatioPolicy, within: boolean | null): string {
  const earlier = `${before.posts} the week before`;
  if (!now.posts) return `No posts in the last 7 days (${earlier}).`;
  const parts = [`${postsWord(now.posts)} in the last 7 days (${earlier})`];
  const percent = Math.round((now.share ?? 0) * 100);
  parts.push(`${now.promotions} ${now.promotions === 1 ? 'promotes' : 'promote'} (${percent}%, ${within ? 'within' : 'over'} ${policy.label})`);
  if (now.averageScore !== null) {
    const was = before.averageScore;
    const trend = was === null || was === now.averageScore ? '' : ` (${now.averageScore > was ? 'up' : 'down'} from ${was})`;
    parts.push(`average score ${now.averageScore}${trend}`);
  }
  return parts.join('; ') + '.';
}
