import type { PlatformInfo } from './types';

/** Threads (Meta): the post composer on threads.net / threads.com. */
export const threads: PlatformInfo = {
  id: 'threads',
  name: 'Threads',
  // 500 characters per post.
  limit: 500,
  // Counted per Unicode code point (an emoji made of one code point counts 1).
  counting: 'code-points',
  // No fold: posts this short show whole.
  // Threads links only one topic tag per post (since the December 2023 roll-out); the rest are plain text.
  maxHashtags: 1,
  // Our judgement, as for other short-form feeds.
  maxEmoji: 5,
  site: {
    // threads.net redirects to threads.com; both are matched.
    hosts: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
    composers: [
      // Lexical in the new-thread dialog, "Add to thread" items and the reply box.
      'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    ],
    submit: ['div[role="dialog"] div[role="button"]'],
  },
};

