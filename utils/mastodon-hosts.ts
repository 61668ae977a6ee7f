/**
 * A Mastodon instance the user adds, as the options page reads it, the message schema checks it and the
 * background asks the browser for it: one pattern and one origin for all three.
 */

/** A bare host name with at least one dot: "fosstodon.org". */
export const INSTANCE_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** The origin the composer script runs on for an instance, and the one permission asked for it. */
export const instanceOrigin = (host: string) => `https://${host}/*`;
