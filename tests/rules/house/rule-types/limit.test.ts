import { ruleTester } from '../../../support/rule-tester';
import { houseRule } from '../helpers';

ruleTester(houseRule([{ id: 'two-hashtags', type: 'limit', count: 'hashtags', max: 2, platforms: ['linkedin'] }]), {
  valid: [{ text: 'Hello #one #two', options: { platform: 'linkedin' } }, { text: 'Hello #one #two #three' }],
  invalid: [{ text: 'Hello #one #two #three #four', options: { platform: 'linkedin' }, flags: ['#three #four'] }],
});

ruleTester(houseRule([{ id: 'calm', type: 'limit', count: 'exclamations', max: 1 }]), {
  valid: ['Good news! Read on.'],
  invalid: [{ text: 'Wow! Great! Yes!', flags: ['! Yes!'] }],
});

ruleTester(houseRule([{ id: 'short', type: 'limit', count: 'characters', max: 10 }]), {
  valid: ['Short one.'],
  invalid: [{ text: 'A little too long.', flags: ['oo long.'] }],
});

ruleTester(houseRule([{ id: 'one-link', type: 'limit', count: 'links', max: 1 }]), {
  valid: ['Read https://example.com today.'],
  invalid: [{ text: 'Read https://example.com and https://example.org now.', flags: ['https://example.org'] }],
});

ruleTester(houseRule([{ id: 'two-sentences', type: 'limit', count: 'sentences', max: 2 }]), {
  valid: ['One. Two.'],
  invalid: [{ text: 'One thing. Two things. Three things.', flags: ['Three things.'] }],
});

ruleTester(houseRule([{ id: 'no-mentions', type: 'limit', count: 'mentions', max: 0 }]), {
  valid: ['Nobody named.'],
  invalid: [{ text: 'Thanks @ana and @bo.', flags: ['@ana and @bo'] }],
});

ruleTester(houseRule([{ id: 'one-emoji', type: 'limit', count: 'emoji', max: 1 }]), {
  valid: ['Nice 🎉'],
  invalid: [{ text: 'Nice 🎉 and 🚀', flags: ['🚀'] }],
});
