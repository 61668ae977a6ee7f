import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createEngineHost } from '../../entrypoints/background/engine-host';
import { findingKey } from '../../rules/engine/types';
import type { AnalyzeResponse } from '../../utils/messages';
import {
  DEFAULT_PROFILE,
  DEFAULT_SETTINGS,
  loadSettings,
  parseSettings,
  SETTINGS_VERSION,
  settingsItem,
  updateSettings,
  type Settings,
} from '../../utils/settings';
import { defaultProfile, withProfile } from '../../utils/profiles';

/** The stored shape before versions mattered (version 1, flat), as installs hold it today. */
const V1 = { disabledRules: ['hype'], ignoredKeys: ['shouting:wow', 'hype:best: ever'], disabledSites: ['x.com'], mastodonInstances: ['fosstodon.org'] };
/** Its ignore keys as the engine makes them now. */
const V1_KEYS = [findingKey('shouting', 'wow'), findingKey('hype', 'best: ever')];

const stored = async () => fakeBrowser.storage.local.get(['settings', 'settings$']);

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from defaults: one profile, nothing turned off', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(defaultProfile(DEFAULT_SETTINGS)).toEqual(DEFAULT_PROFILE);
  });

  it('saves and reads back changes to the active profile', async () => {
    await updateSettings((s) => withProfile(s, defaultProfile(s).id, (p) => ({ ...p, disabledRules: ['hype'] })));
    expect(defaultProfile(await loadSettings()).disabledRules).toEqual(['hype']);
  });

  it('changes only the active profile', () => {
    const two: Settings = { ...DEFAULT_SETTINGS, activeProfile: 'brand', profiles: [DEFAULT_PROFILE, { ...DEFAULT_PROFILE, id: 'brand', name: 'Brand' }] };
    const next = withProfile(two, defaultProfile(two).id, (p) => ({ ...p, ignoredKeys: ['hype:best ever'] }));
    expect(next.profiles.map((p) => p.ignoredKeys)).toEqual([[], ['hype:best ever']]);
  });
});

describe('settings: appearance', () => {
  it('follows the browser unless the user chose light or dark; anything else stored falls back to the browser', () => {
    expect(parseSettings({}).appearance).toBe('system');
    expect(parseSettings({ ...DEFAULT_SETTINGS, appearance: 'dark' }).appearance).toBe('dark');
    expect(parseSettings({ ...DEFAULT_SETTINGS, appearance: 'purple' })).toMatchObject({ appearance: 'system', profiles: DEFAULT_SETTINGS.profiles });
    expect(parseSettings({ ...DEFAULT_SETTINGS, appearance: 7, disabledSites: ['x.com'] })).toMatchObject({ appearance: 'system', disabledSites: ['x.com'] });
  });
});

describe('settings: migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves a version 1 store (no version written) into the default profile, keeping every value', async () => {
    await fakeBrowser.storage.local.set({ settings: V1 });
    await settingsItem.migrate();
    const expected = {
      activeProfile: 'default',
      profiles: [{ ...DEFAULT_PROFILE, disabledRules: ['hype'], ignoredKeys: V1_KEYS }],
      disabledSites: ['x.com'],
      mastodonInstances: ['fosstodon.org'],
    };
    expect(await stored()).toEqual({ settings: expected, settings$: { v: SETTINGS_VERSION } });
    // Settings from before the appearance choice follow the browser's theme.
    const loaded: Settings = { ...expected, appearance: 'system' };
    expect(await loadSettings()).toEqual(loaded);
  });

  it('keeps a finding ignored across the migration, as the engine keys it now', async () => {
    const check = async () => {
      const answer = (await createEngineHost()({ type: 'analyze', composerId: 'c', revision: 1, text: 'WE ARE SO EXCITED about this.' })) as AnalyzeResponse;
      return answer.analysis.findings.filter((f) => f.ruleId === 'shouting').map((f) => f.actual);
    };
    expect(await check()).toEqual(['WE ARE SO EXCITED']);
    await fakeBrowser.storage.local.set({ settings: { ...V1, ignoredKeys: ['shouting:we are so excited'] } });
    await settingsItem.migrate();
    expect(await check()).toEqual([]);
  });

  it('migrates a store marked version 1 the same way', async () => {
    await fakeBrowser.storage.local.set({ settings: V1, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(defaultProfile(await loadSettings())).toMatchObject({ disabledRules: ['hype'], ignoredKeys: V1_KEYS });
  });

  it('repairs a corrupted version 1 store field by field while migrating it', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledRules: ['hype'], ignoredKeys: 'oops', disabledSites: [1, 2] } });
    await settingsItem.migrate();
    const settings = await loadSettings();
    expect(defaultProfile(settings)).toEqual({ ...DEFAULT_PROFILE, disabledRules: ['hype'] });
    expect(settings.disabledSites).toEqual([]);
    expect((await stored()).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('leaves a current store as it is', async () => {
    const current = withProfile(DEFAULT_SETTINGS, DEFAULT_PROFILE_ID, (p) => ({ ...p, disabledRules: ['hype'] }));
    await fakeBrowser.storage.local.set({ settings: current, settings$: { v: SETTINGS_VERSION } });
    await settingsItem.migrate();
    expect((await stored()).settings).toEqual(current);
  });

  it('marks a fresh install with the current version on its first write', async () => {
    await settingsItem.migrate(); // what defining the item does when the extension starts
    await updateSettings((s) => ({ ...s, disabledSites: ['x.com'] }));
    expect((await stored()).settings$).toEqual({ v: SETTINGS_VERSION });
  });
});

describe('settings: a corrupted store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the valid fields and defaults the rest', async () => {
    await fakeBrowser.storage.local.set({
      settings: { activeProfile: 'default', profiles: [{ id: 'default', name: 'Me', disabledRules: ['hype'], ignoredKeys: 'oops' }], disabledSites: [1, 2], mastodonInstances: ['fosstodon.org'] },
      settings$: { v: SETTINGS_VERSION },
    });
    expect(await loadSettings()).toEqual({
      activeProfile: 'default',
      profiles: [{ id: 'default', name: 'Me', disabledRules: ['hype'], ignoredKeys: [] }],
      disabledSites: [],
      mastodonInstances: ['fosstodon.org'],
      appearance: 'system',
    });
  });

  it('drops profiles it cannot tell apart, and falls back to a profile that exists', () => {
    const settings = parseSettings({
      activeProfile: 'gone',
      profiles: [{ name: 'no id' }, { id: 'brand', name: 'Brand', disabledRules: ['hype'] }, { id: 'brand', name: 'Again' }, 'junk'],
    });
    expect(settings.profiles).toEqual([{ id: 'brand', name: 'Brand', disabledRules: ['hype'], ignoredKeys: [] }]);
    expect(defaultProfile(settings).id).toBe('brand');
  });

  it('gives the default profile when no profile survives', () => {
    for (const profiles of [undefined, 'junk', [], [{ name: 'no id' }]]) {
      const settings = parseSettings({ profiles, disabledSites: ['x.com'] });
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['x.com'] });
    }
  });

  it('reads nonsense as the defaults', () => {
    for (const value of [null, undefined, 'garbage', 42, [1, 2], { profiles: null }]) expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS);
  });
});
