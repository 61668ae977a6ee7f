import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../support/rule-tester';
import { houseRule, problemsOf } from '../helpers';

ruleTester(houseRule({ id: 'stay-conversational', type: 'threshold', signal: 'conversational', min: 0.3 }), {
  valid: ['What do you think? I would love to hear how your team handles this, thanks!'],
  invalid: [{ text: 'Acme Corp announces Q3 results. Revenue grew 12 percent.', flags: ['Acme Corp announces Q3 results.'] }],
});

ruleTester(houseRule({ id: 'low-promo', type: 'threshold', signal: 'selfPromotion', max: 0.4 }), {
  valid: ['Here is how we cut build times in half: cache dependencies and split the tests.'],
  invalid: [{ text: 'Check out my channel and subscribe, new video every week!', flags: ['Check out my channel and subscribe, new video every week!'] }],
});

describe('threshold problems', () => {
  it('needs a bound in range', () => {
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'threshold', signal: 'conversational' }] })).toEqual(['rules[0].max: missing; threshold needs "min", "max" or both']);
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'threshold', signal: 'selfPromo', max: 2 }] })).toEqual([
      'rules[0].signal: expected "selfPromotion", "callToAction", "engagementBait", "conversational", "valueAdd", "shouting", "clickbait", "corporate", "risk", "privacy" or "sentiment", got "selfPromo"',
      'rules[0].max: must be at most 1, got 2',
    ]);
  });
});
