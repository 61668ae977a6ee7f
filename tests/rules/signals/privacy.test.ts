import { describe, expect, it } from 'vitest';
import { ChunkCache, createDoc } from '../../../rules/engine/document';
import { privacy } from '../../../rules/signals/privacy';

const score = (text: string) => privacy(createDoc(text, undefined, new ChunkCache()));

describe('privacy signal', () => {
  it('is 0 for a post with nothing private in it', () => {
    expect(score('Our spring menu is out. Which dish should we keep all year?')).toBe(0);
    expect(score('Questions? Write to hello@ourbakery.co.uk or call us on 0800 123 4567.')).toBe(0);
    expect(score('')).toBe(0);
  });

  it('ranks a card number above a phone number above a night out above nothing', () => {
    const plain = score('Great team night out yesterday, thanks everyone for coming.');
    const night = score('Great team night out yesterday, I was so drunk.');
    const phone = score('Great team night out yesterday, text me on 07700 900461 for photos.');
    const card = score('Great team night out yesterday, the bar tab card was 4539 1488 0343 6467.');
    expect(night).toBeGreaterThan(plain);
    expect(phone).toBeGreaterThan(night);
    expect(card).toBeGreaterThan(phone);
    expect(card).toBeGreaterThan(0.9);
    expect(card).toBeLessThanOrEqual(1);
  });

  it('grows with each further detail, and someone else\u2019s news counts more than your own', () => {
    const one = score('Mail me at jo.bloggs@gmail.com');
    const two = score('Mail me at jo.bloggs@gmail.com or text 07700 900461');
    expect(two).toBeGreaterThan(one);
    expect(score('My brother was diagnosed with asthma.')).toBeGreaterThan(score('I was diagnosed with asthma.'));
  });
});
