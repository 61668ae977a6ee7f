import { z } from 'zod';
import { defineRule } from '../engine/rule';
import { flagEach } from '../engine/flag';
import { KIND_SEVERITY, findPersonalData } from '../detectors/personal-data';

export default defineRule({
  meta: {
    id: 'personal-data',
    principle: 'keep-private-private',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    languageIndependent: true,
    docs: {
      summary:
        'Finds contact details and identifying numbers in a draft: phone numbers, personal e-mail addresses, home addresses, ' +
        'payment card numbers (checked with the Luhn sum), bank and ID numbers, passwords.',
      rationale:
        'A post is public and permanent, and it gets copied. Contact details invite spam and worse, and card or ID numbers ' +
        'let strangers pay or pose as someone. Keep them for private messages.',
      whenNotToUse:
        'Shared business lines and role addresses (info@, hello@, support@, "call us on ...") are already left alone; ' +
        'ignore a finding for a number you publish on purpose.',
      anyLanguage: 'phone numbers, e-mail addresses, IBANs, card and ID numbers, street addresses',
    },
    examples: {
      bad: [
        'Lost my wallet today, if found please text me on 07700 900461 or mail jane.doe.1987@gmail.com',
        'Card for the team lunch is 4539 1488 0343 6467, just use it.',
        'We moved! Our new flat is at 14 Larch Grove, come over any time.',
      ],
      good: [
        'Questions about the workshop? Write to hello@ourbakery.co.uk and we will get back to you.',
        'Call us on 0800 123 4567 to book a table.',
        'We have grown from 1 200 to 15 000 members since 2019-2024, thank you all!',
      ],
    },
    messages: {
      card: 'This looks like a payment card number. Anyone who sees it can use it: take it out and share it privately, if at all.',
      bank: 'This looks like a bank account number (IBAN). Keep it out of public posts and send it privately.',
      id: 'This looks like an ID or account number. Numbers like this let people pose as someone; keep them out of posts.',
      secret: 'This gives away a password or PIN. Take it out, and change it if the post has been seen.',
      email:
        'An e-mail address (\u201c{actual}\u201d) in a public post gets harvested for spam and can\u2019t be taken back. Ask people to message you, or use a shared team address.',
      phone:
        'A phone number (\u201c{actual}\u201d) in a public post stays public. If it\u2019s a personal number, share it in a private message instead.',
      address: 'This looks like a home address. Saying where someone lives in public is a safety risk; share it privately.',
    },
    options: z.object({}),
  },
  check({ doc }) {
    return flagEach(doc.spans('personal-data:items', findPersonalData), (item) => ({ messageId: item.kind, severity: KIND_SEVERITY[item.kind] }));
  },
});
