import shouting from '../../../rules/builtin/shouting';
import { ruleTester } from '../../support/rule-tester';

ruleTester(shouting, {
  valid: [
    'Our spring range is in. Which colour would you pick?',
    'Met the NASA team at the CEO summit, what a day!',
    'Is it OK to ask the FAQ team? I think so!',
    // A double "!!" sounds pleased, not raised.
    '@emma.bakes that looks amazing!! Did you use the dark or the milk chocolate?',
    'Wow! That was fun.',
  ],
  invalid: [
    {
      text: 'HUGE SALE TODAY, everything must go!!!',
      flags: ['HUGE SALE TODAY', '!!!'],
      spans: [[0, 15], [35, 38]],
      output: 'Huge sale today, everything must go!!!',
    },
    { text: 'Are you ready?!?! It starts Friday.', flags: ['?!?!'], output: 'Are you ready? It starts Friday.' },
    { text: 'We are so EXCITED about this', flags: ['EXCITED'], output: 'We are so excited about this' },
    // Emoji before the span: offsets are UTF-16 code units, so each emoji counts two.
    { text: '🎉🎉 BIG NEWS everyone', flags: ['BIG NEWS'], spans: [[5, 13]], output: '🎉🎉 big news everyone' },
  ],
});
