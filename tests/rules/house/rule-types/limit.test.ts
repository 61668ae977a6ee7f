import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../support/rule-tester';
import { houseRule, problemsOf } from '../helpers';

ruleTester(houseRule({ id: 'two-hashtags', type: 'limit', count: 'hashtags', max: 2, platforms: ['linkedin'] }), {
  valid: [
    { text: 'Launch day #one #two', options: { platform: 'linkedin' } },
    // Scoped to LinkedIn: elsewhere, or without a platform, the rule stays quiet.
    { text: 'Launch day #one #two #three', options: { platform: 'x' } },
    'Launch day #one #two #three',
  ],
  invalid: [{ text: 'Launch day #one #two #three #four', options: { platform: 'linkedin' }, flags: ['#three', '#four'], output: 'Launch day #one #two #four' }],
});

ruleTester(houseRule({ id: 'calm', type: 'limit', count: 'exclamations', max: 1 }), {
  valid: ['Great news! Read on.'],
  invalid: [{ text: 'Great!! News!', flags: ['!', '!'], output: 'Great! News!' }],
});

ruleTester(houseRule({ id: 'short', type: 'limit', count: 'characters', max: 25 }), {
  // Mastodon counts any link as 23 characters.
  valid: ['Short and sweet.', { text: 'https://example.com/a/very/long/path', options: { platform: 'mastodon' } }],
  invalid: [
    { text: 'This sentence is far too long for the house.', flags: ['long for the house.'] },
    { text: 'https://example.com/a/very/long/path', flags: ['y/long/path'] },
    // X counts an emoji as two.
    { text: '😀😀😀😀😀😀😀😀😀😀😀😀 ok', options: { platform: 'x' }, flags: ['ok'] },
  ],
});

ruleTester(houseRule({ id: 'one-link', type: 'limit', count: 'links', min: 1, max: 1 }), {
  valid: ['Read it: https://example.com/post'],
  invalid: [
    { text: 'No link in this post at all.', flags: ['No link in this post at all.'] },
    { text: 'Two: https://a.example.com and https://b.example.com', flags: ['https://b.example.com'] },
  ],
});

ruleTester(houseRule({ id: 'commas', type: 'limit', count: { pattern: ',' }, max: 2, per: 'sentence' }), {
  valid: ['One, two, three. Four, five, six.'],
  invalid: [{ text: 'One, two, three, four, five. Fine.', flags: [','], spans: [[15, 16]] }],
});

ruleTester(houseRule({ id: 'few-sentences', type: 'limit', count: 'sentences', max: 2 }), {
  valid: ['One. Two.'],
  invalid: [{ text: 'One. Two. Three. Four.', flags: ['Three. Four.'] }],
});

ruleTester(houseRule({ id: 'tag-it', type: 'limit', count: 'hashtags', min: 1 }), {
  valid: ['We are hiring #jobs'],
  invalid: [{ text: 'We are hiring. Apply today.', flags: ['We are hiring.'] }],
});

ruleTester(houseRule({ id: 'emoji', type: 'limit', count: 'emoji', max: 1 }), {
  valid: ['Done 🎉'],
  invalid: [{ text: 'Done 🎉 and 🚀', flags: ['🚀'] }],
});

ruleTester(houseRule({ id: 'words-per-paragraph', type: 'limit', count: 'words', max: 3, per: 'paragraph' }), {
  valid: ['One two three.\n\nFour five six.'],
  invalid: [{ text: 'One two three four.\n\nFive.', flags: ['four.'] }],
});

describe('limit problems', () => {
  it('wants a whole number and a bound', () => {
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'limit', count: 'hashtags', max: 'two' }] })).toEqual(['rules[0].max: expected a whole number, got "two"']);
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'limit', count: 'hashtags', max: 1.5 }] })).toEqual(['rules[0].max: expected a whole number, got 1.5']);
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'limit', count: 'hashtag', max: 1 }] })[0]).toMatch(/^rules\[0\]\.count: expected .*got "hashtag" \(did you mean "hashtags"\?\)$/);
    expect(problemsOf({ name: 'p', rules: [{ id: 'a', type: 'limit', count: 'links', min: 3, max: 1 }] })).toEqual(['rules[0].min: is above max (3 > 1)']);
  });
});
