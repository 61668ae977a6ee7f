import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../support/rule-tester';
import { houseRule, problemsOf } from '../helpers';

ruleTester(houseRule({ id: 'competitors', type: 'avoid', terms: ['Globex', 'Initech', 'synergy', 'hit the ground running'] }), {
  valid: ['We shipped the new dashboard today.', 'Globexy is not a word we avoid.', 'A synergistic plan.', { text: 'Hit the ground, running late.' }],
  invalid: [
    { text: 'Better than Globex and INITECH.', flags: ['Globex', 'INITECH'], spans: [[12, 18], [23, 30]] },
    { text: 'So many synergies here', flags: ['synergies'] },
    { text: "Globex's new plan", flags: ['Globex'] },
    { text: 'Ready to hit   the ground running?', flags: ['hit   the ground running'] },
    { text: 'See globex.com for more', flags: ['globex'] },
  ],
});

ruleTester(houseRule({ id: 'exact-case', type: 'avoid', terms: ['ACME'], ignorecase: false, inflections: false }), {
  valid: ['Acme is fine in title case.', 'ACMEs are not inflected here.'],
  invalid: [{ text: 'ACME says hi', flags: ['ACME'] }],
});

ruleTester(houseRule({ id: 'regex-terms', type: 'avoid', terms: ['fuck(?:er|ing)?', 'damn'], regex: true }), {
  valid: ['Damnation is a word; fuckingham is not matched whole.'],
  invalid: [{ text: 'Damn, that fucking bug', flags: ['Damn', 'fucking'] }],
});

ruleTester(houseRule({ id: 'exceptions', type: 'avoid', terms: ['cloud'], exceptions: ['Acme Cloud'] }), {
  valid: ['Try Acme Cloud today.'],
  invalid: [{ text: 'Try Acme Cloud or any other cloud.', flags: ['cloud'] }],
});

ruleTester(houseRule({ id: 'wordless', type: 'avoid', terms: ['!!!', 'C++'] }), {
  valid: ['Great! Really.'],
  invalid: [{ text: 'Great!!! We use C++ daily', flags: ['!!!', 'C++'] }],
});

describe('avoid problems', () => {
  it('names the term RE2 cannot run, by path, with the reason', () => {
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'avoid', terms: ['ok', '(x)\\1'], regex: true }] })).toEqual([
      'rules[0].terms[1]: the pattern "(x)\\\\1" cannot run: backreferences (\\1, \\k<name>) are not supported: they have no linear-time form',
    ]);
  });
  it('needs at least one term', () => {
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'avoid', terms: [] }] })).toEqual(['rules[0].terms: needs at least 1 entry']);
  });
});
