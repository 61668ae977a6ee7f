import hardSell from '../../../rules/builtin/hard-sell';
import { ruleTester } from '../../support/rule-tester';

ruleTester(hardSell, {
  valid: [
    'Our new trainers are in. Which colour would you go for?',
    'Registration for the workshop closes on Friday, in case you were planning to come.',
    'Should I buy now or wait for the autumn models?',
    'I will call now and ask them about the delay.',
    'We try not to rush anyone: take your time and ask us anything.',
    'She told me not to miss out on the sunset, and she was right.',
  ],
  invalid: [
    // A sentence that is only an order can go.
    { text: 'New trainers are in. Buy now!', flags: ['Buy now'], output: 'New trainers are in.' },
    { text: 'Don\u2019t miss out! Doors open at six.', flags: ['Don\u2019t miss out'], output: 'Doors open at six.' },
    { text: 'Act fast, only 5 left in stock.', flags: ['Act fast', 'only 5 left in stock'] },
    // "for a limited time only" keeps its meaning without the push.
    {
      text: 'Free delivery for a limited time only.',
      flags: ['for a limited time only'],
      output: 'Free delivery for a limited time.',
    },
    { text: 'Call now on 0800 123 456 to book your place', flags: ['Call now'] },
    { text: 'Order today: stock is low while supplies last', flags: ['Order today', 'while supplies last'] },
    { text: 'Hurry, the offer ends tonight', flags: ['Hurry', 'offer ends tonight'] },
    // Emoji before the span: offsets are UTF-16 code units, so each emoji counts two.
    { text: '🔥🔥 Shop now and save', flags: ['Shop now'], spans: [[5, 13]] },
  ],
});
