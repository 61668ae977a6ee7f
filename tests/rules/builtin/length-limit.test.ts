import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../rules/engine/analyze';
import lengthLimit from '../../../rules/builtin/length-limit';
import { ruleTester } from '../../support/rule-tester';

const family = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
const longUrl = `https://example.org/${'notes/'.repeat(100)}`;

ruleTester(lengthLimit, {
  valid: [
    // No platform: length is never judged.
    'A long text with no platform. '.repeat(20),
    { text: 'a'.repeat(280), options: { platform: 'x' } },
    // X counts the URL as 23, however long it is.
    { text: `Read the notes: ${longUrl}`, options: { platform: 'x' } },
    // Mastodon too, and its limit is 500.
    { text: `${'b'.repeat(470)} ${longUrl}`, options: { platform: 'mastodon' } },
    // 300 families are 300 graphemes: exactly Bluesky's limit.
    { text: family.repeat(300), options: { platform: 'bluesky' } },
    { text: 'c'.repeat(3000), options: { platform: 'linkedin' } },
    // Trailing spaces past the limit are nothing to cut.
    { text: `${'d'.repeat(280)}   `, options: { platform: 'x' } },
  ],
  invalid: [
    // Emoji weigh 2 on X: 271 + 4 x 2 = 279, so the fifth emoji is the first that does not fit.
    // Emoji before the span: offsets are UTF-16 code units.
    {
      text: `${'a'.repeat(270)} \u{1f389}\u{1f389}\u{1f389}\u{1f389}\u{1f389}\u{1f389}`,
      options: { platform: 'x' },
      flags: ['\u{1f389}\u{1f389}'],
      spans: [[279, 283]],
    },
    // CJK weighs 2 on X: 140 characters fill the post.
    { text: '\u65e5'.repeat(145), options: { platform: 'x' }, flags: ['\u65e5'.repeat(5)], spans: [[140, 145]] },
    // Bluesky counts what people see: ten emoji are ten characters, so 311 in all and the last two words spill.
    {
      text: `${'\u{1f33f}'.repeat(10)} ${'word '.repeat(60)}`,
      options: { platform: 'bluesky' },
      flags: ['word word'],
      spans: [[311, 320]],
    },
    { text: 'e'.repeat(510), options: { platform: 'threads' }, flags: ['e'.repeat(10)] },
    { text: 'f'.repeat(2210), options: { platform: 'instagram' }, flags: ['f'.repeat(10)] },
  ],
});

describe('length-limit details', () => {
  const analyzer = createAnalyzer([lengthLimit]);

  it('says how long the post is, the way the platform counts, and is an error', () => {
    const [finding] = analyzer.analyze('\u65e5'.repeat(145), { platform: 'x' }).findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('290');
    expect(finding?.message).toContain('280');
    expect(finding?.message).toContain('X');
  });

  it('takes a limit option for instances and accounts that allow more', () => {
    const house = { name: 'big instance', rules: [], overrides: { 'length-limit': { options: { limit: 1000 } } } };
    const text = 'g'.repeat(800);
    expect(analyzer.analyze(text, { platform: 'mastodon' }).findings).toHaveLength(1);
    expect(analyzer.analyze(text, { platform: 'mastodon', house }).findings).toHaveLength(0);
  });
});
