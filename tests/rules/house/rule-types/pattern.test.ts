import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../../rules/engine/analyze';
import { ruleTester } from '../../../support/rule-tester';
import { houseRule } from '../helpers';

const prices = houseRule([{ id: 'no-prices', type: 'pattern', pattern: '\\$\\s?\\d+', message: 'Keep prices out.', principle: 'honest-and-open' }]);

ruleTester(prices, {
  valid: ['Free for everyone.', 'It costs money.'],
  invalid: [{ text: 'Only $ 20, or $5 for students.', flags: ['$ 20', '$5'] }],
});

describe('pattern on RE2', () => {
  it('takes the principle the rule names, be-human otherwise', () => {
    expect(prices.meta.principle).toBe('honest-and-open');
    expect(houseRule([{ id: 'p', type: 'pattern', pattern: 'x' }]).meta.principle).toBe('be-human');
  });

  it('answers (a+)+$ against 50,000 a\'s and a "!" in well under a second', () => {
    const rule = houseRule([{ id: 'evil', type: 'pattern', pattern: '(a+)+$' }]);
    const analyzer = createAnalyzer([rule]);
    const text = 'a'.repeat(50_000) + '!';
    const began = performance.now();
    const found = analyzer.analyze(text).findings.filter((f) => f.ruleId === rule.meta.id);
    expect(performance.now() - began).toBeLessThan(1_000);
    expect(found).toEqual([]);
  });
});
