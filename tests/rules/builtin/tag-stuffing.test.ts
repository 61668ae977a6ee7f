import tagStuffing from '../../../rules/builtin/tag-stuffing';
import { ruleTester } from '../../support/rule-tester';

ruleTester(tagStuffing, {
  valid: [
    'Great talk from @anna_k on pricing today. What would you ask her?',
    '@anna_k @bensmith what did you make of the keynote?',
    // Credit gets more room.
    'Thank you @anna_k, @bensmith, @carla, @dev_dan and @ella for a week of careful reviews on the new docs.',
    // E-mail addresses and times are not mentions.
    'Write to a@b.co or c@d.co, e@f.co, g@h.co, i@j.co, we meet @5pm',
    // A Mastodon reply opens with everyone in the thread.
    {
      text: '@anna@social.example @ben@social.example @carla@mas.to @dan@mas.to @ella@mas.to good point, the docs need it.',
      options: { platform: 'mastodon' },
    },
  ],
  invalid: [
    {
      text: 'New blog post on pricing is live! @anna_k @bensmith @carla.designs @dev_dan @ella @frankly_fred',
      flags: ['@dev_dan', '@ella', '@frankly_fred'],
      output: 'New blog post on pricing is live! @anna_k @bensmith @carla.designs @ella @frankly_fred',
    },
    // Mostly tags.
    { text: '@growthguru @marketingmaven @seoqueen @adsking check this', flags: ['@adsking'], output: '@growthguru @marketingmaven @seoqueen check this' },
    // Emoji before the span: offsets are UTF-16 code units.
    {
      text: '\u{1f525} Sale @a1 @b2 @c3 @d4 @e5',
      flags: ['@d4', '@e5'],
      spans: [[20, 23], [24, 27]],
    },
    // Not a reply: on Mastodon, tags after the text still count.
    {
      text: 'Our launch is today! @a@x.social @b@x.social @c@x.social @d@x.social @e@x.social',
      options: { platform: 'mastodon' },
      flags: ['@d@x.social', '@e@x.social'],
    },
  ],
});
