import type { PlatformInfo } from './types';

/** Instagram: the caption of a feed post or reel. */
export const instagram: PlatformInfo = {
  id: 'instagram',
  name: 'Instagram',
  // Captions take up to 2,200 characters.
  limit: 2200,
  // A plain web form: JavaScript string length.
  counting: 'utf16',
  // The feed shows about the first 125 characters (roughly two lines) before "more".
  fold: { characters: 125, lines: 2 },
  // Instagram's creators account has advised 3 to 5 relevant hashtags (a post is refused past 30).
  maxHashtags: 5,
  // Our judgement: emoji are part of the house style here, so the most room of any platform.
  maxEmoji: 10,
  site: {
    hosts: ['www.instagram.com'],
    composers: [
      // Comment box under a post: a React-controlled textarea (the label uses a Unicode ellipsis).
      'form textarea[aria-label^="Add a comment"]',
      // The caption field of a new post is a contenteditable textbox.
      'div[role="textbox"][contenteditable="true"][aria-label^="Write a caption"]',
    ],
    // "Post" in the comment form.
    submit: ['form div[role="button"]', 'form button[type="submit"]'],
    // The comment box under a post (its label, "Add a comment…", says so too).
    replies: ['form textarea[aria-label^="Add a comment"]'],
  },
};

