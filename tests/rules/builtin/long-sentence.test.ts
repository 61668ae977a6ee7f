import longSentence, { gradeLevel, syllables } from '../../../rules/builtin/long-sentence';
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../support/rule-tester';

const longOne =
  'We wanted to take a moment to let everyone know that the new version of the app, which our team has been working on ' +
  'since the start of the year with help from many of you who sent feedback, is now available for download on every platform.';

ruleTester(longSentence, {
  valid: [
    'The new version of the app is out. Our team worked on it all year, with help from many of you. What should we fix next?',
    // Links, handles and tags are not words people read.
    `Read it here https://example.com/${'a/'.repeat(40)} thanks @anna and @ben #launch #apps #design #product #team #news`,
    // Many short lines are many sentences, even without full stops.
    Array.from({ length: 12 }, (_, i) => `Step ${i + 1} is to open the app and tap the button`).join('\n'),
  ],
  invalid: [
    { text: longOne, flags: [longOne] },
    { text: `Short one first. ${longOne} Then a short one.`, flags: [longOne] },
    // Emoji before the span: offsets are UTF-16 code units.
    { text: `\u{1f680}\u{1f680} ${longOne}`, flags: [longOne], spans: [[5, 5 + longOne.length]] },
    {
      text:
        'Our organisation is committed to facilitating sustainable operational efficiency improvements. ' +
        'We are systematically optimising our enterprise infrastructure capabilities. ' +
        'These stakeholder engagement initiatives will institutionalise innovative organisational practices. ' +
        'Consequently, strategic prioritisation is enabling unprecedented competitive differentiation opportunities ' +
        'for all of our international customers.',
      flags: ['These stakeholder engagement initiatives will institutionalise innovative organisational practices.'],
    },
  ],
});

describe('readability helpers', () => {
  it('counts syllables roughly the way people do', () => {
    expect(syllables('cat')).toBe(1);
    expect(syllables('table')).toBe(2);
    expect(syllables('organisation')).toBe(5);
    expect(syllables('people')).toBe(2);
  });
  it('rates long words and long sentences higher', () => {
    expect(gradeLevel(20, 4, 26)).toBeLessThan(gradeLevel(20, 1, 26));
    expect(gradeLevel(20, 2, 24)).toBeLessThan(gradeLevel(20, 2, 40));
  });
});
