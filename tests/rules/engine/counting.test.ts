import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../platforms/index';
import {
  countCodePoints,
  countForPlatform,
  countGraphemes,
  countLength,
  findEmoji,
  findHashtags,
  findMentions,
  overflowOffset,
} from '../../../rules/engine/counting';

const family = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}'; // 👨‍👩‍👧
const wave = '\u{1f44b}\u{1f3fd}'; // 👋🏽
const flag = '\u{1f1ec}\u{1f1e7}'; // 🇬🇧
const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('countLength on X (weighted, twitter-text)', () => {
  it('counts any URL as 23', () => {
    expect(countLength('https://example.com/a/very/long/path/that/keeps/going/and/going/on', 'x-weighted')).toBe(23);
    expect(countLength('see https://example.com', 'x-weighted')).toBe(4 + 23);
  });
  it('counts CJK characters and emoji as 2', () => {
    expect(countLength('\u65e5\u672c', 'x-weighted')).toBe(4);
    expect(countLength('\u{1f600}', 'x-weighted')).toBe(2);
    expect(countLength(family, 'x-weighted')).toBe(2);
    expect(countLength('hello', 'x-weighted')).toBe(5);
  });
});

describe('countLength by graphemes, code points and UTF-16', () => {
  it('counts a family emoji as 1 grapheme, 5 code points, 8 UTF-16 units', () => {
    expect(countLength(family, 'graphemes')).toBe(1);
    expect(countLength(family, 'code-points')).toBe(5);
    expect(countLength(family, 'utf16')).toBe(8);
  });
  it('counts skin tones, flags, keycaps and accents as one grapheme each', () => {
    expect(countGraphemes(`${wave}${flag}1\ufe0f\u20e3e\u0301`)).toBe(4);
    expect(countGraphemes('caf\u00e9 \u00e0 la carte')).toBe(15);
    expect(countGraphemes('a\r\nb')).toBe(3);
  });
  it('agrees with Intl.Segmenter on mixed text', () => {
    const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const texts = [
      `Hi ${family} and ${wave}! ${flag}${flag} \u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}`,
      '\ud55c\uad6d\uc5b4 \u1100\u1161\u11a8 \u0928\u092e\u0938\u094d\u0924\u0947 \u0645\u0631\u062d\u0628\u0627',
      '\u2764\ufe0f\u200d\u{1f525} and \u{1f9d1}\u{1f3fd}\u200d\u{1f4bb}x \u00a9\ufe0f 2024',
      `${'plain ascii words '.repeat(50)}${wave}`,
    ];
    for (const text of texts) {
      let n = 0;
      for (const _ of seg.segment(text)) n++;
      expect(countGraphemes(text), text).toBe(n);
    }
  });
  it('counts code points without splitting surrogate pairs', () => {
    expect(countCodePoints('ab\u{1f600}')).toBe(3);
    expect(countCodePoints('\ud800x')).toBe(2); // a lone surrogate is one code point
  });
});

describe('Mastodon counting', () => {
  it('counts any link as 23 and a remote mention as its @name part', () => {
    const url = `https://example.org/${'path/'.repeat(40)}`;
    const mastodon = PLATFORMS.mastodon;
    expect(countForPlatform(url, mastodon)).toBe(23);
    expect(countForPlatform(`hi ${url}`, mastodon)).toBe(3 + 23);
    expect(countForPlatform('@anna@social.example.org hello', mastodon)).toBe('@anna hello'.length);
    expect(countForPlatform(`${family} ok`, mastodon)).toBe(4);
  });
});

describe('overflowOffset', () => {
  it('cuts graphemes where the segmenter would, on generated text of emoji, accents, jamo and line ends', () => {
    const pieces = ['a', 'bc', ' ', '\r\n', 'e\u0301', '\u{1f600}', '\u{1f44d}\u{1f3fd}', '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}', '\u{1f1eb}\u{1f1f7}', '\u1100\u1161', '\u{1d11e}', '.'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)]!;
      const boundaries = [...segmenter.segment(text)].map((s) => s.index);
      const total = countGraphemes(text);
      expect(total, text).toBe(boundaries.length);
      for (let budget = 0; budget < total; budget++) {
        expect(overflowOffset(text, 'graphemes', budget), `${JSON.stringify(text)} at ${budget}`).toBe(boundaries[budget]);
      }
      expect(overflowOffset(text, 'graphemes', total)).toBeUndefined();
    }
  });

  it('is undefined when the text fits', () => {
    expect(overflowOffset('short', 'utf16', 10)).toBeUndefined();
    expect(overflowOffset('a'.repeat(280), 'x-weighted', 280)).toBeUndefined();
  });
  it('finds the first character past the limit, counted the platform way', () => {
    expect(overflowOffset('a'.repeat(305), 'graphemes', 300)).toBe(300);
    // 150 emoji weigh 300 on X: the 141st emoji (UTF-16 index 280) is the first past 280.
    expect(overflowOffset('\u{1f600}'.repeat(150), 'x-weighted', 280)).toBe(280);
    expect(overflowOffset(`${family.repeat(301)}`, 'graphemes', 300)).toBe(300 * family.length);
  });
  it('never cuts a surrogate pair or a fixed-length link', () => {
    expect(overflowOffset('ab\u{1f600}cd', 'utf16', 3)).toBe(2);
    expect(overflowOffset('ab\u{1f600}cd', 'code-points', 3)).toBe(4);
    const text = `${'a'.repeat(480)} https://example.org/long/link/here`;
    expect(overflowOffset(text, 'graphemes', 500, { linkLength: 23 })).toBe(481);
    expect(overflowOffset(text, 'graphemes', 504, { linkLength: 23 })).toBeUndefined();
  });
});

describe('hashtags, mentions and emoji', () => {
  it('finds hashtags with a letter, not C#, #1, URL fragments or HTML entities', () => {
    const text = 'Learning C# is #1 on my list #coding #2024goals https://x.com/#frag &#39; #\ufe0f\u20e3 \uff03\u65e5\u672c';
    expect(slices(text, findHashtags(text))).toEqual(['#coding', '#2024goals', '\uff03\u65e5\u672c']);
  });
  it('finds handles of every shape, not e-mail addresses or times', () => {
    const text = 'Thanks @alice, @bob.bsky.social. and @carol@mastodon.social! Mail jane@example.com @5pm @10';
    expect(slices(text, findMentions(text))).toEqual(['@alice', '@bob.bsky.social', '@carol@mastodon.social']);
  });
  it('finds each emoji as people see it, not \u00a9 or \u2122 in text', () => {
    const text = `I \u2764\ufe0f it ${wave} ${flag} \u00a9 2024 \u2122 1\ufe0f\u20e3 ${family} done`;
    expect(slices(text, findEmoji(text))).toEqual(['\u2764\ufe0f', wave, flag, '1\ufe0f\u20e3', family]);
    expect(findEmoji('plain text, no emoji at all')).toEqual([]);
  });
});
