import { PRINCIPLE_IDS } from '../../rules/principles';
import { SIGNAL_NAMES, type Finding, type SignalName, type Signals } from '../../rules/engine/types';
import { snippet } from '../format/context';
import { Lowest } from './lowest';

/** The 80/20 guideline: at most one post in five promotes you. */
export const SELF_PROMOTION_GUIDELINE = 0.2;
/** The principle whose findings mark a post as self-promotion. */
export const SELF_PROMOTION_PRINCIPLE = 'add-value';

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
  /** Other people's posts passed on (X retweets): left out of every figure, the 80/20 ratio included. */
  reposts: number;
  averageScore: number | null;
  postsWithErrors: number;
  selfPromotion: {
    /** False when no enabled rule judges self-promotion, so the ratio says nothing. */
    measured: boolean;
    posts: number;
    ratio: number | null;
    guideline: number;
    withinGuideline: boolean | null;
  };
  averageSignals: Partial<Signals>;
  findings: PrincipleTally[];
  weakest: WeakPost[];
}

export interface PostResult {
  findings: readonly Pick<Finding, 'ruleId' | 'principle' | 'severity'>[];
  score: number;
  signals: Signals;
}

/**
 * What an audit remembers: counters per principle and rule (bounded by the number of rules), signal sums
 * and the `top` weakest posts. Nothing grows with the number of posts.
 */
export class AuditSummary {
  private posts = 0;
  private malformed = 0;
  private empty = 0;
  private reposts = 0;
  private scoreTotal = 0;
  private withErrors = 0;
  private selfPromoting = 0;
  private readonly signalTotals = new Map<SignalName, number>();
  private readonly tallies = new Map<string, { findings: number; posts: number; rules: Map<string, RuleTally> }>();
  private readonly weakest: Lowest<WeakPost>;

  constructor(options: { top?: number; selfPromotionMeasured?: boolean } = {}) {
    this.weakest = new Lowest<WeakPost>(options.top ?? 5, (a, b) => a.score - b.score || a.index - b.index);
    this.measured = options.selfPromotionMeasured ?? true;
  }

  private readonly measured: boolean;

  addPost(post: { index: number; line: number; text: string }, result: PostResult): void {
    this.posts += 1;
    this.scoreTotal += result.score;
    for (const name of SIGNAL_NAMES) this.signalTotals.set(name, (this.signalTotals.get(name) ?? 0) + (result.signals[name] ?? 0));
    if (result.findings.some((f) => f.severity === 'error')) this.withErrors += 1;
    if (result.findings.some((f) => f.principle === SELF_PROMOTION_PRINCIPLE)) this.selfPromoting += 1;

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

    if (result.score >= 100 && result.findings.length === 0) return; // nothing weak about it
    const probe: WeakPost = { index: post.index, line: post.line, score: result.score, snippet: '', principles: [] };
    this.weakest.offer(probe, () => ({
      ...probe,
      snippet: snippet(post.text),
      principles: PRINCIPLE_IDS.filter((id) => seenPrinciples.has(id)),
    }));
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
    const ratio = this.posts ? this.selfPromoting / this.posts : null;
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
    return {
      posts: this.posts,
      malformed: this.malformed,
      empty: this.empty,
      reposts: this.reposts,
      averageScore: this.posts ? round(this.scoreTotal / this.posts, 1) : null,
      postsWithErrors: this.withErrors,
      selfPromotion: {
        measured: this.measured,
        posts: this.selfPromoting,
        ratio: ratio === null ? null : round(ratio, 4),
        guideline: SELF_PROMOTION_GUIDELINE,
        withinGuideline: ratio === null || !this.measured ? null : ratio <= SELF_PROMOTION_GUIDELINE,
      },
      averageSignals,
      findings,
      weakest: this.weakest.toArray(),
    };
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
