import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { foldedNeedles, mayContain } from '../../../rules/house/folded-needles';
import { compileRegex, findAll, flags } from '../../../rules/house/regex';

const IGNORING_CASE = flags({ ignorecase: true });

describe('foldedNeedles', () => {
  it('lowers the literals a case-sensitive twin of the expression must find', () => {
    expect(foldedNeedles('#AD\\b', IGNORING_CASE)).toBe('#ad');
    expect(foldedNeedles('\\bGlobex\\d+\\b|\\$\\s?5\\d+', IGNORING_CASE)).toEqual({ any: ['globex', { all: ['$', '5'] }] });
    expect(foldedNeedles('foo.*Bar', IGNORING_CASE)).toEqual({ all: ['foo', 'bar'] });
  });

  it('says nothing where it cannot be sure: classes, literals beyond ASCII, expressions RE2 refuses', () => {
    expect(foldedNeedles('[a-z]+', IGNORING_CASE)).toBeUndefined();
    expect(foldedNeedles('straße', IGNORING_CASE)).toBeUndefined();
    expect(foldedNeedles('(', IGNORING_CASE)).toBeUndefined();
  });
});

describe('mayContain', () => {
  it('is false only when a needed word is missing, in any case', () => {
    expect(mayContain('#ad', 'Loving it #AD')).toBe(true);
    expect(mayContain('#ad', 'Loving it')).toBe(false);
    expect(mayContain({ all: ['foo', 'bar'] }, 'FOO and BAR')).toBe(true);
    expect(mayContain({ all: ['foo', 'bar'] }, 'FOO alone')).toBe(false);
    expect(mayContain({ any: ['foo', 'bar'] }, 'just Bar')).toBe(true);
  });

  it('searches every text with a long s, which RE2 folds with s but lower case leaves as it is', () => {
    const regex = compileRegex('sale', { ignorecase: true });
    if (!regex.ok) throw new Error(regex.reason);
    expect(findAll(regex.regex, 'a ſale today').map((m) => m.start)).toEqual([2]);
    expect(findAll(regex.regex, 'the Kelvin sign: \u212Aelvin').length).toBe(0);
    const kelvin = compileRegex('kelvin', { ignorecase: true });
    if (!kelvin.ok) throw new Error(kelvin.reason);
    expect(findAll(kelvin.regex, 'the Kelvin sign: \u212Aelvin').map((m) => m.start)).toEqual([4, 17]);
  });

  it('never hides a match the expression finds (generated expressions and texts)', () => {
    const word = fc.stringMatching(/^[a-zA-Z#$]{1,5}$/);
    const expression = fc.oneof(
      word,
      fc.tuple(word, word).map(([a, b]) => `\\b${a}\\b|${b}\\d*`),
      fc.tuple(word, word).map(([a, b]) => `${a}.*${b}`),
      fc.tuple(word, word).map(([a, b]) => `(?:${a}|${b})s?`),
    );
    const text = fc.array(fc.oneof(word, fc.constantFrom(' ', '\u017f', '\u212a', 'İ', 'ß', '\n', '9')), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(expression, text, (source, sample) => {
        const compiled = compileRegex(source, { ignorecase: true });
        if (!compiled.ok) return;
        const plain = RE2JS.compile(source, IGNORING_CASE);
        expect(findAll(compiled.regex, sample).length > 0).toBe(plain.test(sample));
      }),
      { numRuns: 400 },
    );
  });
});
