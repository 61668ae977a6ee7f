import { expect, it } from 'vitest';
import { ruleTester } from '../../../support/rule-tester';
import { houseRule } from '../helpers';

const rule = houseRule([{ id: 'no-competitors', type: 'avoid', terms: ['Globex', 'Initech', 'user', 'data policy'], message: 'Do not name {actual}.', severity: 'error' }]);

it('is namespaced under the pack and carries its severity', () => {
  expect(rule.meta.id).toBe('house/test-pack/no-competitors');
  expect(rule.meta.defaultSeverity).toBe('error');
});

ruleTester(rule, {
  valid: ['Globexx and Initechnology are not the names.', 'Our usernames stay private.', 'Nothing to see.'],
  invalid: [
    { text: 'Better than globex, and INITECH too.', flags: ['globex', 'INITECH'] },
    { text: 'Users and user alike.', flags: ['Users', 'user'] },
    { text: 'Read our data  policies today.', flags: ['data  policies'] },
    { text: 'Café Globex, déjà Globex.', flags: ['Globex', 'Globex'] },
  ],
});

ruleTester(houseRule([{ id: 'apple-case', type: 'avoid', terms: ['Apple'], ignoreCase: false }]), {
  valid: ['An apple a day.'],
  invalid: [{ text: 'Apple pie and Apples.', flags: ['Apple', 'Apples'] }],
});
