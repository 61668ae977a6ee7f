import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from '../../../../rules/house/rule-types/repetition';
import { ruleTester } from '../../../support/rule-tester';
import type { AnyRule } from '../../../../rules/engine/rule';
import { compiled, houseRule } from '../helpers';

ruleTester(houseRule({ id: 'repeats', type: 'repetition' }), {
  valid: ['Enough is enough.', 'It was that. That was it.', 'Line one\none more'],
  invalid: [
    { text: 'Join the the team', flags: ['the the'], output: 'Join the team' },
    { text: 'Is is it?', flags: ['Is is'] },
  ],
});

ruleTester(houseRule({ id: 'alpha', type: 'repetition', alpha: true, tokens: ['[^\\s]+'] }), {
  valid: ['Call 1 1 2', 'Done. Done.'],
  invalid: [{ text: 'We we did', flags: ['We we'] }],
});

// Rules reading the same words share one search; rules that count differently do not.
ruleTester(compiled([{ id: 'strict', type: 'repetition' }, { id: 'lenient', type: 'repetition', max: 1 }]).rules[1] as AnyRule, {
  valid: ['Join the the team'],
  invalid: [{ text: 'the the, and and', flags: ['and and'] }],
});

ruleTester(houseRule({ id: 'allowed', type: 'repetition', exceptions: ['had'] }), {
  valid: ['I had had enough.'],
  invalid: [{ text: 'I had had a a cake.', flags: ['a a'] }],
});

// The default tokens run on the browser's own engine; the same pattern written in a pack runs on RE2. Both
// find the same repeats, apostrophes, digits and other scripts included.
const SAME_WORDS = "[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*";
for (const rule of [houseRule({ id: 'native', type: 'repetition' }), houseRule({ id: 're2', type: 'repetition', tokens: [SAME_WORDS] })]) {
  ruleTester(rule, {
    valid: ["It's its own thing.", 'Ein Hund, ein Hund.', 'Done. Done.'],
    invalid: [
      { text: "That's that's it, 42 42 times", flags: ["That's that's", '42 42'] },
      { text: 'Город город стоит', flags: ['Город город'] },
      { text: 'don’t don’t stop', flags: ['don’t don’t'], output: 'don’t stop' },
    ],
  });
}

describe('words', () => {
  it('finds the words the default token pattern finds, at the same offsets, in any text', () => {
    const pattern = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
    const piece = fc.oneof(fc.constantFrom("'", '\u2019', ' ', 'a', 'Z', '9', 'é', 'ß', '日', '𝒜', '😀', '\ud800', '\udc00', '-', '_', '٣', '\u0301'), fc.string());
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        const expected = [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
        expect(words(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
