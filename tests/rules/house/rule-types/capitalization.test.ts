import { ruleTester } from '../../../support/rule-tester';
import { houseRule } from '../helpers';

ruleTester(houseRule([{ id: 'brand-case', type: 'capitalization', terms: ['Acme Cloud', 'AcmePay'] }]), {
  valid: ['Try Acme Cloud and AcmePay today.', 'An acmepayment is not a brand.'],
  invalid: [
    { text: 'Pay with acmepay.', flags: ['acmepay'], output: 'Pay with AcmePay.' },
    { text: 'ACME CLOUD is here, and Acme cloud too.', flags: ['ACME CLOUD', 'Acme cloud'], output: 'Acme Cloud is here, and Acme cloud too.' },
  ],
});
