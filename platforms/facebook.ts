import type { PlatformInfo } from './types';

/** Facebook: the "What's on your mind?" composer for profiles, pages and groups. */
export const facebook: PlatformInfo = {
  id: 'facebook',
  name: 'Facebook',
  // 63,206 characters: the long-standing status update limit.
  limit: 63206,
  // A plain web form: JavaScript string length.
  counting: 'utf16',
  // No fold here on purpose: Facebook's "See more" depends on length, line breaks and attached media,
  // too variable to judge from the text alone.
  // Hashtags do little on Facebook; two or three is the usual advice.
  maxHashtags: 3,
  // Our judgement: a chattier feed than LinkedIn, so a little more room.
  maxEmoji: 8,
  site: {
    hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
    composers: [
      // Lexical, in the "Create post" dialog and in comment boxes; class names are obfuscated, these are not.
      'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    ],
    // Buttons are div[role=button] with localised labels; the dialog's submit is the form's last button.
    submit: ['div[role="dialog"] div[role="button"][aria-label="Post"]'],
  },
};

