import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { PLATFORM_IDS } from '../platforms/types';
import { findingKey } from '../rules/engine/types';
import { SETTINGS_KEY } from './storage-keys';

/**
 * The user's own settings, in one versioned storage item. The rule settings (turned-off rules, ignored
 * findings) and the house pack belong to a profile: one per brand a person writes for, each claiming the
 * platforms it is used on (utils/profiles.ts says which profile a composer writes by). Where Rapport runs
 * (sites, Mastodon instances) is the browser's, whatever the profile.
 *
 * Anything that fails the schema (a corrupted or hand-edited store) is replaced field by field with
 * defaults rather than crashing the extension. A new version of the shape is a new `version` and one
 * entry in `migrations`, from the version before.
 */

export const DEFAULT_PROFILE_ID = 'default';

const strings = () => z._default(z.array(z.string()), []);

export const ProfileSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  /** Rule ids the user turned off ("Turn off this rule"). */
  disabledRules: strings(),
  /** Finding keys the user ignored ("Ignore"). */
  ignoredKeys: strings(),
  /**
   * The house-rule pack this profile writes by (an entry of utils/house-packs.ts), none when absent. Optional,
   * so every stored version-2 value already has this shape: no migration.
   */
  housePack: z.optional(z.string()),
  /**
   * The platforms this profile is used on; a platform no profile claims uses the default profile. Optional,
   * for the same reason as `housePack`.
   */
  platforms: z.optional(z.array(z.enum(PLATFORM_IDS))),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const DEFAULT_PROFILE: Profile = { id: DEFAULT_PROFILE_ID, name: 'Default', disabledRules: [], ignoredKeys: [] };

export const APPEARANCES = ['system', 'light', 'dark'] as const;
export type Appearance = (typeof APPEARANCES)[number];

export const SettingsSchema = z.object({
  /**
   * The default profile: the one used on every platform no profile claims, and the one new settings pages
   * open on. Stored under its first name, from when there was one profile in use everywhere.
   */
  activeProfile: z._default(z.string(), DEFAULT_PROFILE_ID),
  profiles: z.array(ProfileSchema).check(z.minLength(1)),
  /** Host names where Rapport stays off. */
  disabledSites: strings(),
  /** Mastodon instances besides mastodon.social that the user enabled. */
  mastodonInstances: strings(),
  /** The extension's pages and in-page cards: the browser's theme (`system`), or always light or dark. */
  appearance: z._default(z.enum(APPEARANCES), 'system'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  activeProfile: DEFAULT_PROFILE_ID,
  profiles: [DEFAULT_PROFILE],
  disabledSites: [],
  mastodonInstances: [],
  appearance: 'system',
};

/** Version 1, flat, before profiles: kept only to migrate from. */
const SettingsV1Schema = z.object({
  disabledRules: strings(),
  ignoredKeys: strings(),
  disabledSites: strings(),
  mastodonInstances: strings(),
});
const DEFAULT_V1: z.infer<typeof SettingsV1Schema> = { disabledRules: [], ignoredKeys: [], disabledSites: [], mastodonInstances: [] };

/** The current version of the stored shape. */
export const SETTINGS_VERSION = 2;

/** Each entry takes the stored value of the version before and returns this version's shape. */
export const SETTINGS_MIGRATIONS: Record<number, (stored: unknown) => unknown> = {
  /** Into the default profile; ignore keys from "rule:words" to the contract's `findingKey`. */
  2: (stored) => {
    const v1 = fieldByField(SettingsV1Schema, stored, DEFAULT_V1);
    const profile = { ...DEFAULT_PROFILE, disabledRules: v1.disabledRules, ignoredKeys: v1.ignoredKeys.map(keyFromV1) };
    return { activeProfile: DEFAULT_PROFILE_ID, profiles: [profile], disabledSites: v1.disabledSites, mastodonInstances: v1.mastodonInstances };
  },
};

/** Version 1 keys were "rule-id:flagged words" (built-in rule ids hold no colon). */
function keyFromV1(key: string): string {
  const at = key.indexOf(':');
  return at === -1 ? key : findingKey(key.slice(0, at), key.slice(at + 1));
}

/** Keeps every valid field of a stored value, each profile's too, and replaces the rest with defaults. */
export function parseSettings(value: unknown): Settings {
  const whole = SettingsSchema.safeParse(value);
  if (whole.success) return whole.data;
  const settings = fieldByField(SettingsSchema, value, DEFAULT_SETTINGS);
  const profiles = parseProfiles(asRecord(value).profiles);
  const known = profiles.some((p) => p.id === settings.activeProfile);
  return { ...settings, profiles, activeProfile: known ? settings.activeProfile : profiles[0]!.id };
}

/** The valid profiles, each repaired field by field; one without an id cannot be told apart and is dropped. */
function parseProfiles(value: unknown): Profile[] {
  const seen = new Set<string>();
  const profiles: Profile[] = [];
  for (const entry of Array.isArray(value) ? value : []) {
    const record = asRecord(entry);
    const id = ProfileSchema.shape.id.safeParse(record.id);
    if (!id.success || seen.has(id.data)) continue;
    seen.add(id.data);
    profiles.push({ ...fieldByField(ProfileSchema, entry, { ...DEFAULT_PROFILE, name: id.data }), id: id.data });
  }
  return profiles.length ? profiles : [DEFAULT_PROFILE];
}

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
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

type Shape = Record<string, z.ZodMiniType>;

/** An object's valid fields kept one by one, the rest from `fallback`. */
function fieldByField<S extends Shape, T extends object>(schema: z.ZodMiniObject<S>, value: unknown, fallback: T): T {
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data as T;
  const record = asRecord(value);
  const out: Record<string, unknown> = { ...(fallback as Record<string, unknown>) };
  for (const key of Object.keys(schema.shape)) {
    const field = schema.shape[key]!.safeParse(record[key]);
    if (field.success) out[key] = field.data;
  }
  return out as T;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
