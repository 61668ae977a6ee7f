import missingInvitation from '../../../rules/builtin/missing-invitation';
import { ruleTester } from '../../support/rule-tester';

ruleTester(missingInvitation, {
  valid: [
    "Here's how we halved our build times: cached dependencies and four parallel test jobs. Happy to share the config.",
    'Our spring menu is out: https://example.com/menu Which dish should we make a staple?',
    'New guide to repotting is up: https://example.com/repot Let us know how yours go.',
    '@sam_reads here you go: https://example.com/guide',
    'Lovely morning at the allotment, the beans are finally up.',
    // Advice in the imperative is the post's value; it sends no one away.
    'If your sourdough is too dense, try a longer bulk ferment before you shape it. Most dense loaves are under-proofed.',
    'Cycling tip for the wet season: drop your tyre pressure by about 10 psi. More grip, fewer slips.',
    // A reply answering a question with a link is a conversation, even when the link is most of it.
    '@sam here is the guide you asked about: https://example.com/guide',
    'Thank you to everyone who came out for the beach clean, you were brilliant! https://example.com/photos',
    // A quoted share: the link belongs to the post being passed on.
    'Lovely work! RT @lee_p Planting day at the park https://example.com/p',
  ],
  invalid: [
    // A label and a link and nothing else: the card covers the whole post.
    { text: 'New post: https://example.com/blog/x', flags: ['New post: https://example.com/blog/x'] },
    // Without a link, a verb that sends people elsewhere is still a request.
    { text: 'Watch the full interview on our channel tonight.', flags: ['Watch the full'] },
    { text: 'Read more: https://example.com/a ', flags: ['Read more: https://example.com/a'], output: 'Read more: https://example.com/a What do you think? ' },
    { text: 'https://example.com/a', flags: ['https://example.com/a'] },
    // A sentence of why it matters is no bare drop: only the missing question is left to say.
    {
      text: 'This guide saved me a week of setup, worth ten minutes if you are moving to Postgres: https://example.com/g',
      flags: ['https://example.com/g'],
    },
    {
      text: 'Check out our new spring menu: https://example.com/menu',
      flags: ['Check out our new spring'],
      output: 'Check out our new spring menu: https://example.com/menu What do you think?',
    },
    {
      text: 'The repotting guide is up on the blog. Read more here: https://example.com/repot',
      flags: ['Read more'],
    },
    {
      text: 'Ten years of the village fun run, in pictures https://example.com/run',
      flags: ['https://example.com/run'],
      output: 'Ten years of the village fun run, in pictures https://example.com/run What do you think?',
    },
    {
      text: 'Sign up for the winter workshops',
      flags: ['Sign up'],
      output: 'Sign up for the winter workshops. What do you think?',
    },
    // Emoji before the span: offsets are UTF-16 code units, so each emoji counts two.
    { text: '🌱🌱 Download the planting calendar', flags: ['Download the planting'], spans: [[5, 26]] },
  ],
});
