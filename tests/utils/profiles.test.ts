import { describe, expect, it } from 'vitest';
import {
  cleanProfileName,
  defaultProfile,
  PROFILE_NAME_MAX,
  PROFILES_MAX,
  profileFor,
  withDefaultProfile,
  withNewProfile,
  withoutProfile,
  withPlatformProfile,
  withProfileName,
} from '../../utils/profiles';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../utils/settings';

/** Settings with profiles named by the arguments, added in order after the default. */
function withProfiles(...names: string[]): { settings: Settings; ids: string[] } {
  let settings = DEFAULT_SETTINGS;
  const ids: string[] = [];
  for (const name of names) {
    const added = withNewProfile(settings, name)!;
    settings = added.settings;
    ids.push(added.id);
  }
  return { settings, ids };
}

describe('profiles', () => {
  it('uses the default profile on every platform until a profile claims one', () => {
    const { settings, ids } = withProfiles('Acme Bank');
    expect(profileFor(settings, 'linkedin').id).toBe('default');
    const claimed = withPlatformProfile(settings, 'linkedin', ids[0]);
    expect(profileFor(claimed, 'linkedin').name).toBe('Acme Bank');
    expect(profileFor(claimed, 'x').id).toBe('default');
    expect(profileFor(claimed).id).toBe('default');
  });

  it('lets one profile claim a platform at a time, and gives it back to the default', () => {
    const { settings, ids } = withProfiles('Acme', 'Globex');
    const [acme, globex] = ids as [string, string];
    let s = withPlatformProfile(settings, 'x', acme);
    s = withPlatformProfile(s, 'linkedin', acme);
    s = withPlatformProfile(s, 'x', globex);
    expect(s.profiles.find((p) => p.id === acme)!.platforms).toEqual(['linkedin']);
    expect(s.profiles.find((p) => p.id === globex)!.platforms).toEqual(['x']);
    s = withPlatformProfile(s, 'x');
    expect(profileFor(s, 'x').id).toBe('default');
    expect(s.profiles.find((p) => p.id === globex)).not.toHaveProperty('platforms');
    // Choosing the default is the same as choosing none; an unknown profile changes nothing.
    expect(profileFor(withPlatformProfile(s, 'linkedin', 'default'), 'linkedin').id).toBe('default');
    expect(withPlatformProfile(s, 'linkedin', 'nobody')).toBe(s);
  });

  it('names new profiles cleanly and gives each a unique id', () => {
    const { settings, ids } = withProfiles('  Acme   Bank ', 'Acme Bank', 'Ünïcode — Café', '!!!');
    expect(ids).toEqual(['acme-bank', 'acme-bank-2', 'unicode-cafe', 'profile']);
    expect(settings.profiles[1]!.name).toBe('Acme Bank');
    expect(withNewProfile(settings, '   ')).toBeUndefined();
    expect([...cleanProfileName('é'.repeat(200))]).toHaveLength(PROFILE_NAME_MAX);
    // A new profile starts empty: no rules off, nothing ignored, no pack, no platforms.
    expect(settings.profiles[1]).toEqual({ id: 'acme-bank', name: 'Acme Bank', disabledRules: [], ignoredKeys: [] });
  });

  it('keeps at most PROFILES_MAX profiles', () => {
    const { settings } = withProfiles(...Array.from({ length: PROFILES_MAX - 1 }, (_, i) => `Brand ${i}`));
    expect(settings.profiles).toHaveLength(PROFILES_MAX);
    expect(withNewProfile(settings, 'One more')).toBeUndefined();
  });

  it('renames, but never to an empty name', () => {
    const { settings, ids } = withProfiles('Acme');
    expect(withProfileName(settings, ids[0]!, ' Acme Cloud ').profiles[1]!.name).toBe('Acme Cloud');
    expect(withProfileName(settings, ids[0]!, ' \n ')).toBe(settings);
  });

  it('removes a profile, its platforms going back to the default, and always keeps one', () => {
    const { settings, ids } = withProfiles('Acme');
    const claimed = withPlatformProfile(settings, 'x', ids[0]);
    const removed = withoutProfile(claimed, ids[0]!);
    expect(removed.profiles.map((p) => p.id)).toEqual(['default']);
    expect(profileFor(removed, 'x').id).toBe('default');
    expect(withoutProfile(removed, 'default')).toBe(removed);
    // Removing the default makes the first remaining profile the default.
    const noDefault = withoutProfile(claimed, 'default');
    expect(defaultProfile(noDefault).id).toBe(ids[0]);
  });

  it('makes another profile the default, which then claims no platform of its own', () => {
    const { settings, ids } = withProfiles('Acme');
    const s = withDefaultProfile(withPlatformProfile(settings, 'x', ids[0]), ids[0]!);
    expect(defaultProfile(s).id).toBe(ids[0]);
    expect(profileFor(s, 'reddit').id).toBe(ids[0]);
    expect(s.profiles[1]).not.toHaveProperty('platforms');
    expect(withDefaultProfile(s, 'nobody')).toBe(s);
  });

  it('survives stored platforms that are not platforms: that field alone is reset', () => {
    const stored = { ...DEFAULT_SETTINGS, profiles: [{ id: 'default', name: 'Default', disabledRules: ['hype'], ignoredKeys: [], platforms: ['myspace'] }] };
    const parsed = parseSettings(stored);
    expect(parsed.profiles[0]).toEqual({ id: 'default', name: 'Default', disabledRules: ['hype'], ignoredKeys: [] });
  });
});
