import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../rules/engine/analyze';
import { compileRegex, findAll, matchesIn, quote, splitTrailingLookahead } from '../../../rules/house/regex';
import { compiled } from './helpers';

const compile = (source: string, ignorecase = false) => {
  const result = compileRegex(source, { ignorecase });
  if (!result.ok) throw new Error(result.reason);
  return result.regex;
};

describe('compileRegex', () => {
  it('answers, and answers right, on expressions that hang a backtracking engine', () => {
    // On a backtracking engine (JavaScript's own) each of these takes longer than the universe's age on 50,000
    // characters; re2js is linear, so the test finishes at all only if the engine is, and the answers are checked.
    const as = 'a'.repeat(50_000);
    const text = `${as}!`;
    expect(findAll(compile('(a+)+$'), text)).toEqual([]);
    expect(findAll(compile('(a+)+$'), as).map((m) => [m.start, m.end])).toEqual([[0, 50_000]]);
    expect(findAll(compile('(a|a)*$'), text).map((m) => [m.start, m.end])).toEqual([[50_001, 50_001]]);
    expect(findAll(compile('(a|aa)+b'), text)).toEqual([]);
    expect(findAll(compile('(.*a){20}'), text).map((m) => [m.start, m.end])).toEqual([[0, 50_000]]);
  });

  it('keeps a pack rule of nested repeats from hanging the engine, and finds what it should', () => {
    // (The engine runs patterns chunk by chunk, so `$` would also match where it cuts a long run of letters.)
    const pack = compiled([{ id: 'runs', type: 'pattern', pattern: '(a+)+b' }]);
    const analyzer = createAnalyzer([]);
    expect(analyzer.analyze(`${'a'.repeat(50_000)}!`, { house: pack }).findings).toEqual([]);
    const hit = analyzer.analyze(`stop. ${'a'.repeat(1000)}b`, { house: pack }).findings;
    expect(hit.map((f) => [f.ruleId, f.start, f.end])).toEqual([['house/test-pack/runs', 6, 1007]]);
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
