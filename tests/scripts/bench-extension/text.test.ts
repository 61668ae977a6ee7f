import { describe, expect, it } from 'vitest';
import { createPostGenerator } from '../../../scripts/bench/texts';
import { burstsFor, splitIntoBursts, typingText } from '../../../scripts/bench-extension/text';

describe('bench:extension typing text', () => {
  it('is typable on a US keyboard, with no pickers (@, #) and no newlines', () => {
    const text = typingText(2000, createPostGenerator(4));
    expect(text.length).toBeGreaterThanOrEqual(2000);
    expect(text).toMatch(/^[\x20-\x7e]+$/);
    expect(text).not.toMatch(/[@#\n]/);
  });

  it('mixes in loud, salesy sentences so there are findings to draw', () => {
    const text = typingText(600, createPostGenerator(1));
    expect(text).toMatch(/!!|[A-Z]{4,} [A-Z]{2,}/);
  });

  it('gives each replica new sentences from one generator, the same ones again for the same seed', () => {
    const generator = createPostGenerator(7);
    const first = typingText(400, generator);
    const second = typingText(400, generator);
    const sentences = (t: string) => t.split(/(?<=[.!?])\s+/).filter((s) => s.length > 30 && !/!!|[A-Z]{4}/.test(s));
    const shared = sentences(first).filter((s) => sentences(second).includes(s));
    expect(shared).toEqual([]);
    expect(typingText(400, createPostGenerator(7))).toBe(first);
  });
});

describe('splitIntoBursts', () => {
  const text = 'The quick brown fox jumps over the lazy dog and keeps running down the hill toward the river bank.';

  it('joins back to the text exactly', () => {
    for (const size of [1, 5, 17, 40, 500]) expect(splitIntoBursts(text, size).join('')).toBe(text);
  });

  it('cuts after a space near the target size when there is one', () => {
    const bursts = splitIntoBursts(text, 17);
    for (const burst of bursts.slice(0, -1)) {
      expect(burst.endsWith(' ')).toBe(true);
      expect(burst.length).toBeGreaterThanOrEqual(17 - 5);
      expect(burst.length).toBeLessThanOrEqual(17 + 5);
    }
  });

  it('cuts inside a word when no space is near', () => {
    expect(splitIntoBursts('abcdefghijklmnopqrstuvwxyz', 10)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz']);
  });

  it('refuses a size below one', () => {
    expect(() => splitIntoBursts(text, 0)).toThrow(RangeError);
    expect(() => splitIntoBursts(text, 2.5)).toThrow(RangeError);
  });
});

describe('burstsFor', () => {
  it('types at least the asked number of keys, and not a whole burst more', () => {
    const bursts = burstsFor(500, 17, createPostGenerator(2));
    const keys = bursts.reduce((n, b) => n + b.length, 0);
    expect(keys).toBeGreaterThanOrEqual(500);
    expect(keys - bursts.at(-1)!.length).toBeLessThan(500);
    expect(bursts.length).toBeGreaterThanOrEqual(25);
  });
});
