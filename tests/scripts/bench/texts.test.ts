import { describe, expect, it } from 'vitest';
import { createPostGenerator, createRng, editOneWord, kindForLength } from '../../../scripts/bench/texts';

describe('post generator', () => {
  it('is deterministic for a seed', () => {
    expect(createPostGenerator(5).post(3000)).toBe(createPostGenerator(5).post(3000));
    expect(createPostGenerator(5).post(280)).not.toBe(createPostGenerator(6).post(280));
  });

  it.each([280, 3000, 20_000])('makes a %i-character post close to that length', (length) => {
    const g = createPostGenerator(11);
    for (let i = 0; i < 5; i++) {
      const text = g.post(length);
      expect(text.length).toBeLessThanOrEqual(length);
      expect(text.length).toBeGreaterThanOrEqual(length * 0.85);
    }
  });

  it('picks a style for the size: tweets are one line or a teaser line and one more, longer posts have paragraphs', () => {
    expect(kindForLength(280)).toBe('tweet');
    expect(kindForLength(3000)).toBe('linkedin');
    expect(kindForLength(20_000)).toBe('article');
    const g = createPostGenerator(2);
    const tweets = Array.from({ length: 40 }, () => g.post(280));
    for (const tweet of tweets) expect(tweet.split('\n').length).toBeLessThanOrEqual(2);
    const teasers = tweets.filter((t) => /^[^\n.!?]+ https:\/\/example\.com\/\d+\n\S/.test(t));
    expect(teasers.length).toBeGreaterThan(8);
    expect(teasers.length).toBeLessThan(24);
    expect(g.post(3000).split('\n\n').length).toBeGreaterThan(5);
  });

  it('never repeats a sentence, within a text or across texts', () => {
    const g = createPostGenerator(3);
    const text = [g.post(20_000), g.post(20_000), g.post(3000)].join('\n');
    const sentences = text.split(/(?<=[.?!])\s+|\n+/).filter((s) => s.length > 40);
    expect(sentences.length).toBeGreaterThan(300);
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('writes English prose: mostly letters and spaces, with some posts showing links, tags or emoji', () => {
    const g = createPostGenerator(9);
    const text = g.post(20_000);
    const letters = (text.match(/[A-Za-z ]/g) ?? []).length;
    expect(letters / text.length).toBeGreaterThan(0.85);
    const many = Array.from({ length: 30 }, () => g.post(280)).join('\n');
    expect(many).toMatch(/#\w+/);
    expect(many).toMatch(/\p{Extended_Pictographic}/u);
  });
});

describe('editOneWord', () => {
  it('changes exactly one word and leaves the rest of the text as it was', () => {
    const rng = createRng(1);
    const g = createPostGenerator(4);
    let text = g.post(3000);
    for (let i = 0; i < 25; i++) {
      const edit = editOneWord(text, rng);
      expect(edit.after.toLowerCase()).not.toBe(edit.before.toLowerCase());
      expect(text.slice(edit.start, edit.start + edit.before.length)).toBe(edit.before);
      expect(edit.text).toBe(text.slice(0, edit.start) + edit.after + text.slice(edit.start + edit.before.length));
      const before = text.split(/\s+/);
      const after = edit.text.split(/\s+/);
      expect(after).toHaveLength(before.length);
      expect(after.filter((w, j) => w !== before[j])).toHaveLength(1);
      text = edit.text;
    }
  });

  it('keeps a capital and leaves links, handles, hashtags and contractions alone', () => {
    const rng = createRng(7);
    const text = 'Thanks @someone see https://example.com/some-page #community can\u2019t Wonderful';
    for (let i = 0; i < 30; i++) {
      const edit = editOneWord(text, rng);
      expect(['Thanks', 'see', 'Wonderful']).toContain(edit.before);
      if (edit.before !== 'see') expect(edit.after).toMatch(/^[A-Z]/);
    }
    expect(() => editOneWord('ok #hi @yo', rng)).toThrow();
  });

  it('spreads edits over the text', () => {
    const rng = createRng(3);
    const text = createPostGenerator(8).post(20_000);
    const positions = Array.from({ length: 60 }, () => editOneWord(text, rng).start / text.length);
    expect(Math.min(...positions)).toBeLessThan(0.1);
    expect(Math.max(...positions)).toBeGreaterThan(0.9);
  });
});
