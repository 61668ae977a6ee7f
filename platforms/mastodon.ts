import type { PlatformInfo } from './types';

/** Mastodon: the web composer of any instance. */
export const mastodon: PlatformInfo = {
  id: 'mastodon',
  name: 'Mastodon',
  // 500 is the default; each instance may set its own (some allow thousands). The length-limit rule takes
  // a `limit` option for people on such instances.
  limit: 500,
  // The server's StatusLengthValidator counts grapheme clusters (`each_grapheme_cluster.size`), so a
  // flag or a family emoji is 1. (Counting code points would be stricter and reject posts it accepts.)
  counting: 'graphemes',
  // Any http(s) URL counts as 23 characters whatever its length (the validator's URL_PLACEHOLDER;
  // docs.joinmastodon.org/user/posting) ...
  linkLength: 23,
  // ... and a remote mention `@name@instance` counts only as `@name`.
  shortRemoteMentions: true,
  // No fold: long posts show whole unless the writer adds a content warning.
  // No algorithm, so hashtags are how posts are found; the culture accepts a few more than elsewhere.
  maxHashtags: 5,
  // Screen readers read every emoji name aloud, and the community is mindful of it.
  maxEmoji: 5,
  site: {
    // Other instances are added by the user (optional host permissions granted in the options page).
    hosts: ['mastodon.social'],
    composers: [
      // The compose form's textarea (react-textarea-autosize), in the column and the modal alike.
      'textarea.autosuggest-textarea__textarea',
    ],
    submit: ['.compose-form__publish button[type="submit"]', '.compose-form__submit button'],
    // Mastodon's compose form submits on Ctrl/Cmd+Enter (autosuggest_textarea's key handler).
    submitShortcut: true,
  },
};

