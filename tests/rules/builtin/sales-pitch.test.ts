import salesPitch from '../../../rules/builtin/sales-pitch';
import { ruleTester } from '../../support/rule-tester';

ruleTester(salesPitch, {
  valid: [
    // Promotion with something for the reader, or said to them.
    'Our new trainers are in. Which colour would you go for?',
    'We cut our cloud bill by 40% last quarter. Here is how: reserved instances, smaller disks, fewer logs, and a weekly review.',
    // Near-misses that are not promotion at all.
    'Thanks @kineticbikes for fixing my brakes on a Sunday. Legends.',
    '@sam_k Yes! The size guide is here: northwind.example/sizes. The hoodie runs a little large, so size down.',
    '5 things we learned migrating 2M users to Postgres (thread)',
    'Rainy Monday. Coffee first, emails later.',
    '',
  ],
  invalid: [
    { text: 'Buy our new shoes today! Link in bio', flags: ['Buy our new shoes today! Link in bio'] },
    { text: 'DM us for prices! Best deals in town \u{1F525}', flags: ['DM us for prices! Best deals in town \u{1F525}'] },
    {
      text: 'We are thrilled to announce our Series B funding! #growth #startup',
      flags: ['We are thrilled to announce our Series B funding! #growth #startup'],
    },
    { text: 'Spring menu \u2192 https://luna.example/menu', flags: ['Spring menu \u2192 https://luna.example/menu'] },
    // A long post is named by its first line.
    {
      text: "We're hiring! \u{1F680}\n\nLooking for a Senior Frontend Engineer to join our team in Berlin.\n\nApply here: careers.example/frontend",
      flags: ["We're hiring! \u{1F680}"],
      spans: [[0, 16]],
    },
  ],
});
