import type { PlatformInfo } from './types';

/** Bluesky: the composer of bsky.app. */
export const bluesky: PlatformInfo = {
  id: 'bluesky',
  name: 'Bluesky',
  // 300 per post (the app's MAX_GRAPHEME_LENGTH).
  limit: 300,
  // Grapheme clusters (UAX #29), as the app's counter does: a family emoji or a flag is 1. A URL turned
  // into a link card does not count, which we cannot see from the text, so links are counted as typed.
  counting: 'graphemes',
  // No fold: posts this short show whole.
  // No platform cap; hashtags work for feeds and search, and three is plenty in 300 characters.
  maxHashtags: 3,
  // Our judgement, as for other short-form feeds.
  maxEmoji: 5,
  site: {
    hosts: ['bsky.app'],
    composers: [
      // TipTap (ProseMirror) in the composer dialog; the aria label is not localised.
      '.ProseMirror[contenteditable="true"]',
      'div[role="textbox"][aria-label="Rich-Text Editor"]',
    ],
    submit: ['button[data-testid="composerPublishBtn"]'],
    // Bluesky's composer publishes on Ctrl/Cmd+Enter (social-app's composer keyboard handler).
    submitShortcut: true,
  },
};

