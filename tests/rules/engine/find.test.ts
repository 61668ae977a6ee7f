import { describe, expect, it } from 'vitest';
import { APOSTROPHE, groupCount, matchSpans, phraseList, sentenceAround } from '../../../rules/engine/find';

describe('matchSpans', () => {
  it('gives every match as a span of the text', () => {
    expect(matchSpans(/b+/g, 'abba bb')).toEqual([
      { start: 1, end: 3 },
      { start: 5, end: 7 },
    ]);
  });

  it('adds what describe says to each span, and passes over a match it returns undefined for', () => {
    const spans = matchSpans(/\d+/g, 'a 12 b 7 c 300', (m) => (m[0].length > 1 ? { digits: m[0].length } : undefined));
    expect(spans).toEqual([
      { start: 2, end: 4, digits: 2 },
      { start: 11, end: 14, digits: 3 },
    ]);
  });

  it('refuses a pattern without the g flag rather than loop for ever', () => {
    expect(() => matchSpans(/a/, 'aaa')).toThrow(TypeError);
  });
});

describe('phraseList', () => {
  const entries = [
    { source: String.raw`\b(?:reach|get)\s+out\b`, kind: 'officialese' },
    // Groups inside an entry must not shift which entry later matches are told to come from.
    { source: String.raw`\b(syn)(erg)(y|ies)\b`, kind: 'buzzword' },
    { source: String.raw`\bleverage\b`, kind: 'buzzword' },
  ];

  it('tells which entry each phrase came from, in any case', () => {
    const list = phraseList(entries);
    const found = list.find('Reach out for SYNERGY and leverage.').map(({ start, end, entry, index }) => ({ start, end, kind: entry.kind, index }));
    expect(found).toEqual([
      { start: 0, end: 9, kind: 'officialese', index: 0 },
      { start: 14, end: 21, kind: 'buzzword', index: 1 },
      { start: 26, end: 34, kind: 'buzzword', index: 2 },
    ]);
  });

  it('keeps the match, groups included', () => {
    const [hit] = phraseList(entries).find('synergies');
    expect(hit?.match[0]).toBe('synergies');
    expect(hit?.match.index).toBe(0);
  });

  it('tries longer sources first when asked, so the longer phrase wins where both start', () => {
    const short = [{ source: 'reach out' }, { source: 'reach out to' }];
    expect(phraseList(short).find('reach out to us')[0]?.end).toBe(9);
    const longest = phraseList(short, { longestFirst: true }).find('reach out to us')[0];
    expect(longest?.end).toBe(12);
    expect(longest?.index).toBe(1);
  });

  it('puts the boundaries given around every phrase', () => {
    const list = phraseList([{ source: 'use' }], { before: String.raw`(?<![\p{L}])`, after: String.raw`(?![\p{L}])` });
    expect(list.find('use, reuse, user, use').map((m) => m.start)).toEqual([0, 18]);
  });

  it('matches case as written when the flags leave out i', () => {
    expect(phraseList([{ source: 'RIP' }], { flags: 'gu' }).find('rip RIP')).toHaveLength(1);
  });

  it('finds nothing in empty text or with an empty list', () => {
    expect(phraseList(entries).find('')).toEqual([]);
    expect(phraseList([]).find('anything')).toEqual([]);
  });
});

describe('APOSTROPHE', () => {
  it('matches the straight and the curly apostrophe', () => {
    const re = new RegExp(String.raw`don${APOSTROPHE}t`, 'g');
    expect(matchSpans(re, "don't don\u2019t dont")).toHaveLength(2);
  });
});

describe('sentenceAround', () => {
  const text = 'First one. The best coffee ever! Third line\nFourth';
  it('gives the sentence a span sits in, without its end mark', () => {
    const start = text.indexOf('best');
    expect(sentenceAround(text, start, start + 4)).toBe(' The best coffee ever');
  });

  it('stops at line breaks and at the ends of the text', () => {
    expect(sentenceAround(text, text.indexOf('Third'), text.indexOf('Third') + 5)).toBe(' Third line');
    expect(sentenceAround(text, 0, 5)).toBe('First one');
    expect(sentenceAround(text, text.length - 2, text.length)).toBe('Fourth');
  });

  it('scans a long unpunctuated line once per call, however many times it is asked', () => {
    const line = 'word '.repeat(20_000) + 'end.';
    // Each call is linear: a thousand calls on a 100,000-character sentence finish well inside a test's time.
    for (let i = 0; i < 1_000; i++) expect(sentenceAround(line, 50_000, 50_004)).toHaveLength(line.length - 1);
  });
});

describe('groupCount', () => {
  /** What the engine asked before: an empty alternative matches "" and shows every group. */
  const compiled = (source: string) => (new RegExp(`(?:${source})|`, 'iu').exec('')?.length ?? 1) - 1;

  it('counts plain and named groups, and none of the others', () => {
    expect(groupCount(String.raw`(a)(?:b)(?<name>c)(?=d)(?!e)(?<=f)(?<!g)`)).toBe(2);
    expect(groupCount(String.raw`\(not\)[(]group[^)(]`)).toBe(0);
    expect(groupCount(String.raw`[\]](x)`)).toBe(1);
    expect(groupCount(String.raw`\b(reach out( to)?)\b`)).toBe(2);
  });

  it('agrees with the compiled count on the valid ones of 5,000 generated patterns', () => {
    const parts = ['(', '(?:', '(?<n>', '(?=', '(?!', '(?<=', '(?<!', ')', 'a', '|', '[(]', '[^)]', '[\\]]', '\\(', '\\)', '\\\\', '?', '+', '\\b'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let checked = 0;
    let valid = 0;
    for (let n = 0; n < 5000; n++) {
      let source = '';
      const length = 1 + Math.floor(next() * 12);
      for (let i = 0; i < length; i++) source += parts[Math.floor(next() * parts.length)]!;
      source = source.replaceAll('(?<n>', () => `(?<n${n}_${checked++}>`);
      let expected: number;
      try {
        expected = compiled(source);
      } catch {
        continue; // not a valid pattern: the engine never builds one
      }
      valid++;
      expect(groupCount(source), source).toBe(expected);
    }
    expect(valid).toBeGreaterThan(400);
  });
});
