import type { Finding, KindResult, Signals } from '../engine/types';

/** The signal values from which a post counts as each kind (the evaluation re-chooses them on tuning data). */
export interface KindThresholds {
  promotion: number;
  conversation: number;
  value: number;
}
export const KIND_THRESHOLDS: Readonly<KindThresholds> = { promotion: 0.5, conversation: 0.5, value: 0.5 };

/**
 * Promotion wins over everything: a post that promotes politely is still promotion for the ratio, even when
 * no finding needs to be shown for it. Then conversation (it talks with someone), then value (it gives
 * something), else other.
 */
export function classifyKind(signals: Signals, findings: readonly Finding[], at: Readonly<KindThresholds> = KIND_THRESHOLDS): KindResult {
  const { selfPromotion, conversational, valueAdd } = signals;
  if (selfPromotion >= at.promotion || findings.some((f) => [f, ...(f.also ?? [])].some((r) => r.ruleId === 'self-promotion' || r.ruleId === 'hard-sell'))) {
    return { kind: 'promotion', because: { selfPromotion } };
  }
  if (conversational >= at.conversation) return { kind: 'conversation', because: { conversational } };
  if (valueAdd >= at.value) return { kind: 'value', because: { valueAdd } };
  return { kind: 'other', because: { selfPromotion, conversational, valueAdd } };
}
