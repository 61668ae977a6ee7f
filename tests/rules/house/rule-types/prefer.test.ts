import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../support/rule-tester';
import { houseRule, problemsOf } from '../helpers';

ruleTester(houseRule({ id: 'say-customers', type: 'prefer', use: 'customers', instead: ['users', 'consumers'] }), {
  valid: ['Our customers asked for it.', 'A username is fine.', 'Docs at example.com/users and @users stay as they are.'],
  invalid: [
    { text: 'Our users asked for it.', flags: ['users'], output: 'Our customers asked for it.' },
    { text: 'Users asked for it.', flags: ['Users'], output: 'Customers asked for it.' },
    { text: 'Every user counts.', flags: ['user'], output: 'Every customer counts.' },
    { text: 'USERS FIRST', flags: ['USERS'], output: 'CUSTOMERS FIRST' },
    { text: 'Consumers and users', flags: ['Consumers', 'users'] },
  ],
});

ruleTester(houseRule({ id: 'tech-terms', type: 'prefer', swap: { 'java[ -]?scripts?': 'JavaScript', 'ruby on rail': 'Ruby on Rails' }, regex: true }), {
  valid: ['We write JavaScript.'],
  invalid: [
    { text: 'We write javascript and java script.', flags: ['javascript', 'java script'], output: 'We write JavaScript and java script.' },
    { text: 'Built with ruby on rail.', flags: ['ruby on rail'], output: 'Built with Ruby on Rails.' },
  ],
});

ruleTester(houseRule({ id: 'either', type: 'prefer', swap: { utilize: 'use|employ' } }), {
  valid: ['We use it.'],
  invalid: [{ text: 'We utilize it.', flags: ['utilize'], output: 'We use it.' }],
});

describe('prefer', () => {
  it('offers every replacement of "a|b" as its own fix, and names them', () => {
    const rule = houseRule({ id: 'either', type: 'prefer', swap: { utilize: 'use|employ' } });
    expect(rule.meta.messages.prefer).toContain('{expected}');
  });
  it('needs use with instead, or swap', () => {
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'prefer', use: 'x' }] })).toEqual(['rules[0].instead: missing; prefer needs "use" and "instead" (or "swap")']);
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'prefer', use: 'x', instead: ['y'], swap: { y: 'x' } }] })).toEqual([
      'rules[0].swap: give either "use" with "instead", or "swap", not both',
    ]);
  });
  it('points at the swap key RE2 refuses', () => {
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'prefer', regex: true, swap: { 'e\\.g\\.(?=\\s)x': 'for example' } }] })[0]).toMatch(
      /^rules\[0\]\.swap\["e\\\\\.g\\\\\.\(\?=\\\\s\)x"\]: the pattern .* cannot run: lookahead/,
    );
  });
});
