import { PRINCIPLE_IDS, PRINCIPLES, type PrincipleId } from '../principles';
import type { Finding, PrincipleResult, PrincipleStatus, Severity } from './types';

export type { PrincipleResult, PrincipleStatus };


const WEIGHT: Record<Severity, number> = { suggestion: 4, warning: 10, error: 25 };
/** No single principle can sink a post alone: repeats of one problem count up to this. */
const PRINCIPLE_CAP = 35;

/**
 * A checklist, not one opaque number: each principle a draft shows gets a status and the points it costs.
 * A principle no rule checked (`checked` leaves it out) is `not-checked`, never `pass`.
 * The score is 100 less those points, so "what would raise it most" is the principle with the biggest penalty.
 */
export function scorePrinciples(
  findings: readonly Finding[],
  checked?: ReadonlySet<PrincipleId>,
): { score: number; principles: PrincipleResult[] } {
  const principles: PrincipleResult[] = [];
  let lost = 0;
  for (const id of PRINCIPLE_IDS) {
    if (!PRINCIPLES[id].inDraft) continue;
    const mine = findings.filter((f) => f.principle === id);
    const raw = mine.reduce((sum, f) => sum + WEIGHT[f.severity], 0);
    const penalty = Math.min(PRINCIPLE_CAP, raw);
    lost += penalty;
    // A finding merged with another rule's on the same words names that rule's principle in `also`: the
    // principle is not passed, though its points were counted once, under the finding's own principle.
    const touching = mine.length > 0 ? mine : findings.filter((f) => f.also?.some((a) => a.principle === id));
    const status: PrincipleStatus =
      touching.length === 0
        ? checked && !checked.has(id)
          ? 'not-checked'
          : 'pass'
        : touching.every((f) => f.severity === 'suggestion')
          ? 'suggestion'
          : 'problem';
    principles.push({ id, status, count: touching.length, penalty });
  }
  return { score: Math.max(0, 100 - lost), principles };
}
