import type { Objective } from '../engine/types';
import type { RuleOverride } from './types';

/**
 * What a profile posts for tunes how strict the built-in rules are (PRINCIPLES.md, know-your-objective:
 * "a community profile is stricter on hard sell"). Each objective moves a few rules from their defaults;
 * a pack's own `builtins` settings win over these. Thresholds are the rules' own options (self-promotion
 * speaks from its `threshold`, 0.5 by default).
 *
 * | objective          | self-promotion        | hard-sell | missing-invitation | other                                    |
 * |--------------------|-----------------------|-----------|--------------------|------------------------------------------|
 * | community          | from 0.35, warning    | error     | warning            |                                          |
 * | support            | from 0.35, warning    | error     | off                | heated-language error                    |
 * | awareness          | from 0.6              |           |                    |                                          |
 * | sales              | from 0.8              |           | off                |                                          |
 * | thought-leadership | from 0.4              |           |                    | hype error; corporate-speak, press-release-tone warning |
 *
 * Why: a community lives on conversation, so plugs and hard sell cost most there and a post without an
 * invitation misses the point; support answers people who asked, where a plug or a hot word does harm and
 * an invitation to reply is already implied; awareness and sales accept more promotion by design (the
 * history's ratio still watches the feed as a whole), and a sales post's call to action is its invitation;
 * thought leadership is judged on its substance, so hype and corporate voice weigh more.
 */
export const OBJECTIVE_OVERRIDES: Record<Objective, Record<string, RuleOverride>> = {
  community: {
    'self-promotion': { options: { threshold: 0.35 }, severity: 'warning' },
    'hard-sell': { severity: 'error' },
    'missing-invitation': { severity: 'warning' },
  },
  support: {
    'self-promotion': { options: { threshold: 0.35 }, severity: 'warning' },
    'hard-sell': { severity: 'error' },
    'missing-invitation': { enabled: false },
    'heated-language': { severity: 'error' },
  },
  awareness: {
    'self-promotion': { options: { threshold: 0.6 } },
  },
  sales: {
    // Above 0.75, where one plain brand-voice cue ("we just opened our new store") puts the signal: a sales
    // profile is not told off for an ordinary launch post, only for piled-up plugs and asks.
    'self-promotion': { options: { threshold: 0.8 } },
    'missing-invitation': { enabled: false },
  },
  'thought-leadership': {
    'self-promotion': { options: { threshold: 0.4 } },
    hype: { severity: 'error' },
    'corporate-speak': { severity: 'warning' },
    'press-release-tone': { severity: 'warning' },
  },
};

/** The objective's overrides with the pack's own on top: the pack's settings win, options merged. */
export function mergeOverrides(
  base: Readonly<Record<string, RuleOverride>>,
  top: Readonly<Record<string, RuleOverride>>,
): Record<string, RuleOverride> {
  const out: Record<string, RuleOverride> = { ...base };
  for (const [id, override] of Object.entries(top)) {
    const below = out[id];
    const options = below?.options || override.options ? { ...below?.options, ...override.options } : undefined;
    out[id] = { ...below, ...override, ...(options ? { options } : {}) };
  }
  return out;
}
