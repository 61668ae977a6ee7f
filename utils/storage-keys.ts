/**
 * Where things are kept in extension storage, named once. Kept apart from the schemas so the content
 * script can tell a settings change from any other storage change without bundling zod.
 */

/** The user's settings (utils/settings.ts), in `storage.local`. */
export const SETTINGS_KEY = 'settings';
