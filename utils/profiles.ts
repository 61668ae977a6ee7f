import type { PlatformId } from '../platforms/types';
import { slugify } from '../rules/house/slug';
import { DEFAULT_PROFILE, type Profile, type Settings } from './settings';

/**
 * Profiles: one per brand a person writes for, each with its own rule settings and house pack, each
 * claiming the platforms it is used on. A platform belongs to at most one profile; one no profile claims
 * uses the default profile. Every function here takes settings and returns new settings (or reads them),
 * so the background's handlers and the tests share one set of rules.
 */

/** The longest profile name kept; longer names are cut. */
export const PROFILE_NAME_MAX = 60;
/** How many profiles one browser keeps: far more than brands one person writes for. */
export const PROFILES_MAX = 50;

/** The profile used on every platform no profile claims. */
export function defaultProfile(settings: Settings): Profile {
  return settings.profiles.find((p) => p.id === settings.activeProfile) ?? settings.profiles[0] ?? DEFAULT_PROFILE;
}

/** The profile a composer on this platform writes by: the one claiming the platform, else the default. */
export function profileFor(settings: Settings, platform?: PlatformId): Profile {
  return (platform && settings.profiles.find((p) => p.platforms?.includes(platform))) || defaultProfile(settings);
}

/** The profile with this id, if there is one. */
export function profileById(settings: Settings, id: string): Profile | undefined {
  return settings.profiles.find((p) => p.id === id);
}

/** Settings with one profile changed; an unknown id changes nothing. */
export function withProfile(settings: Settings, id: string, change: (profile: Profile) => Profile): Settings {
  return { ...settings, profiles: settings.profiles.map((p) => (p.id === id ? change(p) : p)) };
}

/**
 * Settings where `profileId` claims the platform, and no other profile does; without a profile id, or with
 * the default's, the platform is left unclaimed and so uses the default. An unknown id changes nothing.
 */
export function withPlatformProfile(settings: Settings, platform: PlatformId, profileId?: string): Settings {
  if (profileId !== undefined && !profileById(settings, profileId)) return settings;
  const claims = profileId !== undefined && profileId !== defaultProfile(settings).id ? profileId : undefined;
  return {
    ...settings,
    profiles: settings.profiles.map((p) => {
      const others = (p.platforms ?? []).filter((id) => id !== platform);
      return withPlatforms(p, p.id === claims ? [...others, platform] : others);
    }),
  };
}

/** A profile name as kept: trimmed, single-spaced, cut to the limit; empty when nothing is left. */
export function cleanProfileName(name: string): string {
  return [...name.replace(/\s+/g, ' ').trim()].slice(0, PROFILE_NAME_MAX).join('').trim();
}

/** Settings with a new, empty profile named `name`, and its id; undefined when the name is empty or the limit is reached. */
export function withNewProfile(settings: Settings, name: string): { settings: Settings; id: string } | undefined {
  const clean = cleanProfileName(name);
  if (!clean || settings.profiles.length >= PROFILES_MAX) return undefined;
  const id = freshId(settings, clean);
  const profile: Profile = { id, name: clean, disabledRules: [], ignoredKeys: [] };
  return { settings: { ...settings, profiles: [...settings.profiles, profile] }, id };
}

/** Settings with a profile renamed; an empty name changes nothing. */
export function withProfileName(settings: Settings, id: string, name: string): Settings {
  const clean = cleanProfileName(name);
  return clean ? withProfile(settings, id, (p) => ({ ...p, name: clean })) : settings;
}

/**
 * Settings without the profile; its platforms go back to the default. The last profile stays (there is
 * always one), and removing the default makes the first remaining profile the default.
 */
export function withoutProfile(settings: Settings, id: string): Settings {
  if (settings.profiles.length <= 1 || !profileById(settings, id)) return settings;
  const profiles = settings.profiles.filter((p) => p.id !== id);
  const activeProfile = settings.activeProfile === id ? profiles[0]!.id : settings.activeProfile;
  return { ...settings, profiles, activeProfile };
}

/** Settings with another default profile; it gives up the platforms it claimed, as the default needs none. */
export function withDefaultProfile(settings: Settings, id: string): Settings {
  if (!profileById(settings, id)) return settings;
  return { ...withProfile(settings, id, (p) => withPlatforms(p, [])), activeProfile: id };
}

function withPlatforms(profile: Profile, platforms: PlatformId[]): Profile {
  if (platforms.length > 0) return { ...profile, platforms };
  const { platforms: _platforms, ...rest } = profile;
  return rest;
}

/** An id from the name ("Acme Bank" -> "acme-bank"), made unique among the profiles. */
function freshId(settings: Settings, name: string): string {
  const base = slugify(name, 'profile');
  const taken = new Set(settings.profiles.map((p) => p.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
