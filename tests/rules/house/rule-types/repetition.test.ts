import { ruleTester } from '../../../support/rule-tester';
import { houseRule } from '../helpers';

ruleTester(houseRule({ id: 'repeats', type: 'repetition' }), {
  valid: ['Enough is enough.', 'It was that. That was it.', 'Line one\none more'],
  invalid: [
    { text: 'Join the the team', flags: ['the the'], output: 'Join the team' },
    { text: 'Is is it?', flags: ['Is is'] },
  ],
});

ruleTester(houseRule({ id: 'alpha', type: 'repetition', alpha: true, tokens: ['[^\\s]+'] }), {
  valid: ['Call 1 1 2', 'Done. Done.'],
  invalid: [{ text: 'We we did', flags: ['We we'] }],
});

ruleTester(houseRule({ id: 'allowed', type: 'repetition', exceptions: ['had'] }), {
  valid: ['I had had enough.'],
  invalid: [{ text: 'I had had a a cake.', flags: ['a a'] }],
});
