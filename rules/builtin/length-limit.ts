import { z } from 'zod';
import { getPlatform } from '../../platforms/index';
import { countLength, overflowOffset } from '../engine/counting';
import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'length-limit',
    principle: 'channel-fit',
    // The platform refuses the post (or cuts it), so this is the one channel finding that blocks posting.
    defaultSeverity: 'error',
    enabledByDefault: true,
    languageIndependent: true,
    docs: {
      summary: 'Finds the part of a draft that runs past the platform\u2019s length limit, counted the platform\u2019s way.',
      rationale:
        'Each channel has its own limit and its own way of counting: X weighs emoji and CJK double and any link as 23, ' +
        'Bluesky counts what you see as characters, Mastodon counts links as 23. A post that does not fit is refused ' +
        'or cut, so plan the words for the channel.',
      whenNotToUse:
        'Mastodon instances and paid X accounts can allow longer posts: set the `limit` option to your own limit.',
      anyLanguage: 'length as the platform counts it',
    },
    examples: {
      bad: [
        {
          platform: 'x',
          text:
            'We spent the whole spring rebuilding the way our kitchen takes orders, and it taught us a lot. The old ' +
            'paper tickets got lost, the screens we tried next were too slow, and in the end the cooks designed the ' +
            'board themselves with a few magnets and a whiteboard. Orders now reach the pass in half the time.',
        },
        { platform: 'bluesky', text: 'Long thoughts about gardening. '.repeat(11) },
      ],
      good: [
        { platform: 'x', text: 'Our cooks redesigned the order board with magnets and a whiteboard. Orders reach the pass twice as fast. What low-tech fix saved your team?' },
        { platform: 'mastodon', text: `Notes from the meetup: https://example.org/${'notes/'.repeat(100)}` },
        'A long text with no platform is never judged for length. '.repeat(10),
      ],
    },
    messages: {
      tooLong:
        'This post is {count} characters as {platform} counts them, and {platform} takes {limit}. The highlighted part won\u2019t fit: cut about {over} characters, or split it into two posts.',
    },
    options: z.object({
      /** Your own limit where the platform lets some accounts post more (a Mastodon instance, X Premium). */
      limit: z.number().int().positive().optional(),
    }),
  },
  check({ doc, platform, options }) {
    if (!platform) return [];
    const info = getPlatform(platform);
    const limit = options.limit ?? info.limit;
    // Whole-text counting on doc.text: linear, and it must see the whole post, not only the parsed chunks.
    const cut = overflowOffset(doc.text, info.counting, limit, info);
    if (cut === undefined) return [];
    let start = cut;
    while (start < doc.text.length && /\s/.test(doc.text.charAt(start))) start++;
    let end = doc.text.length;
    while (end > start && /\s/.test(doc.text.charAt(end - 1))) end--;
    if (end <= start) return [];
    const count = countLength(doc.text, info.counting, info);
    return [
      {
        start,
        end,
        messageId: 'tooLong',
        data: { count, limit, platform: info.name, over: count - limit },
      },
    ];
  },
});
