import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../rules/engine/matches';

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
