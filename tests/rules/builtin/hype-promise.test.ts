import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../rules/engine/analyze';
import hypePromise from '../../../rules/builtin/hype-promise';
import riskyClaim from '../../../rules/builtin/risky-claim';
import { ruleTester } from '../../support/rule-tester';

ruleTester(hypePromise, {
  valid: [
    // The near-misses: a doubted guarantee, a figure that is no promise, a superlative that promises nothing.
    "I can't guarantee this works for you, but it did for us",
    '100% of the proceeds go to charity',
    'the best part was meeting you all',
    // Enthusiasm is not a promise.
    "We're so excited to finally share this with you!",
    // A refund policy stated plainly, with no big claim to lean on.
    'Not happy with the fit? Send it back within 30 days for a full refund.',
    'Our money-back guarantee covers 30 days, details on the order page.',
    // Idioms and personal praise.
    'This song never fails to make me smile.',
    'My old boots never fail me on a muddy walk.',
    'Nothing is guaranteed, but the best teams keep trying.',
    'Seats are guaranteed for ticket holders until 7pm.',
  ],
  invalid: [
    { text: "The best coffee you'll ever taste, guaranteed.", flags: ['guaranteed'] },
    { text: 'Smoothest shave ever, satisfaction guaranteed.', flags: ['satisfaction guaranteed'] },
    { text: 'Our ultimate sleep spray will never fail. Love it or your money back!', flags: ['never fail', 'or your money back'] },
    { text: 'The #1 planner for busy parents. Guaranteed!', flags: ['Guaranteed'] },
    { text: 'Amazing results, 100% satisfaction or your money back', flags: ['100% satisfaction', 'or your money back'] },
    { text: 'The best diet plan ever: you’ll never look back.', flags: ['you’ll never look back'] },
    { text: 'World-class coaching, guaranteed to change your life', flags: ['guaranteed to change'] },
  ],
});

describe('hype-promise beside risky-claim', () => {
  const analyzer = createAnalyzer([hypePromise, riskyClaim]);
  it('leaves the legal-risk promises to risky-claim, so one phrase gets one card', () => {
    const findings = analyzer.analyze('Risk-free trial, 100% guaranteed results or your money back!').findings;
    expect(findings.map((f) => [f.ruleId, f.actual])).toEqual([
      ['risky-claim', 'Risk-free'],
      ['risky-claim', '100% guaranteed'],
      ['hype-promise', 'or your money back'],
    ]);
  });
});
