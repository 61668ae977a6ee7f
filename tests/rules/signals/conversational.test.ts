import { describe, expect, it } from 'vitest';
import { ChunkCache, createDoc } from '../../../rules/engine/document';
import { conversational, docConversationCues, isReply, quotedShareSpans } from '../../../rules/signals/conversational';

const cache = new ChunkCache();
const doc = (text: string) => createDoc(text, undefined, cache);
const score = (text: string) => conversational(doc(text));

describe('conversational signal', () => {
  it('is 0 for an empty draft and stays in 0..1', () => {
    expect(score('')).toBe(0);
    const loud = score('@jo Thanks so much! Congrats, well done! Sorry we missed you, hope you had fun? Let us know!');
    expect(loud).toBeGreaterThan(0.9);
    expect(loud).toBeLessThanOrEqual(1);
  });

  it('ranks replies, thanks and congratulations above broadcast statements', () => {
    const broadcast = score('Harbour Foods reports record third-quarter revenue across all regions. https://example.com/q3');
    const headlineQuestion = score('Is your pension ready for retirement? New figures on savings gaps: https://example.com/pensions');
    const reply = score('@mina_k thanks for the lovely photo, glad you enjoyed the tour!');
    const congrats = score('Congratulations to the relay team, what a finish!');
    const sorry = score("@dave_r so sorry about the delay, we're looking into it and will get back to you today");
    for (const talk of [reply, congrats, sorry]) {
      expect(talk).toBeGreaterThan(0.5);
      expect(talk).toBeGreaterThan(headlineQuestion);
    }
    expect(broadcast).toBeLessThan(0.2);
    expect(headlineQuestion).toBeLessThan(0.5);
  });

  it('counts an invitation to answer', () => {
    expect(score('We tried three new recipes this week. What do you think we should cook next?')).toBeGreaterThan(
      score('We tried three new recipes this week. The results are on the blog.'),
    );
  });

  it('reads a comment on a quoted post as the writer talking, and finds the quote', () => {
    const text = 'Great shot, thanks for joining in! RT @lee_p Planting day at the park https://example.com/p';
    expect(score(text)).toBeGreaterThan(0.8);
    const quote = doc(text).chunks[0];
    expect(quote && quotedShareSpans(quote).map((s) => text.slice(s.start, s.end))).toEqual([
      'RT @lee_p Planting day at the park https://example.com/p',
    ]);
  });

  it('knows a reply from a mention used as a subject of a headline only by the cues around it', () => {
    expect(isReply(doc('@sam hi!'))).toBe(true);
    expect(isReply(doc('.@sam hi!'))).toBe(true);
    expect(isReply(doc('Hi @sam'))).toBe(false);
  });

  it('ignores words inside links, mentions and hashtags', () => {
    const cues = docConversationCues(doc('@thanksgiving_co #sorry https://example.com/thank-you'));
    expect(cues.thanks).toBe(0);
    expect(cues.apology).toBe(0);
  });
});
