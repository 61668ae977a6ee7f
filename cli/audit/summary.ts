import type { Finding, KindResult, PostKind, SignalName, Signals } from '../../rules/index';
// The constants from their own module: the command's start must not load the engine (see cli/main.ts).
import { PRINCIPLE_IDS, SIGNAL_NAMES } from '../../rules/engine/types';
import { DayCounts, DEFAULT_POLICY, kindOf, RatioTally, type Gap, type RatioPolicy, type Streak, type WindowShare } from '../../rules/history';
import { snippet } from '../format/context';
import { Lowest } from './lowest';

export interface WeakPost {
  index: number;
  line: number;
  score: number;
  snippet: string;
  /** Principles with findings in the post, in catalogue order. */
  principles: string[];
}

export interface RuleTally {
  ruleId: string;
  findings: number;
  posts: number;
}

export interface PrincipleTally {
  principle: string;
  findings: number;
  posts: number;
  /** Most frequent first. */
  rules: RuleTally[];
}

export interface SummaryJson {
  posts: number;
  malformed: number;
  empty: number;
  /** Other people's posts passed on (X retweets): left out of every figure, the ratio included. */
  reposts: number;
  /** Posts that answer someone (counted as conversation unless they promote). */
  replies: number;
  averageScore: number | null;
  postsWithErrors: number;
  /** Posts whose kind is promotion, under the policy, as the history module counts them for the dashboard. */
  selfPromotion: {
    posts: number;
    ratio: number | null;
    policy: Pick<RatioPolicy, 'id' | 'label' | 'share' | 'window' | 'allowed'>;
    /** The share over all posts is within the policy's share. */
    within: boolean | null;
    /** The newest `policy.window` posts by date, when the input has dates. */
    recent: WindowShare | null;
  };
  /** How often and how steadily, when the input has dates. */
  cadence: { from: string; to: string; postsPerWeek: number; longest: Streak; gaps: Gap[] } | null;
  averageSignals: Partial<Signals>;
  findings: PrincipleTally[];
  weakest: WeakPost[];
  /** Only each post's kind was judged (`--kinds-only`): no scores, signals or findings were computed. */
  kindsOnly?: true;
}

export interface PostResult {
  findings: readonly Pick<Finding, 'ruleId' | 'principle' | 'severity'>[];
  /** Null for a post that was not scored (not in English): it counts in the ratio, not in the average. */
  score: number | null;
  signals: Signals;
  kind: KindResult;
}

/** A post as the audit sees it: its place in the input, its text, and what the reader knows of it. */
export interface AuditPost {
  index: number;
  line: number;
  text: string;
  at?: string;
  reply?: boolean;
  thread?: boolean;
}

/**
 * What an audit remembers: counters per principle and rule (bounded by the number of rules), signal sums,
 * the `top` weakest posts, the ratio's newest window and one counter per day with posts. Nothing grows
 * with the number of posts.
 */
export class AuditSummary {
  private posts = 0;
  private malformed = 0;
  private empty = 0;
  private reposts = 0;
  private replies = 0;
  private scoreTotal = 0;
  private scored = 0;
  private withErrors = 0;
  private readonly ratio: RatioTally;
  private readonly days = new DayCounts();
  private readonly signalTotals = new Map<SignalName, number>();
  private readonly tallies = new Map<string, { findings: number; posts: number; rules: Map<string, RuleTally> }>();
  private readonly weakest: Lowest<WeakPost>;
  private readonly kindsOnly: boolean;

  constructor(options: { top?: number; policy?: RatioPolicy; kindsOnly?: boolean } = {}) {
    this.weakest = new Lowest<WeakPost>(options.top ?? 5, (a, b) => a.score - b.score || a.index - b.index);
    this.ratio = new RatioTally(options.policy ?? DEFAULT_POLICY);
    this.kindsOnly = options.kindsOnly ?? false;
  }

  /** Counts a post of which only the kind is known (the ratio and cadence); returns its kind as the ratio counted it. */
  addKind(post: AuditPost, result: KindResult): PostKind {
    this.posts += 1;
    if (post.reply) this.replies += 1;
    const kind = kindOf(result.kind, post);
    this.ratio.add(kind, post.at);
    if (post.at) this.days.add(post.at);
    return kind;
  }

