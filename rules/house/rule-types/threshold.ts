import type { AnyRule } from '../../engine/rule';
import type { PrincipleId, SignalName } from '../../engine/types';
import type { PackRuleOf } from '../schema';
import { houseMeta, openingSpan, type CompileContext } from './shared';

/** The principle each signal speaks for, so a threshold finding counts where the built-in ones would. */
const PRINCIPLE_BY_SIGNAL: Record<SignalName, PrincipleId> = {
  selfPromotion: 'content-as-means',
  callToAction: 'conversation-not-campaign',
  engagementBait: 'honest-and-open',
  conversational: 'conversation-not-campaign',
  valueAdd: 'add-value',
  shouting: 'listen-dont-shout',
  clickbait: 'honest-and-open',
  corporate: 'be-human',
  risk: 'be-prepared',
  privacy: 'keep-private-private',
  sentiment: 'be-human',
};

/** `threshold`: keeps an engine signal above a floor or below a ceiling. One finding at the draft's start. */
export function compileThreshold(rule: PackRuleOf<'threshold'>, context: CompileContext): AnyRule {
  const bounds = [rule.min !== undefined ? `at least ${rule.min}` : '', rule.max !== undefined ? `at most ${rule.max}` : ''].filter(Boolean).join(' and ');
  return {
    meta: houseMeta(rule, context, {
      principle: PRINCIPLE_BY_SIGNAL[rule.signal],
      message: `The house style keeps ${rule.signal} ${bounds}; this draft scores {value}.`,
      summary: `Keeps the ${rule.signal} signal ${bounds}.`,
      // Signals are read from English text only.
      languageIndependent: false,
    }),
    check: ({ doc, signals }) => {
      const value = signals[rule.signal];
      if (!doc.text.trim()) return [];
      const low = rule.min !== undefined && value < rule.min;
      const high = rule.max !== undefined && value > rule.max;
      return low || high ? [{ ...openingSpan(doc.text), data: { value: Math.round(value * 100) / 100 } }] : [];
    },
  };
}
