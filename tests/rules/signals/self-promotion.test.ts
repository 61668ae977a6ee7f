import { describe, expect, it } from 'vitest';
import { ChunkCache, createDoc } from '../../../rules/engine/document';
import type { PlatformId } from '../../../platforms/types';
import { linkWeight, selfPromotion } from '../../../rules/signals/self-promotion';

const score = (text: string, platform?: PlatformId) => selfPromotion(createDoc(text, platform, new ChunkCache()));

describe('selfPromotion signal', () => {
  it('is 0 for a plain conversational post', () => {
    expect(score('Does anyone know a good plumber in Leeds? Our boiler just gave up.')).toBe(0);
    expect(score('')).toBe(0);
  });

  it("counts a brand's slogan on its own as promotion, and fragments that could be anyone's as not", () => {
    expect(score('Northwind Outdoor. Made for the long way round.')).toBeGreaterThanOrEqual(0.5);
    expect(score('Lumen Labs: analytics for everyone.')).toBeGreaterThanOrEqual(0.5);
    expect(score('Happy Friday. Coffee first.')).toBeLessThan(0.5);
    // Under someone else's video a few clipped words are a reaction, not a slogan.
    expect(score('Northwind Outdoor. Made for the long way round.', 'youtube')).toBeLessThan(0.5);
  });

  it('ranks a plug above a plain post, and a pile of plugs above one', () => {
    const plain = score('Loved the match last night, what a finish.');
    const one = score('Loved the match last night. New video on my channel about it.');
    const many = score('Check out my channel and subscribe! Follow me on Instagram too, link below.');
    expect(one).toBeGreaterThan(plain);
    expect(many).toBeGreaterThan(one);
    expect(many).toBeGreaterThan(0.8);
  });

  it('ranks money offers and sales language high', () => {
    expect(score('Earn $300 a day working from home, ask me how')).toBeGreaterThan(0.75);
    expect(score('Use code SPRING for 20% off, this weekend only')).toBeGreaterThan(0.6);
  });

  it('counts a link with a label as a drop, and a link inside a useful post much less', () => {
    const drop = score('New episode: https://example.com/landing');
    const resource = score(
      'We wrote up the three things that cut our onboarding time in half, with the checklist we use: https://example.com/onboarding',
    );
    expect(drop).toBeGreaterThan(0.5);
    expect(resource).toBeLessThan(0.35);
    expect(linkWeight(1, 3, 0)).toBeGreaterThan(linkWeight(1, 40, 0));
    expect(linkWeight(3, 3, 0)).toBeGreaterThan(linkWeight(1, 3, 0));
  });

  it('reads a post that is only a link as a share, and a pile of bare links or one in a comment as a drop', () => {
    expect(score('https://example.com/landing')).toBeLessThan(0.5);
    expect(score('#ux https://example.com/landing')).toBeLessThan(0.5);
    expect(score('https://a.example/1 https://b.example/2 https://c.example/3')).toBeGreaterThan(0.5);
    expect(score('https://example.com/landing', 'youtube')).toBeGreaterThan(0.5);
  });

  it('weighs a link in a short YouTube comment more than a headline and its link in a post', () => {
    const text = 'Ten years of city cycling data in one chart https://example.com/cycling';
    expect(score(text, 'youtube')).toBeGreaterThan(0.5);
    expect(score(text)).toBeLessThan(0.5);
    expect(linkWeight(1, 10, 0, true)).toBeGreaterThan(linkWeight(1, 10, 0, false));
  });

  it('does not count a time-stamp link into the video', () => {
    expect(score('https://www.youtube.com/watch?v=abc123&t=95s best part')).toBe(0);
  });

  it('lowers a share that credits someone else', () => {
    expect(score('Check out this thread from @sam on pricing')).toBeLessThan(score('Check out this thread on pricing'));
  });

  it('dilutes one plug in a long post', () => {
    const filler = 'We spent the week talking to customers about how they plan their weeks and what gets in the way. '.repeat(6);
    expect(score(`${filler}More on our blog.`)).toBeLessThan(score('More on our blog.') + 0.01);
  });

  it('stays in 0..1 on long spam', () => {
    const s = score('SUBSCRIBE TO MY CHANNEL http://spam.example '.repeat(200));
    expect(s).toBeGreaterThan(0.99);
    expect(s).toBeLessThanOrEqual(1);
  });
});
