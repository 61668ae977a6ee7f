import { describe, expect, it } from 'vitest';
import { compileRegex, findAll, matchesIn, quote, splitTrailingLookahead } from '../../../rules/house/regex';

const compile = (source: string, ignorecase = false) => {
  const result = compileRegex(source, { ignorecase });
  if (!result.ok) throw new Error(result.reason);
  return result.regex;
};

describe('compileRegex', () => {
  it('answers at once on expressions that hang a backtracking engine', () => {
    const text = `${'a'.repeat(50_000)}!`;
    for (const source of ['(a+)+$', '(a|a)*$', '(a|aa)+b', '(.*a){20}']) {
      const regex = compile(source);
      const started = performance.now();
      findAll(regex, text);
      // Linear time: tens of milliseconds here; a backtracking engine takes longer than the universe's age.
      expect(performance.now() - started, source).toBeLessThan(1500);
    }
  });

  it('finds every match with UTF-16 offsets, past emoji and empty matches', () => {
    expect(findAll(compile('é+'), '😀 ééé x é').map((m) => [m.start, m.end])).toEqual([[3, 6], [9, 10]]);
    expect(findAll(compile('x*'), '😀x').map((m) => [m.start, m.end])).toEqual([[0, 0], [2, 3], [3, 3]]);
    expect(findAll(compile('(\\w)(\\d)?'), 'a1 b', true).map((m) => m.groups)).toEqual([['a', '1'], ['b', undefined]]);
  });

  it('matches ^ and $ at line ends, and in any case when asked', () => {
    expect(findAll(compile('^go$'), 'stop\ngo\nwait').map((m) => m.start)).toEqual([5]);
    expect(matchesIn(compile('acme', true), 'ACME')).toBe(true);
    expect(matchesIn(compile('acme'), 'ACME')).toBe(false);
  });

  it('runs lookbehinds in linear time, as Vale styles use them', () => {
    expect(findAll(compile('(?<!:[^ ]+?):\\s[A-Z]'), 'a: B foo:x: C').map((m) => m.start)).toEqual([1]);
  });

  it('runs a trailing lookahead as a check at each match end', () => {
    expect(findAll(compile('\\b(?:eg|e\\.g\\.)(?=[\\s,;])', true), 'e.g. this, eg, and egg eg.').map((m) => m.start)).toEqual([0, 11]);
    expect(findAll(compile('price(?! match)'), 'price match, price list').map((m) => m.start)).toEqual([13]);
  });

  it('refuses what has no linear-time form, and says why', () => {
    const reason = (source: string) => {
      const result = compileRegex(source);
      return result.ok ? 'compiled' : result.reason;
    };
    expect(reason('a(?=b)c')).toMatch(/lookahead/);
    expect(reason('(a)\\1')).toMatch(/backreferences/);
    expect(reason('(?>a)')).toMatch(/atomic/);
    expect(reason('a++')).toMatch(/possessive/);
    expect(reason('(?<=(a))b')).toMatch(/capturing group/);
    expect(reason('[')).toBe('missing closing ]: `[`');
  });
});

describe('splitTrailingLookahead', () => {
  it('splits only a top-level lookahead that closes the expression', () => {
    expect(splitTrailingLookahead('a(?=b)')).toEqual({ main: 'a', after: 'b', negated: false });
    expect(splitTrailingLookahead('(?:x|y)(?![a)])')).toEqual({ main: '(?:x|y)', after: '[a)]', negated: true });
    expect(splitTrailingLookahead('a|b(?=c)')).toBeUndefined();
    expect(splitTrailingLookahead('a(?=b)c')).toBeUndefined();
    expect(splitTrailingLookahead('(?=b)')).toBeUndefined();
    expect(splitTrailingLookahead('a\\(?=b\\)')).toBeUndefined();
  });
});

describe('quote', () => {
  it('makes any text a literal', () => {
    const text = 'C++ (beta) costs $5.00 [sic] a|b ^_^';
    expect(findAll(compile(quote(text)), `x ${text} y`).map((m) => m.start)).toEqual([2]);
  });
});
