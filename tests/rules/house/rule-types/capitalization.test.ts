import { ruleTester } from '../../../support/rule-tester';
import { houseRule } from '../helpers';

ruleTester(houseRule({ id: 'brand-case', type: 'capitalization', terms: ['Acme Cloud', 'AcmePay'] }), {
  valid: ['Pay with AcmePay on Acme Cloud.', 'Visit acmepay.com or ask @acmepay.', "AcmePay's fees are low."],
  invalid: [
    { text: 'Pay with acmepay today', flags: ['acmepay'], output: 'Pay with AcmePay today' },
    { text: 'ACMEPAY and acme cloud', flags: ['ACMEPAY', 'acme cloud'], output: 'AcmePay and acme cloud' },
    { text: "Acmepay's fees", flags: ['Acmepay'], output: "AcmePay's fees" },
  ],
});

ruleTester(houseRule({ id: 'plural-case', type: 'capitalization', terms: ['iPhone'], inflections: true }), {
  valid: ['Two iPhones.'],
  invalid: [{ text: 'Two IPhones.', flags: ['IPhones'], output: 'Two iPhones.' }],
});
