import { describe, expect, it, vi } from 'vitest';
import { cacheKey, ChunkCache, createDoc, tagSentences } from '../../../rules/engine/document';
import { tagSentenceRun, tagTerms } from '../../../rules/engine/nlp';

vi.mock('../../../rules/engine/nlp', async (original) => {
  const real = await original<typeof import('../../../rules/engine/nlp')>();
  return { ...real, tagTerms: vi.fn(real.tagTerms), tagSentenceRun: vi.fn(real.tagSentenceRun) };
});

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

  it('tags a sentence only when its words are read, once, and keeps the tags for the same chunk text', () => {
    vi.mocked(tagTerms).mockClear();
    const cache = new ChunkCache();
    const text = 'Police arrest two men. Thanks, all!';
    const [chunk] = createDoc(text, undefined, cache).chunks;
    expect(chunk!.sentences).toHaveLength(2);
    expect(tagTerms).not.toHaveBeenCalled();
    const words = chunk!.sentences[0]!.terms;
    expect(words.map((w) => w.normal)).toEqual(['police', 'arrest', 'two', 'men']);
    const [again] = createDoc(`${text}`, undefined, cache).chunks;
    expect(again!.sentences[0]!.terms).toBe(words);
    expect(tagTerms).toHaveBeenCalledTimes(1);
  });

  it('tags the sentences asked for in one call, across chunks, and leaves the tagged ones', () => {
    vi.mocked(tagTerms).mockClear();
    vi.mocked(tagSentenceRun).mockClear();
    const text = 'Police arrest two men. Thanks, all!\nCouncil approves new park\nPolice arrest two men. Thanks, all!';
    const chunks = createDoc(text, undefined, new ChunkCache()).chunks;
    expect(chunks).toHaveLength(3);
    const [a, b] = chunks[0]!.sentences;
    const [c] = chunks[1]!.sentences;
    const alone = b!.terms;
    // The third line is the first again: the same sentences, asked for twice, tagged once.
    tagSentences([a!, b!, c!, ...chunks[2]!.sentences]);
    expect(vi.mocked(tagSentenceRun).mock.calls).toEqual([[[a!.text, c!.text]]]);
    expect(c!.terms.map((t) => t.normal)).toEqual(['council', 'approves', 'new', 'park']);
    expect(b!.terms).toBe(alone);
    expect(vi.mocked(tagTerms).mock.calls.map(([s]) => s)).toEqual([b!.text]);
    expect(a!.terms.map((t) => t.normal)).toEqual(['police', 'arrest', 'two', 'men']);
    // One sentence left to tag is tagged on its own when read.
    tagSentences([chunks[0]!.sentences[0]!]);
    expect(tagSentenceRun).toHaveBeenCalledTimes(1);
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
    let computed = 0;
    const nothing = () => {
      computed++;
      return undefined;
    };
    expect(doc.memo('nothing', nothing)).toBeUndefined();
    expect(doc.memo('nothing', nothing)).toBeUndefined();
    expect(doc.chunks[0]?.memo('nothing', nothing)).toBeUndefined();
    expect(doc.chunks[0]?.memo('nothing', nothing)).toBeUndefined();
    expect(computed).toBe(2);
  });
});

describe('cacheKey', () => {
  it('keeps keys apart whatever their parts hold, so a pack rule never reads another rule\'s results', () => {
    expect(cacheKey('house/acme:x', 'y')).not.toBe(cacheKey('house/acme', 'x:y'));
    expect(cacheKey('a\u0000b')).not.toBe(cacheKey('a', 'b'));
    expect(cacheKey('a', 'b')).toBe(cacheKey('a', 'b'));
  });

  it('recomputes when the data in the key changes (an edited pack) and re-uses it when not', () => {
    const cache = new ChunkCache();
    const found = (phrases: string[]) =>
      createDoc('we sell cheap stuff', undefined, cache).spans(cacheKey('house/acme/banned', ...phrases), (c) =>
        phrases.flatMap((p) => (c.text.includes(p) ? [{ start: c.text.indexOf(p), end: c.text.indexOf(p) + p.length }] : [])),
      );
    expect(found(['cheap'])).toEqual([{ start: 8, end: 13 }]);
    expect(found(['sell'])).toEqual([{ start: 3, end: 7 }]);
    expect(found(['cheap'])).toEqual([{ start: 8, end: 13 }]);
  });
});
