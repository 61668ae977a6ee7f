import type { PlatformInfo } from './types';

/** LinkedIn: the "Start a post" share box. */
export const linkedin: PlatformInfo = {
  id: 'linkedin',
  name: 'LinkedIn',
  // The share box accepts 3,000 characters (LinkedIn Help, "character limits" for posts).
  limit: 3000,
  // The share box counts JavaScript string length, as plain web forms do: an emoji counts 2.
  counting: 'utf16',
  // The desktop feed shows about three lines, some 210 characters, then "…see more"; mobile shows less.
  fold: { characters: 210, lines: 3 },
  // LinkedIn has advised three or so hashtags; a wall of them reads as reach-seeking.
  maxHashtags: 3,
  // Our judgement: a professional feed tolerates a few emoji, not a row of them.
  maxEmoji: 5,
  site: {
    hosts: ['www.linkedin.com'],
    composers: [
      // The share box ("Start a post") is Quill inside this container.
      '.share-creation-state__text-editor .ql-editor',
      // Comment boxes under posts, also Quill.
      '.comments-comment-texteditor .ql-editor',
      // Newer share-box variants without Quill.
      '.editor-content [contenteditable="true"]',
    ],
    // The share box's "Post" and the comment box's submit.
    submit: ['.share-actions__primary-action', '.comments-comment-box__submit-button'],
    // The comment box under a post.
    replies: ['.comments-comment-box'],
  },
};

