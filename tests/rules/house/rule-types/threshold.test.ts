import { expect, it } from 'vitest';
import { ruleTester } from '../../../support/rule-tester';
import { houseRule } from '../helpers';

const rule = houseRule([{ id: 'stay-conversational', type: 'threshold', signal: 'conversational', min: 0.3 }]);

it('speaks for the principle of its signal', () => expect(rule.meta.principle).toBe('conversation-not-campaign'));

ruleTester(rule, {
  valid: ['What do you think? I would love to hear how you handle this — tell me below.'],
  invalid: [{ text: 'The quarterly report is available on the website.', flags: ['The'] }],
});

ruleTester(houseRule([{ id: 'calm', type: 'threshold', signal: 'shouting', max: 0.2 }]), {
  valid: ['A calm and quiet note about our week.'],
  invalid: [{ text: 'BUY NOW!!! THIS IS HUGE!!! DO NOT MISS IT!!!', flags: ['BUY'] }],
});
