import { describe, expect, it } from 'vitest';
import { ChunkCache, createDoc } from '../../../rules/engine/document';
import { WEIGHTS, clickbait, clickbaitFeatures, clickbaitSentences, useClickbaitWeights } from '../../../rules/signals/clickbait';

const cache = new ChunkCache();
const doc = (text: string) => createDoc(text, undefined, cache);
const score = (text: string) => clickbait(doc(text));

describe('clickbait signal', () => {
  it('is 0 for an empty draft and stays in 0..1', () => {
    expect(score('')).toBe(0);
    for (const text of ['You will never guess what this cat did next', 'Council approves budget', 'ok']) {
      expect(score(text)).toBeGreaterThanOrEqual(0);
      expect(score(text)).toBeLessThanOrEqual(1);
    }
  });

  it('ranks bait headlines above report headlines, in any case', () => {
    const pairs: [string, string][] = [
      ['19 garden hacks that will make you smile', 'Council approves new budget for garden parks'],
      ['Which pasta shape are you based on your star sign', 'Flood warnings issued for three northern rivers'],
      ['This adorable otter just discovered ice and it is literally perfect', 'Police arrest two men after warehouse fire in Leeds'],
      ['people try the spiciest crisps in the world', 'Minister says rail strike talks will resume on Monday'],
    ];
    for (const [bait, report] of pairs) {
      expect(score(bait), bait).toBeGreaterThan(0.5);
      expect(score(report), report).toBeLessThan(0.5);
      expect(score(bait.toLowerCase())).toBeGreaterThan(score(report.toLowerCase()));
    }
  });

  it('reads a curiosity gap as bait wherever it sits', () => {
    expect(score("Morning all. You won't believe what the bakery did next.")).toBeGreaterThan(score('Morning all. The bakery opens at eight.'));
  });

  it('does not count pronouns and warm words in ordinary sentences', () => {
    expect(score('Thanks so much, you made our day!')).toBeLessThan(0.5);
    expect(score('We had a lovely time at the fair. See you next year?')).toBeLessThan(0.5);
  });

  it('gives sentence spans and cue spans in whole-text offsets', () => {
    const text = 'Plain first line.\nYou won\u2019t believe this one trick';
    const [first, second] = clickbaitSentences(doc(text));
    expect(first && text.slice(first.start, first.end)).toBe('Plain first line.');
    expect(second && text.slice(second.start, second.end)).toBe('You won\u2019t believe this one trick');
    expect(second?.cues.map((c) => text.slice(c.start, c.end))).toContain('one trick');
  });
});

describe('clickbait weights for the cross-validated eval', () => {
  it('scores with other weights without a fresh parse, and back with WEIGHTS', () => {
    const cache = new ChunkCache();
    const text = 'These cats are the cutest thing ever';
    const before = clickbait(createDoc(text, undefined, cache));
    try {
      useClickbaitWeights({ ...WEIGHTS, bias: -40 });
      expect(clickbait(createDoc(text, undefined, cache))).toBeLessThan(0.05);
    } finally {
      useClickbaitWeights();
    }
    expect(clickbait(createDoc(text, undefined, cache))).toBe(before);
  });
  it('lists the cues that count in each sentence', () => {
    const [first] = clickbaitFeatures(createDoc('you won\u2019t believe these 17 cats', undefined, new ChunkCache()));
    expect(first!.form).toBe('headline');
    expect(first!.ids).toContain('gap-believe');
  });
});
