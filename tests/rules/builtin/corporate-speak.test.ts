import corporateSpeak from '../../../rules/builtin/corporate-speak';
import { ruleTester } from '../../support/rule-tester';

ruleTester(corporateSpeak, {
  valid: [
    'We use the newest tools so you spend less time on admin.',
    'Got a question? Get in touch, we usually answer within the hour.',
    'Next week we will share what we learned from the pilot.',
    'Ugh, Monday. Coffee first, then the inbox.',
    'The union has more leverage than the board thinks.',
    'Found a solution to the crossword at last!',
    'Our cutting board collection is back in stock, which colour would you pick?',
  ],
  invalid: [
    {
      text: 'We leverage cutting-edge technology in order to empower our clients.',
      flags: ['leverage', 'cutting-edge', 'in order to', 'empower'],
      output: 'We use cutting-edge technology in order to empower our clients.',
    },
    { text: 'Feel free to reach out to our team.', flags: ['reach out to'], output: 'Feel free to get in touch with our team.' },
    { text: 'Please reach out if you have questions.', flags: ['reach out'], output: 'Please get in touch if you have questions.' },
    { text: 'Utilize the form below.', flags: ['Utilize'], output: 'Use the form below.' },
    { text: 'Leveraging AI for better results', flags: ['Leveraging'], output: 'Using AI for better results' },
    { text: 'Going forward, we will circle back on the key learnings.', flags: ['Going forward', 'circle back', 'key learnings'], output: 'From now on, we will circle back on the key learnings.' },
    { text: 'We offer innovative solutions for every budget.', flags: ['innovative solutions'] },
    { text: 'A seamless, robust experience.', flags: ['seamless', 'robust'], output: 'A smooth, robust experience.' },
    { text: 'Read our thought leadership on synergy.', flags: ['thought leadership', 'synergy'], output: 'Read our expertise on synergy.' },
    // Emoji before the span: offsets are UTF-16 code units, so each emoji counts two.
    { text: '🚀🚀 Prior to launch, we tested it', flags: ['Prior to'], spans: [[5, 13]], output: '🚀🚀 Before launch, we tested it' },
  ],
});
