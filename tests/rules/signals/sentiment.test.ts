import { describe, expect, it } from 'vitest';
import { ChunkCache, createDoc } from '../../../rules/engine/document';
import { SENTIMENT_WEIGHTS, chunkSentiment, combineSentiment, prepareForVader, sentiment, sentimentParts } from '../../../rules/signals/sentiment';

const score = (text: string, cache = new ChunkCache()) => sentiment(createDoc(text, undefined, cache));

describe('sentiment signal', () => {
  it('is 0 for empty and neutral text, and stays in -1..1', () => {
    expect(score('')).toBe(0);
    expect(score('The train leaves at nine from platform two.')).toBe(0);
    for (const t of ['LOVE LOVE LOVE this!!!! 😍😍😍 best day ever', 'I HATE this, worst, awful, horrible, disgusting!!!! 😡😡']) {
      expect(Math.abs(score(t))).toBeLessThanOrEqual(1);
    }
  });

  it('orders texts from negative to positive', () => {
    const awful = score('This was an awful, miserable day and I hate it.');
    const meh = score('The day was a bit dull.');
    const nice = score('Had a nice day at the beach.');
    const great = score('What a wonderful, amazing day! Loved every minute :)');
    expect(awful).toBeLessThan(meh);
    expect(meh).toBeLessThan(nice);
    expect(nice).toBeLessThan(great);
    expect(awful).toBeLessThan(-0.5);
    expect(great).toBeGreaterThan(0.6);
  });

  it('follows negation and contrast as VADER does', () => {
    expect(score('The food was not good.')).toBeLessThan(0);
    expect(score('The food was good.')).toBeGreaterThan(0);
  });

  it('reads emoji, stretched words, wrapped words and long runs of "!"', () => {
    expect(score('Just got the keys to our new flat 😍')).toBeGreaterThan(score('Just got the keys to our new flat'));
    expect(score('Missed the last bus home 😢')).toBeLessThan(0);
    expect(score('yaaaay')).toBeGreaterThan(0.4);
    expect(score('this is sooo good')).toBeGreaterThan(score('this is good'));
    expect(score('*sigh* another delay')).toBeLessThan(0);
    expect(score('Sweet!!!!!')).toBeGreaterThan(0.4);
    expect(prepareForVader('hahahahaha').text).toBe('hahaha');
    expect(prepareForVader('I &lt;3 it').text).toBe('I <3 it');
  });

  it('weighs a complaint more than a compliment of the same strength', () => {
    expect(Math.abs(score('The service was bad.'))).toBeGreaterThan(Math.abs(score('The service was good.')));
  });

  it('adds chunks as one text would, and re-uses cached chunks', () => {
    const cache = new ChunkCache();
    const two = score('Lovely walk this morning.\nThe cafe was closed, which was annoying.', cache);
    expect(two).toBeGreaterThan(-1);
    expect(two).toBeLessThan(1);
    // Only the edited line is scored again; the same answer comes back from a fresh cache.
    const edited = 'Lovely walk this morning.\nThe cafe was open, which was great.';
    expect(score(edited, cache)).toBeCloseTo(score(edited), 10);
    expect(score(edited)).toBeGreaterThan(two);
    expect(chunkSentiment('great').sum).toBeGreaterThan(0);
  });
});

describe('sentiment weights', () => {
  const doc = (text: string) => createDoc(text, undefined, new ChunkCache());
  it('is the parts combined with the shipped weights', () => {
    for (const text of ['I love this so much!', 'This is awful, I hate it', 'The meeting is at noon.']) {
      expect(combineSentiment(sentimentParts(doc(text)), SENTIMENT_WEIGHTS)).toBe(sentiment(doc(text)));
    }
  });
  it('weighs a complaint more as the negative weight grows, and a compliment the same', () => {
    const bad = sentimentParts(doc('This is awful'));
    const good = sentimentParts(doc('This is lovely'));
    const more = { ...SENTIMENT_WEIGHTS, negativeWeight: 2 };
    expect(combineSentiment(bad, more)).toBeLessThan(combineSentiment(bad));
    expect(combineSentiment(good, more)).toBe(combineSentiment(good));
  });
});
