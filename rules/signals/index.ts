import type { Signals, SignalName } from '../engine/types';
import type { Doc } from '../engine/document';
import { selfPromotion } from './self-promotion';
import { callToAction } from './call-to-action';
import { engagementBait } from './engagement-bait';
import { conversational } from './conversational';
import { valueAdd } from './value-add';
import { shouting } from './shouting';
import { clickbait } from './clickbait';
import { corporate } from './corporate';
import { risk } from './risk';
import { privacy } from './privacy';
import { sentiment } from './sentiment';

/** One function per signal; each reads the shared document and returns a number in its range. */
export const SIGNALS: Record<SignalName, (doc: Doc) => number> = {
  selfPromotion,
  callToAction,
  engagementBait,
  conversational,
  valueAdd,
  shouting,
  clickbait,
  corporate,
  risk,
  privacy,
  sentiment,
};

/**
 * One signal as analysis reports it: a signal that throws reads as "nothing seen", never as a crash, and
 * every value is clamped to its range. Shared by `computeSignals` and the engine's kind-only path.
 */
export function computeSignal(name: SignalName, doc: Doc): number {
  let value: number;
  try {
    value = SIGNALS[name](doc);
  } catch {
    value = 0;
  }
  const low = name === 'sentiment' ? -1 : 0;
  return Number.isFinite(value) ? Math.min(1, Math.max(low, value)) : 0;
}

export function computeSignals(doc: Doc): Signals {
  const out = {} as Signals;
  for (const name of Object.keys(SIGNALS) as SignalName[]) out[name] = computeSignal(name, doc);
  return out;
}
