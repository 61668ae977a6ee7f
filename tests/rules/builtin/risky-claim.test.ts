import riskyClaim from '../../../rules/builtin/risky-claim';
import { ruleTester } from '../../support/rule-tester';

ruleTester(riskyClaim, {
  valid: [
    'In our trial with 120 people, most saw smoother skin after eight weeks. Full study: https://example.com/trial',
    'Nothing is 100% safe, so here is what we tested and what we found.',
    'We offer a 30-day money-back guarantee if the fit is not right.',
    'Clinically proven to reduce redness, according to a trial of 200 adults (2023).',
    'Beware of anything that claims to cure anxiety overnight.',
    'I lost 5 kg in six weeks by walking to work, which surprised me.',
    'The manager who approved the plan is on holiday.',
    'Thanks for a lovely evening, the food was great!',
    'Our fixed interest savings account is open again.',
  ],
  invalid: [
    { text: 'Our supplement cures anxiety and has no side effects.', flags: ['cures anxiety', 'no side effects'] },
    { text: 'Guaranteed results in 30 days!', flags: ['Guaranteed results'] },
    { text: 'This cream is 100% safe for babies.', flags: ['100% safe'], output: 'This cream is safe for babies.' },
    { text: 'A completely risk-free way to start investing.', flags: ['completely risk-free'], output: 'A low-risk way to start investing.' },
    { text: 'Try it risk-free for a month.', flags: ['risk-free'], output: 'Try it low-risk for a month.' },
    { text: 'Clinically proven to reduce wrinkles.', flags: ['Clinically proven'] },
    { text: 'Double your money in a month with our signals.', flags: ['Double your money'] },
    { text: 'The natural cure for migraines you have been waiting for', flags: ['The natural cure for'] },
    { text: 'Lose 10 pounds in 2 weeks with this shake', flags: ['Lose 10 pounds in 2 weeks'] },
    // Emoji before the span: offsets are UTF-16 code units, so each emoji counts two.
    { text: '✨✨ 100% safe and natural', flags: ['100% safe'], spans: [[3, 12]], output: '✨✨ safe and natural' },
  ],
});
