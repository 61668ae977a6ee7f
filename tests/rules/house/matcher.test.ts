import { describe, expect, it } from 'vitest';
import { ChunkCache, createDoc } from '../../../rules/engine/document';
import { PackTerms, termFinder, type MatchOptions } from '../../../rules/house/matcher';

const OPTIONS: MatchOptions = { regex: false, ignorecase: true, wholeWord: true, inflections: false, exceptions: [] };
const doc = (text: string) => createDoc(text, undefined, new ChunkCache());

describe('termFinder', () => {
  it('says which term matched, through the trie and through one alternation with groups', () => {
    const shared = new PackTerms('t:trie');
    const finder = termFinder(0, ['alpha', '(b)(e)ta', 'gam+a', 'C#'], { ...OPTIONS, regex: true }, shared, 't:1');
    const found = finder.find(doc('Beta, gammma and alpha, C#.'));
    expect(found.map((m) => m.index)).toEqual([1, 2, 0]);
    expect(finder.problems).toEqual([]);
    const literal = termFinder(0, ['alpha', 'C#', '!!'], OPTIONS, shared, 't:2');
    expect(literal.find(doc('C# and alpha!!')).map((m) => m.index)).toEqual([1, 0, 2]);
  });

  it('keeps an alternative with a trailing lookahead apart, checked at its end', () => {
    const finder = termFinder(0, ['\\b(?:eg|e\\.g\\.)(?=[\\s,;])', 'i\\.e\\.'], { ...OPTIONS, regex: true, wholeWord: false }, undefined, 't:3');
    expect(finder.find(doc('e.g. this, i.e. that, egg.')).map((m) => m.index)).toEqual([0, 1]);
  });

  it('reports each term and exception RE2 refuses by its index', () => {
    const finder = termFinder(0, ['ok', 'a(?=b)c'], { ...OPTIONS, regex: true, exceptions: ['(x)\\1'] }, undefined, 't:4');
    expect(finder.problems.map((p) => [p.index, p.exception ?? false])).toEqual([
      [1, false],
      [0, true],
    ]);
  });

  it('leaves matches inside or containing an exception', () => {
    const finder = termFinder(0, ['cloud', 'acme'], { ...OPTIONS, exceptions: ['Acme Cloud'] }, new PackTerms('t:5'), 't:6');
    expect(finder.find(doc('Acme Cloud, a cloud, acme')).map((m) => m.start)).toEqual([14, 21]);
  });
});
