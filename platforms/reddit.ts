import type { PlatformInfo } from './types';

/** Reddit: the body of a text post (comments share the limit). */
export const reddit: PlatformInfo = {
  id: 'reddit',
  name: 'Reddit',
  // A text post's body takes up to 40,000 characters (titles are a separate 300).
  limit: 40000,
  // A plain web form: JavaScript string length.
  counting: 'utf16',
  // No fold in the post view.
  // Hashtags do nothing on Reddit; one is tolerated, more mark the post as pasted from elsewhere.
  maxHashtags: 1,
  // Our judgement: Reddit's culture is text-first and wary of emoji-heavy marketing copy.
  maxEmoji: 3,
  site: {
    hosts: ['www.reddit.com', 'old.reddit.com', 'new.reddit.com', 'sh.reddit.com'],
    composers: [
      // New Reddit: the Lexical-style rich-text editor is a light-DOM child of <shreddit-composer>.
      'shreddit-composer div[role="textbox"][contenteditable="true"]',
      // New Reddit's Markdown mode.
      'shreddit-composer textarea',
      // Old Reddit: comment and self-post boxes.
      '.usertext-edit textarea[name="text"]',
    ],
    submit: ['button[slot="submit-button"]', '.usertext-edit button[type="submit"]'],
    // Comment boxes: old Reddit's comment area and new Reddit's comment composer.
    replies: ['.commentarea', 'comment-composer-host'],
  },
};

