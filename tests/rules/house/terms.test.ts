import { describe, expect, it } from 'vitest';
import { TermIndex, type TermSpec } from '../../../rules/house/terms';

const spec = (rule: number, index: number, term: string, extra: Partial<TermSpec> = {}): TermSpec => ({ rule, index, term, caseSensitive: false, inflections: true, ...extra });
const found = (index: TermIndex, text: string) => index.scan(text).map((h) => `${h.rule}.${h.index}:${text.slice(h.start, h.end)}${h.inflected ? '*' : ''}`);

describe('TermIndex', () => {
  it('finds words and phrases of many rules in one pass, longest first, without overlaps per rule', () => {
    const index = new TermIndex([spec(0, 0, 'user'), spec(0, 1, 'user account'), spec(1, 0, 'account'), spec(2, 0, 'drama-free')]);
    expect(found(index, 'Each user account and users, a drama-free Account.')).toEqual(['0.1:user account', '1.0:account', '0.0:users*', '2.0:drama-free', '1.0:Account']);
  });

  it('matches plural and singular, possessives, curly apostrophes and any run of spaces', () => {
    const index = new TermIndex([spec(0, 0, 'categories'), spec(1, 0, "don't"), spec(2, 0, 'acme cloud')]);
    expect(found(index, 'One category, two categories. Don’t. Acme   Cloud’s plan')).toEqual(['0.0:category*', '0.0:categories', "1.0:Don’t", '2.0:Acme   Cloud']);
  });

  it('keeps case when told, and checks punctuation around a term', () => {
    const index = new TermIndex([spec(0, 0, 'ACME', { caseSensitive: true, inflections: false }), spec(1, 0, '#ad'), spec(2, 0, 'C++')]);
    expect(found(index, 'Acme ACME #ad ad C++ C+')).toEqual(['0.0:ACME', '1.0:#ad', '2.0:C++']);
  });

  it('keeps offsets right where lower case changes a text\'s length or a sigma\'s form', () => {
    const index = new TermIndex([spec(0, 0, 'acme', { inflections: false })]);
    expect(found(index, 'İİİ Acme and ACME')).toEqual(['0.0:Acme', '0.0:ACME']);
    const sigma = new TermIndex([spec(0, 0, 'ΟΔΟΣ', { inflections: false })]);
    expect(found(sigma, 'ΟΔΟΣ.Α and ΟΔΟΣ')).toEqual(['0.0:ΟΔΟΣ', '0.0:ΟΔΟΣ']);
  });

  it('never matches inside a word', () => {
    const index = new TermIndex([spec(0, 0, 'cat', { inflections: false })]);
    expect(found(index, 'concat cats cat_ cat1 scat cat.')).toEqual(['0.0:cat']);
  });

  it('sets aside terms with no word in them', () => {
    const index = new TermIndex([spec(0, 0, '!!!'), spec(0, 1, 'ok')]);
    expect(index.wordless.map((s) => s.term)).toEqual(['!!!']);
  });

  it('reads 2,000 terms in one pass over a long post quickly', () => {
    const specs = Array.from({ length: 2000 }, (_, i) => spec(i % 200, i, `term${i} word${i}`));
    const index = new TermIndex(specs);
    const text = 'lorem ipsum term17 word17 dolor '.repeat(100);
    const started = performance.now();
    for (let i = 0; i < 20; i++) expect(index.scan(text)).toHaveLength(100);
    expect((performance.now() - started) / 20).toBeLessThan(20);
  });
});
