/**
 * Judgement across posts: the self-promotion ratio under a policy (80/20, 4-1-1, thirds, custom), whether a
 * draft would push it over and what to write next, cadence, each principle's trend, the findings that
 * recur, what improved, the weekly summary, and each account's share of the history. Pure functions of analysed post records (`PostRecord`):
 * no browser, no Node, no storage. `rapport audit`, the composer's ratio rule and the dashboard all call
 * these, so they give the same numbers. May import the engine's types and the principles, nothing else.
 */
export type { KindAt, PostRecord } from './types';
export { DEFAULT_POLICY, parsePolicy, policyOf, POLICY_IDS, ratioSpecSchema } from './policy';
export type { PolicyId, PolicyResult, RatioPolicy, RatioSpec } from './policy';
export { judgeDraft, nextPost, ratioSeries, ratioSummary, RatioTally } from './ratio';
export type { DraftJudgement, NextKind, NextPost, RatioPoint, RatioSummary, WindowShare } from './ratio';
export { cadence, DayCounts } from './cadence';
export type { Cadence, CadenceOptions, Gap, Streak, WeekCount } from './cadence';
export { changes, principleTrends, recurringFindings } from './trends';
export type { Change, ChangeOptions, Changes, Period, PrincipleTrends, Recurring } from './trends';
export { weeklySummary } from './weekly';
export type { WeekFigures, WeeklySummary } from './weekly';
export { kindOf, toPostRecord } from './record';
export { accountsOf, postsOf } from './select';
export type { Account } from './select';
export type { PostMeta } from './record';
