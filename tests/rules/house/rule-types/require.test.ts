import { ruleTester } from '../../../support/rule-tester';
import { houseRule } from '../helpers';

const promo = 'Buy our new course today! Sign up now at our site and get 50% off, limited time only!';

ruleTester(houseRule([{ id: 'disclose-ads', type: 'require', pattern: '#ad\\b', when: { signal: 'selfPromotion', atLeast: 0.5 }, message: 'Promotional posts must carry #ad' }]), {
  valid: ['What is the one habit that changed how you work? Curious to hear.', `${promo} #ad`],
  invalid: [{ text: promo, flags: ['Buy'] }],
});

// Depends on another rule of the pack: a post naming a price must say "terms apply".
const pack = [
  { id: 'prices', type: 'pattern', pattern: '\\$\\d+' },
  { id: 'terms', type: 'require', pattern: 'terms apply', ignoreCase: true, when: { rule: 'prices' } },
];
ruleTester(houseRule(pack, 1), {
  valid: ['No price here.', 'Now $20. Terms apply.'],
  invalid: [{ text: 'Now $20.', flags: ['Now'] }],
});

ruleTester(houseRule([{ id: 'sign-off', type: 'require', pattern: '— the team$' }]), {
  valid: ['Thanks all — the team', ''],
  invalid: [{ text: '  Thanks all', flags: ['Thanks'] }],
});
