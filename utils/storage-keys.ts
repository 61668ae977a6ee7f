/**
 * Where things are kept in extension storage, named once. Kept apart from the schemas so the content
 * script can tell a settings change from any other storage change without bundling zod.
 */

/** The user's settings (utils/settings.ts), in `storage.local`. */
export const SETTINGS_KEY = 'settings';

/**
 * The post history as `storage.local` held it before it moved to IndexedDB (utils/history-db.ts): read
 * once on an older install, moved by the background, and removed.
 */
export const HISTORY_KEY = 'history';
/** A fresh token after every change of the history, which pages watch to know when to ask for it again. */
export const HISTORY_REVISION_KEY = 'history-revision';
/** The history's options: keep the text (off by default) and retention. */
export const HISTORY_OPTIONS_KEY = 'history-options';
/** The per-install salt the history hashes post texts with, made once. */
export const HISTORY_SALT_KEY = 'history-salt';

/** The house-rule packs the user added, their last good text and load state (utils/house-packs.ts). */
export const HOUSE_PACKS_KEY = 'house-packs';
