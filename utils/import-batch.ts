/**
 * The most posts one `history-import` message carries: the dashboard's import worker sends an archive in
 * batches of this. Its own module so the worker needs nothing that touches extension storage.
 */
export const IMPORT_BATCH = 2000;

/**
 * A batch is also sent early once its posts' texts reach this many characters (an archive of long posts
 * whose texts the user keeps), so the message stays far below the 64 MiB Chromium allows one (measured as
 * its JSON text).
 */
export const IMPORT_BATCH_CHARS = 8_000_000;
