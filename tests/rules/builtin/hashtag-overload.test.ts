import hashtagOverload from '../../../rules/builtin/hashtag-overload';
import { ruleTester } from '../../support/rule-tester';

ruleTester(hashtagOverload, {
  valid: [
    'New sourdough recipe on the blog today. #baking #bread',
    // Five is fine without a platform.
    'Spring is here #garden #flowers #tulips #spring #nature',
    { text: 'New recipe today #baking #bread', options: { platform: 'x' } },
    { text: 'Finally finished the quilt! #Quilting #Crafts #MastoArt #Textiles #Sewing', options: { platform: 'mastodon' } },
    // Not hashtags: numbers, C#, a URL fragment, an HTML entity.
    { text: 'We are #1 again! Learning C# and reading https://example.com/#intro &#39;', options: { platform: 'threads' } },
  ],
  invalid: [
    {
      text: 'New recipe on the blog today #baking #bread #sourdough #homemade',
      options: { platform: 'x' },
      flags: ['#sourdough', '#homemade'],
      output: 'New recipe on the blog today #baking #bread #homemade',
    },
    // Threads links one topic per post.
    { text: 'Thoughts on #design and #typography', options: { platform: 'threads' }, flags: ['#typography'], output: 'Thoughts on #design and' },
    {
      text: 'Spring is here #garden #gardening #flowers #tulips #spring #nature #growyourown',
      flags: ['#nature', '#growyourown'],
    },
    // Emoji before the span: offsets are UTF-16 code units.
    {
      text: '\u{1f338}\u{1f338} #spring #garden #bloom',
      options: { platform: 'x' },
      flags: ['#bloom'],
      spans: [[21, 27]],
      output: '\u{1f338}\u{1f338} #spring #garden',
    },
  ],
});
