import selfFocus from '../../../rules/builtin/self-focus';
import { ruleTester } from '../../support/rule-tester';

const long =
  'We have spent two years building our new scheduling tool. Our team worked hard on it, our designers rebuilt every screen, and we think the launch next week will be the best yet.';

ruleTester(selfFocus, {
  valid: [
    'We did it! Thanks, everyone.',
    'Ever lost an afternoon to rescheduling meetings? Our new tool does it for you, and we would love to hear how you plan your week.',
    // Long enough, but the writer is not the whole story.
    'The library reopens on Monday with longer hours, a new children\u2019s corner and a quiet room upstairs. We moved the local history shelves to the ground floor, next to the caf\u00e9.',
    // Quoted words are someone else's voice; "US" is the country.
    'The mayor said "we will fix our roads, our bridges and our parks" at the US summit, and the council voted on the plan for the harbour, the station and the old market hall this week.',
    'Part I of the series looks at the harbour, the old mill and the lock keepers who worked the canal between the wars, with photographs from the archive and maps of the town.',
  ],
  invalid: [
    { text: long, flags: ['We', 'our', 'Our'], spans: [[0, 2], [33, 36], [58, 61]] },
    {
      text: 'I started my bakery in my kitchen, and I still bake every loaf myself. My mornings start at four and my week ends on Sunday night when I finally sit down with a cup of tea.',
      options: { house: { name: 'test', rules: [], overrides: { 'self-focus': { options: { maxFlags: 1 } } } } },
      flags: ['I'],
    },
    // Emoji before the span: offsets are UTF-16 code units, so each emoji counts two.
    {
      text: `🚀🚀 ${long}`,
      flags: ['We', 'our', 'Our'],
      spans: [[5, 7], [38, 41], [63, 66]],
    },
  ],
});
