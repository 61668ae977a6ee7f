import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { prepareTagger, prepareTaggerInSteps, splitSentences, tagSentenceRun, tagTerms } from '../../../rules/engine/nlp';
import { headlineText } from '../../../scripts/bench/long-text';
import { createPostGenerator } from '../../../scripts/bench/texts';
import { TAGGER_LOAD_STEPS } from '../../../rules/engine/tagger';
import type { Term } from '../../../rules/engine/document';

describe('splitSentences', () => {
  it("gives compromise's sentences with their spaces, which rebuild the text", () => {
    for (const text of ['We love it.  Do you?\tThanks!', 'No end', '\n\nA. B', 'Dr. Smith met us at 5 p.m. today. Great!', '🎉🎉 Done!! ok', 'مرحبا. שלום']) {
      const sentences = splitSentences(text);
      expect(sentences.join('')).toBe(text);
      expect(sentences.map((s) => s.trim())).toEqual((nlp(text).docs as Term[][]).map((words) => words.map((w) => w.pre + w.text + w.post).join('').trim()));
    }
    expect(splitSentences('We love it. Do you?')).toEqual(['We love it. ', 'Do you?']);
  });

  it('gives nothing for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n ')).toEqual([]);
  });
});

describe('tagSentenceRun', () => {
  const words = (terms: readonly Term[]) => terms.map((t) => `${t.pre}${t.text}${t.post}|${[...t.tags].sort().join(',')}`);

  it('tags sentences in one call exactly as one call per sentence does, lines without their line breaks too', () => {
    // Headline-shaped lines, the text that asks for every sentence's tags, one sentence per line; the
    // engine tags each line's sentences without the line break (lines are chunks of their own).
    const generator = createPostGenerator(7);
    const lines = [headlineText(generator, 3000), headlineText(generator, 3000)].flatMap((t) => t.split('\n'));
    const prose = splitSentences('Police arrest two men in Leeds. Which pizza topping are you? We tried it!');
    let compared = 0;
    for (const sentences of [lines, prose, [...prose, ...lines]]) {
      const run = tagSentenceRun(sentences);
      expect(run).toBeDefined();
      expect(run!.map(words)).toEqual(sentences.map((s) => words(tagTerms(s))));
      compared += run!.flat().length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('gives nothing when compromise splits the joined text another way', () => {
    // Not whole sentences: joined, the two halves are one sentence.
    expect(tagSentenceRun(['Police arrest ', 'two men.'])).toBeUndefined();
    expect(tagSentenceRun(['Dr. ', 'Smith said so.'])).toBeUndefined();
  });
});

describe('tagTerms', () => {
  it('tags a sentence alone as compromise tags it inside the whole text', () => {
    const text = 'Police arrest two men in Leeds. Which pizza topping are you based on your star sign';
    const alone = splitSentences(text).flatMap((s) => tagTerms(s).map((t) => [t.text, [...t.tags].sort()]));
    const whole = (nlp(text).docs as Term[][]).flat().map((t) => [t.text, [...t.tags].sort()]);
    expect(alone).toEqual(whole);
    expect(tagTerms('Leeds')[0]!.tags.has('Place')).toBe(true);
  });

  it('prepares without a draft', () => {
    expect(() => prepareTagger()).not.toThrow();
  });

  it('prepares a part at a time, giving way before each part, and tags afterwards', async () => {
    const events: string[] = [];
    const preparing = prepareTaggerInSteps(async () => void events.push('gave way'));
    // Nothing runs before the first giving way: the caller's own work goes first.
    expect(events).toEqual(['gave way']);
    await preparing;
    expect(events).toHaveLength(TAGGER_LOAD_STEPS.length + 1);
    expect(tagTerms('Leeds')[0]!.tags.has('Place')).toBe(true);
  });
});
