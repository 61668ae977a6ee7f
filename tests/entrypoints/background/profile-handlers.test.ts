import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createEngineHost } from '../../../entrypoints/background/engine-host';
import { createHistoryStore } from '../../../entrypoints/background/history-store';
import { AnalyzeResponseSchema, type ProfileAdded } from '../../../utils/messages';
import { defaultProfile, profileFor, PROFILES_MAX } from '../../../utils/profiles';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';

/** The engine host over in-memory settings, so each test sees exactly what the handlers stored. */
function host() {
  let settings: Settings = DEFAULT_SETTINGS;
  const history = createHistoryStore(() => Date.parse('2026-06-01T12:00:00Z'));
  const handle = createEngineHost(
    async () => settings,
    async (change) => (settings = change(settings)),
    undefined,
    history,
  );
  const add = async (name: string) => ((await handle({ type: 'profile-add', name })) as ProfileAdded & { ok: true }).id;
  const ruleIds = async (platform: string, text: string) =>
    AnalyzeResponseSchema.parse(await handle({ type: 'analyze', composerId: 'c', revision: 1, platform, text })).analysis.findings.map((f) => f.ruleId);
  return { handle, history, add, ruleIds, settings: () => settings };
}

const SHOUT = 'THIS IS THE BIGGEST LAUNCH EVER!!!';

describe('engine host: profiles', () => {
  beforeEach(() => fakeBrowser.reset());

  it('checks each platform with the rule settings of the profile that claims it', async () => {
    const { handle, add, ruleIds } = host();
    const acme = await add('Acme');
    expect(await handle({ type: 'set-platform-profile', platform: 'linkedin', profileId: acme })).toEqual({ ok: true });
    // Turned off from a LinkedIn card: only Acme's LinkedIn drafts stop hearing about shouting.
    expect(await handle({ type: 'disable-rule', ruleId: 'shouting', platform: 'linkedin' })).toEqual({ ok: true });
    expect(await ruleIds('linkedin', SHOUT)).not.toContain('shouting');
    expect(await ruleIds('x', SHOUT)).toContain('shouting');
    // Back to the default: LinkedIn is coached with the default's settings again.
    await handle({ type: 'set-platform-profile', platform: 'linkedin' });
    expect(await ruleIds('linkedin', SHOUT)).toContain('shouting');
  });

  it('changes the profile the options page names, and refuses one that does not exist', async () => {
    const { handle, add, settings } = host();
    const acme = await add('Acme');
    await handle({ type: 'ignore-finding', key: 'k1', profileId: acme });
    await handle({ type: 'ignore-finding', key: 'k2' });
    expect(settings().profiles.map((p) => [p.id, p.ignoredKeys])).toEqual([
      ['default', ['k2']],
      [acme, ['k1']],
    ]);
    await handle({ type: 'unignore-finding', key: 'k1', profileId: acme });
    expect(settings().profiles[1]!.ignoredKeys).toEqual([]);
    const before = settings();
    expect(await handle({ type: 'disable-rule', ruleId: 'hype', profileId: 'gone' })).toEqual({ ok: false });
    expect(settings()).toEqual(before);
  });

  it('records a published post under the profile that claims its platform', async () => {
    const { handle, add, history } = host();
    const acme = await add('Acme');
    await handle({ type: 'set-platform-profile', platform: 'x', profileId: acme });
    await handle({ type: 'post-published', composerId: 'c', platform: 'x', text: 'What would you ask our support team?', reply: false });
    await handle({ type: 'post-published', composerId: 'c', platform: 'reddit', text: 'What is your favourite hiking trail?', reply: false });
    expect((await history.posts()).map((p) => [p.platform, p.profile]).sort()).toEqual([
      ['reddit', 'default'],
      ['x', acme],
    ]);
  });

  it('adds, renames, removes and makes default, refusing what cannot be done', async () => {
    const { handle, add, settings } = host();
    expect(await handle({ type: 'profile-add', name: '   ' })).toEqual({ ok: false, reason: 'A profile needs a name.' });
    const acme = await add('Acme');
    expect(await handle({ type: 'profile-rename', profileId: acme, name: 'Acme Cloud' })).toEqual({ ok: true });
    expect(await handle({ type: 'profile-rename', profileId: acme, name: '' })).toEqual({ ok: false });
    expect(await handle({ type: 'profile-rename', profileId: 'gone', name: 'X' })).toEqual({ ok: false });
    await handle({ type: 'set-platform-profile', platform: 'x', profileId: acme });
    expect(await handle({ type: 'profile-set-default', profileId: acme })).toEqual({ ok: true });
    expect(defaultProfile(settings()).name).toBe('Acme Cloud');
    expect(await handle({ type: 'profile-remove', profileId: 'default' })).toEqual({ ok: true });
    expect(await handle({ type: 'profile-remove', profileId: acme })).toEqual({ ok: false });
    expect(settings().profiles.map((p) => p.id)).toEqual([acme]);
    expect(profileFor(settings(), 'x').id).toBe(acme);
    expect(await handle({ type: 'set-platform-profile', platform: 'x', profileId: 'gone' })).toEqual({ ok: false });
  });

  it('stops adding at the limit, and refuses malformed profile messages', async () => {
    const { handle, add } = host();
    for (let i = 1; i < PROFILES_MAX; i++) await add(`Brand ${i}`);
    expect(await handle({ type: 'profile-add', name: 'One more' })).toEqual({ ok: false, reason: `A browser keeps at most ${PROFILES_MAX} profiles.` });
    for (const message of [
      { type: 'profile-add' },
      { type: 'profile-add', name: 'x'.repeat(5000) },
      { type: 'set-platform-profile', platform: 'myspace', profileId: 'default' },
      { type: 'ignore-finding', key: 'k', platform: 'myspace' },
    ])
      expect(await handle(message)).toHaveProperty('error');
  });
});
