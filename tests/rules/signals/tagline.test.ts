import { describe, expect, it } from 'vitest';
import { isBrandTagline, taglineSpan } from '../../../rules/signals/tagline';

describe('taglineSpan', () => {
  it('spans a post that is only a slogan, without leading or trailing space', () => {
    expect(taglineSpan('  Brightwater. Clean water, everywhere. ')).toEqual({ start: 2, end: 39 });
  });

  it('takes a longer slogan after a brand name, and short fragments without one', () => {
    expect(taglineSpan('Northwind Outdoor. Made for the long way round.')).toBeDefined();
    expect(taglineSpan('Fresh bread. Every morning.')).toBeDefined();
  });

  it('leaves sentences, people and questions alone', () => {
    expect(taglineSpan('Long day at the studio. Made it home for the long way round.')).toBeUndefined(); // a verb, no name
    expect(taglineSpan('Great game tonight. Well played, everyone!')).toBeUndefined();
    expect(taglineSpan('Our bakery. Fresh bread every morning.')).toBeUndefined();
    expect(taglineSpan('Northwind Outdoor. Where do you walk this weekend?')).toBeUndefined();
    expect(taglineSpan('Reminder: doors open at 7.')).toBeUndefined();
    expect(taglineSpan('Lovely.')).toBeUndefined();
  });
});

describe('isBrandTagline', () => {
  it('is true when the slogan names its brand or carries a trademark sign', () => {
    expect(isBrandTagline('Brightwater. Clean water, everywhere.')).toBe(true);
    expect(isBrandTagline('Northwind Outdoor. Made for the long way round.')).toBe(true);
    expect(isBrandTagline('Acme Corp: innovation that matters.')).toBe(true);
    expect(isBrandTagline('Smarter banking for a brighter tomorrow\u2122')).toBe(true);
  });

  it('reads a "you" inside the slogan\u2019s phrase as the slogan\u2019s, and a "you" spoken to someone as a person', () => {
    expect(isBrandTagline('Lumen Labs: analytics you can trust.')).toBe(true);
    expect(isBrandTagline('Fernleaf Coffee. Mornings you\u2019ll love.')).toBe(true);
    expect(isBrandTagline('Sarah: thank you so much.')).toBe(false);
    expect(isBrandTagline('Sarah: you can do it.')).toBe(false);
    expect(isBrandTagline('Acme: software you can trust?')).toBe(false);
  });

  it('is false for fragments that could be anyone\u2019s', () => {
    expect(isBrandTagline('Fresh bread. Every morning.')).toBe(false);
    expect(isBrandTagline('Long day. Bed now.')).toBe(false);
    expect(isBrandTagline('Happy Friday. Coffee first.')).toBe(false);
    expect(isBrandTagline('Good Morning. Sunny and warm.')).toBe(false);
    expect(isBrandTagline('Rainy Monday. Coffee first, emails later.')).toBe(false);
  });
});
