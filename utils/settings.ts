import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';

/**
 * The user's own settings. Stored versioned; anything that fails the schema (a corrupted or hand-edited
 * store) is replaced field by field with defaults rather than crashing the extension.
 */
export const SettingsSchema = z.object({
  /** Rule ids the user turned off ("Turn off this rule"). */
  disabledRules: z._default(z.array(z.string()), []),
  /** Finding keys the user ignored ("Ignore"). */
  ignoredKeys: z._default(z.array(z.string()), []),
  /** Host names where Rapport stays off. */
  disabledSites: z._default(z.array(z.string()), []),
  /** Mastodon instances besides mastodon.social that the user enabled. */
  mastodonInstances: z._default(z.array(z.string()), []),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { disabledRules: [], ignoredKeys: [], disabledSites: [], mastodonInstances: [] };

/** Keeps every valid field of a stored value and replaces the rest with defaults. */
export function parseSettings(value: unknown): Settings {
  const whole = SettingsSchema.safeParse(value);
  if (whole.success) return whole.data;
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = SettingsSchema.shape[key].safeParse(record[key]);
    if (field.success) out[key] = field.data;
  }
  return out;
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await settingsItem.setValue(next);
  return next;
}
