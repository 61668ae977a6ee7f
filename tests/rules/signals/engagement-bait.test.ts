import { describe, expect, it } from 'vitest';
import { ChunkCache, createDoc } from '../../../rules/engine/document';
import { engagementBait } from '../../../rules/signals/engagement-bait';

const score = (text: string) => engagementBait(createDoc(text, undefined, new ChunkCache()));

describe('engagementBait signal', () => {
  it('is 0 for posts that only talk about likes and followers', () => {
    expect(score('We passed 10k followers this week, thank you all.')).toBe(0);
    expect(score('I like this post, it says what I was thinking.')).toBe(0);
    expect(score('People share what helps them; that is the whole strategy.')).toBe(0);
  });

  it('ranks begging and swaps above a plain post', () => {
    const plain = score('What is the best book you read this year?');
    const ask = score('Like and share if you agree');
    const swap = score('f4f! follow for follow, I follow back, tag 3 friends');
    expect(ask).toBeGreaterThan(plain);
    expect(swap).toBeGreaterThan(ask);
    expect(swap).toBeLessThanOrEqual(1);
  });

  it('sees begging for numbers', () => {
    expect(score('Help me get to 500 subscribers before my birthday')).toBeGreaterThan(0.5);
    expect(score('My dad will quit smoking if this comment gets 1000 likes')).toBeGreaterThan(0.5);
  });
});
