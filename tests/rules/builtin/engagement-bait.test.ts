import engagementBait from '../../../rules/builtin/engagement-bait';
import { ruleTester } from '../../support/rule-tester';

ruleTester(engagementBait, {
  valid: [
    'Loved the talk on accessible forms today. What would you add to the checklist?',
    'I like this post a lot, thanks for writing it.',
    'We just passed 10k followers. Thank you for the questions and the ideas along the way.',
    'People like it when you answer their questions quickly.',
    'Would you share how you set up your review process? I am trying to learn from other teams.',
    'So close to the summit now, we hit the last ridge at noon.',
    'How to get more followers is the wrong question; ask what your readers need.',
  ],
  invalid: [
    { text: 'Like and share if you agree!', flags: ['Like and share if'] },
    { text: 'Follow for follow, I always follow back', flags: ['Follow for follow', 'follow back'] },
    { text: 'Tag 3 friends who need this and RT to win a hoodie', flags: ['Tag 3 friends', 'RT to win'] },
    { text: 'f4f anyone? sub4sub too', flags: ['f4f', 'sub4sub'] },
    { text: 'Subscribe to me and I will subscribe back', flags: ['I will subscribe back'] },
    { text: 'Help me reach 1,000 subscribers by Christmas', flags: ['Help me reach 1,000 subscribers'] },
    { text: 'If this comment gets 100 likes I will dye my hair', flags: ['If this comment gets 100 likes'] },
    { text: 'Thumbs up if you are here in 2025', flags: ['Thumbs up if'] },
    { text: '500 followers and I will post the full recipe', flags: ['500 followers and I will'] },
    { text: 'Get 1000 views free with this one app', flags: ['Get 1000 views free'] },
    // A sentence that is only bait can go; the fix removes it and the space after it.
    {
      text: 'New recipe on the blog today. Like and subscribe! It takes ten minutes.',
      flags: ['Like and subscribe'],
      output: 'New recipe on the blog today. It takes ten minutes.',
    },
    {
      text: 'Our autumn menu is here. Please like this post.',
      flags: ['Please like this post'],
      output: 'Our autumn menu is here.',
    },
    // Emoji before the span: offsets are UTF-16 code units, so each emoji counts two.
    { text: '🙏🙏 please like my comment', flags: ['please like my comment'], spans: [[5, 27]] },
  ],
});
