import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, settingsItem, updateSettings } from '../../utils/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves and reads back changes', async () => {
    await updateSettings((s) => ({ ...s, disabledRules: ['hype'] }));
    expect((await loadSettings()).disabledRules).toEqual(['hype']);
  });

  it('keeps the valid fields of a corrupted store and defaults the rest', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledRules: ['hype'], ignoredKeys: 'oops', disabledSites: [1, 2] } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledRules: ['hype'] });
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('stores under a versioned item', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['x.com'] });
    expect((await loadSettings()).disabledSites).toEqual(['x.com']);
  });
});
