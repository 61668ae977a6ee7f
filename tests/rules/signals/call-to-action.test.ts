import { describe, expect, it } from 'vitest';
import { ChunkCache, createDoc } from '../../../rules/engine/document';
import { callToAction, callToActionCues } from '../../../rules/signals/call-to-action';

const cache = new ChunkCache();
const doc = (text: string) => createDoc(text, undefined, cache);
const score = (text: string) => callToAction(doc(text));

describe('callToAction signal', () => {
  it('is low for statements, with or without a link', () => {
    expect(score('')).toBeLessThan(0.1);
    expect(score('The river path reopened after the winter floods.')).toBeLessThan(0.1);
    expect(score('The river path reopened after the winter floods. https://example.com/path')).toBeLessThan(0.5);
  });

  it('ranks requests to act above statements', () => {
    const statement = score('Harbour Foods opened a bakery in Hull. https://example.com/hull');
    const readMore = score('Harbour Foods opened a bakery in Hull. Read more: https://example.com/hull');
    const signUp = score('Sign up for the winter workshops here: https://example.com/workshops');
    const imperative = score('Watch the full talk and download the slides https://example.com/talk');
    for (const ask of [readMore, signUp, imperative]) {
      expect(ask).toBeGreaterThan(0.5);
      expect(ask).toBeGreaterThan(statement);
    }
  });

  it('takes sentence-initial verbs as requests, not the same verbs inside a statement', () => {
    expect(score('Visit the archive this weekend.')).toBeGreaterThan(score('Our volunteers visit the archive every weekend.'));
  });

  it('does not read words inside links as requests, and gives chunk-local spans', () => {
    const text = 'New post at https://example.com/read-more-sign-up';
    const chunk = doc(text).chunks[0];
    expect(chunk && callToActionCues(chunk).spans).toEqual([]);
    const ask = 'Hi all. Check out the new trail map: https://example.com/map';
    const cues = doc(ask).chunks[0];
    expect(cues && callToActionCues(cues).spans.map((s) => ask.slice(s.start, s.end))).toContain('Check out');
  });
});
