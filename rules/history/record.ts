import type { PlatformId } from '../../platforms/types';
import type { Analysis, PostKind, PrincipleId, Signals } from '../engine/types';
import type { PostRecord } from './types';

export interface PostMeta {
  at: string;
  platform: PlatformId;
  profile?: string;
  /** An answer to someone's post. */
  reply?: boolean;
  /** A reply to the author's own post (the next part of a thread): not a conversation with someone. */
  thread?: boolean;
}

/** A post's kind for the ratio: the engine's, except that a reply to someone is conversation unless it promotes. */
export function kindOf(kind: PostKind, meta: Pick<PostMeta, 'reply' | 'thread'>): PostKind {
  return meta.reply && !meta.thread && kind !== 'promotion' ? 'conversation' : kind;
}

/** The record the history keeps for one analysed post (answering people is conversation, whatever its words). */
export function toPostRecord(analysis: Pick<Analysis, 'kind' | 'signals' | 'findings' | 'score'>, meta: PostMeta): PostRecord {
  const reply = meta.reply === true;
  const kind = kindOf(analysis.kind.kind, meta);
  const principles: Partial<Record<PrincipleId, number>> = {};
  const findings: Record<string, number> = {};
  for (const finding of analysis.findings) {
    principles[finding.principle] = (principles[finding.principle] ?? 0) + 1;
    findings[finding.ruleId] = (findings[finding.ruleId] ?? 0) + 1;
  }
  const signals: Partial<Signals> = {};
  for (const [name, value] of Object.entries(analysis.signals) as [keyof Signals, number][]) signals[name] = Math.round(value * 1000) / 1000;
  return {
    at: meta.at,
    platform: meta.platform,
    ...(meta.profile ? { profile: meta.profile } : {}),
    reply,
    kind,
    signals,
    principles,
    findings,
    // A post in another language was not scored: it keeps no score rather than a 100 nothing earned.
    ...(analysis.score === null ? {} : { score: analysis.score }),
  };
}
