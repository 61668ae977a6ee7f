import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches, countMatches } from '../../../rules/engine/matches';

const shape = (ms: RegExpExecArray[] | RegExpMatchArray[]) => ms.map((m) => [m.index, [...m], m.groups]);

describe('allMatches', () => {
  it('gives what matchAll gives, empty matches and surrogate pairs included', () => {
    const patterns = [/\b\w+\b/g, /x*/g, /x*/gu, /(?<word>\p{L}+)/gu, /(?=\p{Extended_Pictographic})/gu, /\s*/gi];
    const texts = ['', 'Hello world', 'a😀b x😀😀x', '💩', 'xx\u{1F600}xx  y', '\ud83d lone high', 'Ünïcödé words'];
    for (const re of patterns) for (const text of texts) expect(shape(allMatches(re, text))).toEqual(shape([...text.matchAll(re)]));
  });

  it('agrees with matchAll on any text', () => {
    const re = /\p{L}*|[!?]+/gu;
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      expect(shape(allMatches(re, text))).toEqual(shape([...text.matchAll(re)]));
    }));
  });

  it('leaves lastIndex at 0, so a loop body may use the same expression, and refuses a non-global one', () => {
    const re = /o/g;
    const found: number[] = [];
    for (const m of allMatches(re, 'foo boo')) {
      re.test('oooo'); // moves lastIndex, which no longer matters
      found.push(m.index);
    }
    expect(found).toEqual([1, 2, 5, 6]);
    re.lastIndex = 3;
    expect(allMatches(re, 'o')).toHaveLength(1);
    expect(re.lastIndex).toBe(0);
    expect(() => allMatches(/o/, 'o')).toThrow(TypeError);
  });
});

describe('countMatches', () => {
  it('counts what match gives, empty matches and surrogate pairs included', () => {
    const patterns = [/\b\w+\b/g, /x*/g, /x*/gu, /(?<word>\p{L}+)/gu, /(?=\p{Extended_Pictographic})/gu, /\s*/gi, /o|(?<=o)/g, /\?/g];
    const texts = ['', 'Hello world?', 'a😀b x😀😀x', '💩', 'xx\u{1F600}xx  y', '\ud83d lone high', 'Ünïcödé words', 'foo boo'];
    for (const re of patterns) for (const text of texts) expect(countMatches(re, text), `/${re.source}/ on ${text}`).toBe((text.match(re) ?? []).length);
  });

  it('agrees with match on any text', () => {
    for (const re of [/\p{L}*|[!?]+/gu, /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu, /a|(?=b)/g]) {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(countMatches(re, text)).toBe((text.match(re) ?? []).length);
      }));
    }
  });

  it('leaves lastIndex at 0 and refuses an expression that is not global, or is sticky', () => {
    const re = /o/g;
    re.lastIndex = 3;
    expect(countMatches(re, 'foo boo')).toBe(4);
    expect(re.lastIndex).toBe(0);
    expect(() => countMatches(/o/, 'o')).toThrow(TypeError);
    expect(() => countMatches(/o/gy, 'o')).toThrow(TypeError);
  });
});
