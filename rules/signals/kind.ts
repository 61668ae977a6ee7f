import type { Finding, KindResult, Signals } from '../engine/types';

const PROMOTION_AT = 0.5;
const CONVERSATION_AT = 0.5;
const VALUE_AT = 0.5;

/**
 * Promotion wins over everything: a post that promotes politely is still promotion for the ratio, even when
 * no finding needs to be shown for it. Then conversation (it talks with someone), then value (it gives
 * something), else other.
 */
export function classifyKind(signals: Signals, findings: readonly Finding[]): KindResult {
  const { selfPromotion, conversational, valueAdd } = signals;
  if (selfPromotion >= PROMOTION_AT || findings.some((f) => f.ruleId === 'self-promotion' || f.ruleId === 'hard-sell')) {
    return { kind: 'promotion', because: { selfPromotion } };
  }
  if (conversational >= CONVERSATION_AT) return { kind: 'conversation', because: { conversational } };
  if (valueAdd >= VALUE_AT) return { kind: 'value', because: { valueAdd } };
  return { kind: 'other', because: { selfPromotion, conversational, valueAdd } };
}
