import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../support/rule-tester';
import { compiled, houseRule, problemsOf } from '../helpers';
import { createAnalyzer } from '../../../../rules/engine/analyze';

ruleTester(houseRule({ id: 'disclose-ads', type: 'require', pattern: '#ad\\b', when: { signal: 'selfPromotion', min: 0.5 } }), {
  valid: ['Lovely walk in the park this morning.', 'Check out my channel and subscribe, new video every week! #ad', 'Buy our new course today! #AD'],
  invalid: [
    {
      text: 'Check out my channel and subscribe, new video every week!',
      flags: ['Check out my channel and subscribe, new video every week!'],
      output: 'Check out my channel and subscribe, new video every week! #ad',
    },
  ],
});

ruleTester(houseRule({ id: 'sign-off', type: 'require', pattern: '^-\\s?\\p{Lu}{2}$', append: '- JD' }), {
  valid: ['Thanks all!\n- JD'],
  invalid: [{ text: 'Thanks all!', flags: ['Thanks all!'], output: 'Thanks all! - JD' }],
});

ruleTester(houseRule({ id: 'acronyms', type: 'require', each: '\\b([A-Z]{3,5})\\b', pattern: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)', ignorecase: false, exceptions: ['FAQ'] }), {
  valid: ['The World Health Organization (WHO) says the WHO is busy. See the FAQ.'],
  invalid: [{ text: 'The WHO says NASA is busy.', flags: ['WHO', 'NASA'] }],
});

describe('require', () => {
  it('can wait on another rule of the pack, and points at its finding', () => {
    const pack = compiled([
      { id: 'disclose', type: 'require', pattern: '#ad\\b', when: { rule: 'prices' } },
      { id: 'prices', type: 'pattern', pattern: '\\$\\d+' },
    ]);
    const analyzer = createAnalyzer([]);
    const findings = (text: string) => analyzer.analyze(text, { house: pack }).findings.filter((f) => f.ruleId.endsWith('/disclose'));
    expect(findings('Our plan costs $30 a month.').map((f) => f.actual)).toEqual(['$30']);
    expect(findings('Our plan costs $30 a month. #ad')).toEqual([]);
    expect(findings('Our plan is great.')).toEqual([]);
  });
  it('can wait on a built-in rule', () => {
    const pack = compiled([{ id: 'disclose', type: 'require', pattern: '#ad\\b', when: { rule: 'hard-sell' } }]);
    const findings = createAnalyzer([]).analyze('BUY NOW! Limited offer, act fast!', { house: pack }).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(['house/test-pack/disclose']);
  });
  it('refuses a missing rule and rules that wait on each other', () => {
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'require', pattern: 'x', when: { rule: 'nope' } }] })).toEqual([
      'rules[0].when.rule: no rule "nope" in this pack or among the built-in rules',
    ]);
    expect(
      problemsOf({
        name: 'p',
        rules: [
          { id: 'a', type: 'require', pattern: 'x', when: { rule: 'b' } },
          { id: 'b', type: 'require', pattern: 'y', when: { rule: 'a' } },
        ],
      }),
    ).toEqual(['rules[0].when.rule: rules depend on each other in a circle: a -> b -> a']);
  });
  it('names the signal bound it lacks', () => {
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'require', pattern: 'x', when: { signal: 'risk' } }] })).toEqual(['rules[0].when: needs "min", "max" or both']);
  });
});
