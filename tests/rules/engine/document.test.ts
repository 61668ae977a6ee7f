import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { ChunkCache, createDoc, type Term } from '../../../rules/engine/document';

describe('createDoc', () => {
  it('parses each chunk once and re-uses the parse and memos for unchanged chunks', () => {
    const cache = new ChunkCache();
    let computed = 0;
    const count = (text: string) => createDoc(text, undefined, cache).sum('words', (c) => (computed++, c.text.split(' ').length));
    expect(count('one two\nthree four five')).toBe(5);
    expect(computed).toBe(2);
    expect(count('one two\nthree four five six')).toBe(6);
    expect(computed).toBe(3); // only the edited line was counted again
  });

  it('moves chunk-local spans to whole-text offsets', () => {
    const doc = createDoc('abc\nxx abc', undefined, new ChunkCache());
    const spans = doc.spans('abc', (c) => {
      const i = c.text.indexOf('abc');
      return i < 0 ? [] : [{ start: i, end: i + 3 }];
    });
    expect(spans).toEqual([
      { start: 0, end: 3 },
      { start: 7, end: 10 },
    ]);
  });

  it('splits a chunk into compromise sentences that rebuild it, tagged only when asked', () => {
    const text = 'We love our customers.  Do you?\tThanks!';
    const [chunk] = createDoc(text, undefined, new ChunkCache()).chunks;
    const sentences = chunk!.sentences;
    expect(sentences.map((s) => s.text).join('')).toBe(chunk!.text);
    expect(sentences.map((s) => chunk!.text.slice(s.start, s.start + s.text.length))).toEqual(sentences.map((s) => s.text));
    expect(sentences).toHaveLength(3);
    const we = sentences[0]!.terms[0]!;
    expect(we.normal).toBe('we');
    expect(we.tags.has('Pronoun')).toBe(true);
  });

  it('tags a sentence as compromise tags it inside the whole text', () => {
    const text = 'Police arrest two men in Leeds. Which pizza topping are you based on your star sign';
    const [chunk] = createDoc(text, undefined, new ChunkCache()).chunks;
    const alone = chunk!.sentences.flatMap((s) => s.terms.map((t) => [t.text, [...t.tags].sort()]));
    const whole = (nlp(text).docs as Term[][]).flat().map((t) => [t.text, [...t.tags].sort()]);
    expect(alone).toEqual(whole);
  });

  it('bounds the cache, evicting the least recently used chunk', () => {
    const cache = new ChunkCache(2);
    cache.get('a').values.set('k', 1);
    cache.get('b').values.set('k', 2);
    cache.get('a'); // a is now the most recent
    cache.get('c'); // so b goes
    expect(cache.size).toBe(2);
    expect(cache.get('a').values.get('k')).toBe(1);
    expect(cache.get('b').values.has('k')).toBe(false);
  });

  it('memoizes whole-document values within one analysis', () => {
    const doc = createDoc('hello', undefined, new ChunkCache());
    let n = 0;
    doc.memo('x', () => ++n);
    doc.memo('x', () => ++n);
    expect(n).toBe(1);
  });
});
