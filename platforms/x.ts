import type { PlatformInfo } from './types';

/** X (formerly Twitter): the post composer on x.com. */
export const x: PlatformInfo = {
  id: 'x',
  name: 'X',
  // 280 for a standard account (Premium accounts may post up to 25,000; we coach for the common case).
  limit: 280,
  // X's weighted count as twitter-text computes it: most CJK characters and every emoji count 2, any URL
  // counts 23 however long it is (twitter-text config v3, developer.x.com "Counting characters").
  counting: 'x-weighted',
  // No fold: a standard post is short enough to show whole in the timeline.
  // X's own guidance has long been "no more than two hashtags per post".
  maxHashtags: 2,
  // Our judgement, not a platform rule: past five, emoji in a 280-character post crowd out the words.
  maxEmoji: 5,
  site: {
    hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
    composers: [
      // The Draft.js editor itself carries the test id on desktop: home box, /compose/post modal, replies.
      '[data-testid^="tweetTextarea_"]',
      // The narrow (mobile web) layout puts a textarea inside the same test-id wrapper.
      '[data-testid^="tweetTextarea_"] textarea',
    ],
    // "Post" in the modal, and the inline button of the home timeline and reply boxes.
    submit: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
    // X posts on Ctrl/Cmd+Enter in the home box, the modal and reply boxes.
    submitShortcut: true,
  },
};

