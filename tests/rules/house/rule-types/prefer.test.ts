import { ruleTester } from '../../../support/rule-tester';
import { houseRule } from '../helpers';

ruleTester(houseRule([{ id: 'say-customers', type: 'prefer', use: 'customers', instead: ['users', 'consumers'] }]), {
  valid: ['Our customers love it.', 'Usernames are private.'],
  invalid: [
    { text: 'Our users love it.', flags: ['users'], output: 'Our customers love it.' },
    { text: 'Users love it.', flags: ['Users'], output: 'Customers love it.' },
    { text: 'Every consumer and user.', flags: ['consumer', 'user'], output: 'Every customer and user.' },
  ],
});

ruleTester(houseRule([{ id: 'say-rule', type: 'prefer', use: 'rule', instead: ['policy'] }]), {
  valid: ['Rules matter.'],
  invalid: [{ text: 'Policies matter.', flags: ['Policies'], output: 'Rules matter.' }],
});
