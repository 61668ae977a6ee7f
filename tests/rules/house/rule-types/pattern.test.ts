import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../support/rule-tester';
import { houseRule, problemsOf } from '../helpers';

ruleTester(houseRule({ id: 'no-prices', type: 'pattern', pattern: '\\$\\s?\\d+' }), {
  valid: ['Free for everyone.', 'It costs a few dollars.'],
  invalid: [{ text: 'Only $99 or $ 5', flags: ['$99', '$ 5'] }],
});

ruleTester(houseRule({ id: 'ticket-ids', type: 'pattern', pattern: 'JIRA-\\d+', ignorecase: true, replace: 'the ticket' }), {
  valid: ['We fixed it.'],
  invalid: [{ text: 'Fixed in jira-123 today', flags: ['jira-123'], output: 'Fixed in the ticket today' }],
});

ruleTester(houseRule({ id: 'lookahead', type: 'pattern', pattern: '\\bprice(?! match)' }), {
  valid: ['We price match.'],
  invalid: [{ text: 'The price is right, and we price match.', flags: ['price'] }],
});

describe('pattern problems', () => {
  it('names a pattern RE2 cannot compile, with the pattern and the reason', () => {
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'pattern', pattern: '[a-' }] })).toEqual([
      'rules[0].pattern: the pattern "[a-" cannot run: missing closing ]: `[a-`',
    ]);
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'pattern', pattern: 'a(?=b)c' }] })[0]).toContain('lookahead');
  });
});
