/**
 * The most posts one `history-import` message carries: the dashboard's import worker sends an archive in
 * batches of this. Its own module so the worker needs nothing that touches extension storage.
 */
export const IMPORT_BATCH = 2000;
