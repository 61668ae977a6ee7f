import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../rules/engine/analyze';
import personalData from '../../../rules/builtin/personal-data';
import { ibanValid, luhnValid } from '../../../rules/detectors/personal-data';
import { ruleTester } from '../../support/rule-tester';

ruleTester(personalData, {
  valid: [
    // A fediverse handle is an address people publish to be found, not an e-mail address.
    'Thanks to the folks at @notes@mastodon.social for the quick fix on the sync bug!',
    '@robin@fosstodon.org Sorry about that! It is a known bug in 1.4.',
    // Role addresses and business lines are published on purpose.
    'Questions about the workshop? Write to hello@ourbakery.co.uk and we will get back to you.',
    'Call us on 0800 123 4567 to book a table.',
    'Our office line is 020 7946 0958, open nine to five.',
    // Numbers that are not contact details.
    'We have grown from 1 200 to 15 000 members between 2019-2024, thank you all!',
    'Revenue hit 100 000 000 this year, up from 85.000.000 on 2023-06-30.',
    'Order #123456 shipped. ISBN 9780306406157. Version 10.2.3.4 is out.',
    // Sixteen digits that fail the Luhn check are not a card.
    'Tracking code 4539 1488 0343 6468 in case anyone asks.',
    // An address with no sign that it is someone's home (a shop, a venue).
    'Join us at 221 Baker Street on Friday for the launch!',
    // Mentions and placeholders are not e-mail addresses.
    'Ping @jane or write to name@example.com in the template.',
    'My account 2024 review is done.',
  ],
  invalid: [
    {
      text: 'Lost my wallet today, if found please text me on 07700 900461 or mail jane.doe.1987@gmail.com',
      flags: ['07700 900461', 'jane.doe.1987@gmail.com'],
    },
    { text: 'Card for the team lunch is 4539 1488 0343 6467, just use it.', flags: ['4539 1488 0343 6467'] },
    { text: 'Call me anytime: (415) 555-0132 or +44 7700 900461', flags: ['(415) 555-0132', '+44 7700 900461'] },
    { text: 'We moved! Our new flat is at 14 Larch Grove, come over any time.', flags: ['14 Larch Grove'] },
    { text: 'Party at my place tonight, 9 Elm Road, SW1A 1AA!', flags: ['9 Elm Road', 'SW1A 1AA'] },
    { text: 'My SSN is 123-45-6789, do not share.', flags: ['123-45-6789'] },
    { text: 'Passport no. 502135321 arrived today', flags: ['502135321'] },
    { text: 'Send the deposit to GB82 WEST 1234 5698 7654 32 please', flags: ['GB82 WEST 1234 5698 7654 32'] },
    { text: 'The wifi password is Sunflower42 for guests', flags: ['Sunflower42'] },
    { text: 'NI number QQ123456C? No: AB 12 34 56 C', flags: ['AB 12 34 56 C'] },
    // Emoji before the span: offsets are UTF-16 code units.
    { text: '\u{1f4de}\u{1f4de} 07700 900461', flags: ['07700 900461'], spans: [[5, 17]] },
  ],
});

describe('personal-data details', () => {
  const analyzer = createAnalyzer([personalData]);
  it('treats card, bank and ID numbers as errors and contact details as warnings', () => {
    const { findings } = analyzer.analyze('Card 4539 1488 0343 6467, mail jo.bloggs@gmail.com');
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning']);
  });
  it('checks card numbers with the Luhn sum and IBANs with mod 97', () => {
    expect(luhnValid('4539148803436467')).toBe(true);
    expect(luhnValid('4539148803436468')).toBe(false);
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
  });
});