  /** Counts a post; returns its kind as the ratio counted it. */
  addPost(post: AuditPost, result: PostResult): PostKind {
    const kind = this.addKind(post, result.kind);
    if (result.score !== null) {
      this.scoreTotal += result.score;
      this.scored += 1;
    }
    for (const name of SIGNAL_NAMES) this.signalTotals.set(name, (this.signalTotals.get(name) ?? 0) + (result.signals[name] ?? 0));
    if (result.findings.some((f) => f.severity === 'error')) this.withErrors += 1;

    const seenPrinciples = new Set<string>();
    const seenRules = new Set<string>();
    for (const finding of result.findings) {
      let tally = this.tallies.get(finding.principle);
      if (!tally) this.tallies.set(finding.principle, (tally = { findings: 0, posts: 0, rules: new Map() }));
      let rule = tally.rules.get(finding.ruleId);
      if (!rule) tally.rules.set(finding.ruleId, (rule = { ruleId: finding.ruleId, findings: 0, posts: 0 }));
      tally.findings += 1;
      rule.findings += 1;
      if (!seenPrinciples.has(finding.principle)) {
        seenPrinciples.add(finding.principle);
        tally.posts += 1;
      }
      if (!seenRules.has(finding.ruleId)) {
        seenRules.add(finding.ruleId);
        rule.posts += 1;
      }
    }

    // Nothing weak about it, or nothing to rank it by.
    if (result.score === null || (result.score >= 100 && result.findings.length === 0)) return kind;
    const probe: WeakPost = { index: post.index, line: post.line, score: result.score, snippet: '', principles: [] };
    this.weakest.offer(probe, () => ({
      ...probe,
      snippet: snippet(post.text),
      principles: PRINCIPLE_IDS.filter((id) => seenPrinciples.has(id)),
    }));
    return kind;
  }

  addMalformed(): void {
    this.malformed += 1;
  }

  /** A record that is not the user's post: an empty one, or a repost of someone else's. */
  addSkipped(kind: 'empty' | 'repost'): void {
    if (kind === 'empty') this.empty += 1;
    else this.reposts += 1;
  }

  get postCount(): number {
    return this.posts;
  }

  get malformedCount(): number {
    return this.malformed;
  }

  toJSON(): SummaryJson {
    const rank = (id: string): number => {
      const i = (PRINCIPLE_IDS as readonly string[]).indexOf(id);
      return i === -1 ? PRINCIPLE_IDS.length : i;
    };
    const findings = [...this.tallies.entries()]
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([principle, tally]) => ({
        principle,
        findings: tally.findings,
        posts: tally.posts,
        rules: [...tally.rules.values()].sort((a, b) => b.findings - a.findings || a.ruleId.localeCompare(b.ruleId)),
      }));
    const averageSignals: Partial<Signals> = {};
    if (this.posts) for (const [name, total] of this.signalTotals) averageSignals[name] = round(total / this.posts, 3);
    const ratio = this.ratio.summary();
    const { id, label, share, window, allowed } = ratio.policy;
    return {
      posts: this.posts,
      malformed: this.malformed,
      empty: this.empty,
      reposts: this.reposts,
      replies: this.replies,
      averageScore: this.scored && !this.kindsOnly ? round(this.scoreTotal / this.scored, 1) : null,
      postsWithErrors: this.withErrors,
      selfPromotion: {
        posts: ratio.promotions,
        ratio: ratio.share === null ? null : round(ratio.share, 4),
        policy: { id, label, share: round(share, 4), window, allowed },
        within: ratio.within,
        recent: ratio.recent,
      },
      cadence: this.cadenceJson(),
      averageSignals,
      findings,
      weakest: this.weakest.toArray(),
      ...(this.kindsOnly ? { kindsOnly: true as const } : {}),
    };
  }

  /** Cadence up to the last post (an archive is judged as of its end, not as of today). */
  private cadenceJson(): SummaryJson['cadence'] {
    const cadence = this.days.cadence();
    if (!cadence.first || !cadence.last) return null;
    return {
      from: cadence.first,
      to: cadence.last,
      postsPerWeek: cadence.postsPerWeek,
      longest: cadence.longest,
      gaps: cadence.gaps.slice(0, 3),
    };
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
