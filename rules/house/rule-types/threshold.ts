import { defineRule } from '../../engine/rule';
import type { PackRuleOf } from '../schema';
import { houseMeta, leadSpan, SIGNAL_LABEL, SIGNAL_PRINCIPLE, type CompileContext, type Compiled } from './shared';

/**
 * `threshold`: a bound on one of the engine's signals (self-promotion at most 0.4, conversational at least
 * 0.3). The finding points at the post's first sentence, where a rewrite usually starts. Signals read
 * English, so on posts in other languages the rule stays quiet, as the built-in rules do.
 */
export function compileThreshold(rule: PackRuleOf<'threshold'>, ctx: CompileContext): Compiled {
  const label = SIGNAL_LABEL[rule.signal];
  const bounds = [rule.min !== undefined ? `at least ${rule.min}` : '', rule.max !== undefined ? `at most ${rule.max}` : ''].filter(Boolean).join(' and ');
  const compiled = defineRule({
    meta: houseMeta(rule, ctx, {
      principle: SIGNAL_PRINCIPLE[rule.signal],
      summary: `${label} ${bounds} (0 to 1).`,
      messages: {
        low: `${label} is {value} here; the house style asks for at least {min} (0 to 1).`,
        high: `${label} is {value} here; the house style asks for at most {max} (0 to 1).`,
      },
      languageIndependent: false,
    }),
    check({ doc, signals }) {
      const value = signals[rule.signal];
      const low = rule.min !== undefined && value < rule.min;
      const high = rule.max !== undefined && value > rule.max;
      const lead = low || high ? leadSpan(doc) : undefined;
      if (!lead) return [];
      return [{ ...lead, messageId: low ? 'low' : 'high', data: { value: value.toFixed(2), min: rule.min ?? '', max: rule.max ?? '' } }];
    },
  });
  return { rule: compiled, problems: [] };
}
