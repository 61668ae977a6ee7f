import type { Doc } from '../engine/document';
import { docHeat, type HeatKind } from '../detectors/heated-language';
import { docClaims, type ClaimKind } from '../detectors/risky-claim';
import { sensitivePromotion } from '../detectors/sensitive-promotion';
import { sentiment } from './sentiment';

/** How likely one finding of each kind is to cause trouble on its own. */
const HEAT_WEIGHT: Record<HeatKind, number> = { threat: 0.7, hate: 0.6, insult: 0.5, profanity: 0.35 };
const CLAIM_WEIGHT: Record<ClaimKind, number> = { health: 0.5, money: 0.5, absolute: 0.4, proof: 0.3 };
const SENSITIVE_PROMOTION = 0.65;
/** Below this sentiment a post reads as an angry or bitter one; at -1 it adds this much risk. */
const NEGATIVE_FROM = -0.35;
const NEGATIVE_MAX = 0.55;

/**
 * Pre-posting risk, 0..1: heated words, claims nobody can back, promotion next to a sensitive topic, and
 * strongly negative sentiment. Each piece is a chance of trouble; they combine like independent chances
 * (1 - product of the misses), so two insults score higher than one and nothing passes 1.
 */
export function risk(doc: Doc): number {
  let safe = 1;
  for (const m of docHeat(doc)) safe *= 1 - HEAT_WEIGHT[m.kind];
  for (const c of docClaims(doc)) safe *= 1 - CLAIM_WEIGHT[c.kind];
  if (sensitivePromotion(doc)) safe *= 1 - SENSITIVE_PROMOTION;
  const mood = doc.memo('sentiment', sentiment);
  if (mood < NEGATIVE_FROM) safe *= 1 - (NEGATIVE_MAX * (NEGATIVE_FROM - mood)) / (1 + NEGATIVE_FROM);
  return 1 - safe;
}
