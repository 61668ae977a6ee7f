import { describe, expect, it } from 'vitest';
import { ChunkCache, createDoc } from '../../../rules/engine/document';

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

  it('gives rules a compromise parse of the chunk', () => {
    const doc = createDoc('We love our customers.', undefined, new ChunkCache());
    expect(doc.chunks[0]!.view.has('#Pronoun')).toBe(true);
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
