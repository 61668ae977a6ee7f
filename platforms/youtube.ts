import type { PlatformInfo } from './types';

/** YouTube: the comment box under a video. */
export const youtube: PlatformInfo = {
  id: 'youtube',
  name: 'YouTube',
  // A comment takes up to 10,000 characters.
  limit: 10000,
  // A plain web form: JavaScript string length.
  counting: 'utf16',
  // No fold recorded: comments collapse behind "Read more" by lines, which depends on the viewer's width.
  // Hashtags in a comment link to search but do not help it be seen; a few at most.
  maxHashtags: 3,
  // Our judgement, as for other conversational feeds.
  maxEmoji: 6,
  site: {
    hosts: ['www.youtube.com', 'm.youtube.com'],
    composers: [
      // Comments and replies: plain contenteditable, mounted only after #placeholder-area is clicked.
      'ytd-commentbox #contenteditable-root[contenteditable="true"]',
    ],
    submit: ['ytd-commentbox #submit-button'],
    // Every composer on a watch page is a comment or a reply to one.
    replies: ['ytd-commentbox'],
  },
};

