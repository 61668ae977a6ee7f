import { describe, expect, it } from 'vitest';
import rule from '../../../rules/builtin/self-promotion-ratio';
import { createAnalyzer } from '../../../rules/engine/analyze';
import type { RecentPosts } from '../../../rules/engine/types';
import { ruleTester } from '../../support/rule-tester';

const PROMO = 'Our spring sale starts today: 20% off every course. Book your seat now at example.com/courses';
const FIRST_LINE = 'Our spring sale starts today: 20% off every course. Book your seat now at example.com/courses';
const QUESTION = 'Has anyone moved a team from Jira to Linear? What surprised you?';

/** Earlier posts, oldest first, a day apart: p promotes, c is conversation, v gives value, o is other. */
function recent(kinds: string, policy?: RecentPosts['policy']): RecentPosts {
  const names = { p: 'promotion', c: 'conversation', v: 'value' } as const;
  const posts = [...kinds].map((k, i) => ({ at: new Date(Date.UTC(2025, 0, 1 + i, 9)).toISOString(), kind: names[k as keyof typeof names] ?? 'other' }));
  return policy ? { posts, policy } : { posts };
}
const withRecent = (history: RecentPosts) => ({ platform: 'linkedin' as const, recent: history });
const FOUR_ONE_ONE = { share: 1 / 6, window: 6, label: '4-1-1' };

ruleTester(rule, {
  valid: [
    // No history at all: nothing to judge.
    { text: PROMO, options: { platform: 'linkedin' } },
    // Empty history and a window shorter than N: one promotion is within 2 in 10.
    { text: PROMO, options: withRecent(recent('')) },
    { text: PROMO, options: withRecent(recent('pvc')) },
    // Exactly at the limit: 1 of the last 9 promotes, so this makes 2 of 10, which 80/20 allows.
    { text: PROMO, options: withRecent(recent('vvvvpvvvv')) },
    // The oldest of the last 10 leaves the window when this is published: 2 of the last 9 stay.
    { text: PROMO, options: withRecent(recent('ppvvvvvvvv')) },
    // A draft that does not promote never tips the mix, however promotional the history.
    { text: QUESTION, options: withRecent(recent('pppppppppp')) },
    // 4-1-1 from the profile's pack: none of the last 5 promotes, so this is the one in 6.
    { text: PROMO, options: withRecent(recent('pvvvvv', FOUR_ONE_ONE)) },
  ],
  invalid: [
    // One over: 2 of the last 9 promote, so this would make 3 of 10.
    { text: PROMO, options: withRecent(recent('vpvvvvpvvv')), flags: [FIRST_LINE] },
    // A window shorter than N that is already full of promotion.
    { text: PROMO, options: withRecent(recent('pp')), flags: [FIRST_LINE] },
    // 4-1-1: one promotion among the last 5 already.
    { text: `${PROMO}\n\nSee you there.`, options: withRecent(recent('vvpvvv', FOUR_ONE_ONE)), flags: [FIRST_LINE] },
  ],
});

describe('self-promotion-ratio message', () => {
  const analyzer = createAnalyzer([{ ...rule, meta: { ...rule.meta, enabledByDefault: true } }]);
  const message = (history: RecentPosts) => analyzer.analyze(PROMO, withRecent(history)).findings[0]?.message;

  it('says the numbers and the kind of post to write next', () => {
    expect(message(recent('ccccooopvp'))).toBe(
      'This post promotes, and your mix would tip over: 2 of your last 10 posts promote; this would make 3 of your last 10, where 80/20 allows 2 in 10. ' +
        'Hold it for later and share something useful that isn\u2019t yours, and say why it helped first.',
    );
    expect(message(recent('vpvvvvvvpv'))).toMatch(/Hold it for later and answer someone: reply to a question or a comment in your feed first\.$/);
  });

  it('names the policy of the profile\'s pack', () => {
    expect(message(recent('vvvpvv', FOUR_ONE_ONE))).toMatch(/1 of your last 6 posts promotes; this would make 2 of your last 6, where 4-1-1 allows 1 in 6\./);
  });
});
