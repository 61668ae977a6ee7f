import { describe, expect, it } from 'vitest';
import { createEngineHost } from '../../../entrypoints/background/engine-host';
import { createHistoryStore } from '../../../entrypoints/background/history-store';
import { createHousePacks, type PackStore } from '../../../entrypoints/background/house-packs';
import { NO_HOUSE_PACKS, type HousePacks } from '../../../utils/house-packs';
import { AnalyzeResponseSchema, type PackPreview } from '../../../utils/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { defaultProfile } from '../../../utils/profiles';

const PACK = JSON.stringify({ name: 'Acme house style', version: 1, rules: [{ id: 'no-rivals', type: 'avoid', terms: ['Globex'], message: 'Do not name rivals.', severity: 'error' }] });
const RULE = 'house/acme-house-style/no-rivals';

function host(packs: HousePacks = NO_HOUSE_PACKS) {
  let settings: Settings = DEFAULT_SETTINGS;
  let stored = packs;
  const store: PackStore = { load: async () => stored, save: async (next) => void (stored = next) };
  const history = createHistoryStore();
  const handle = createEngineHost(
    async () => settings,
    async (change) => (settings = change(settings)),
    undefined,
    history,
    Date.now,
    createHousePacks(store),
  );
  return { handle, settings: () => settings, packs: () => stored };
}

const analyze = { type: 'analyze', composerId: 'c', revision: 1, platform: 'x', text: 'We beat Globex on every measure today.' };

describe('house packs through the engine host', () => {
  it('analyses with the active profile pack, its findings labelled with the pack name', async () => {
    const { handle, settings } = host();
    const first = AnalyzeResponseSchema.parse(await handle(analyze)).analysis.findings;
    expect(first.map((f) => f.ruleId)).not.toContain(RULE);
    const added = (await handle({ type: 'house-pack-add', source: 'paste', text: PACK })) as { ok: boolean; id: string };
    expect(added).toEqual({ ok: true, id: 'acme-house-style' });
    expect(await handle({ type: 'set-profile-pack', profileId: 'default', packId: 'nope' })).toEqual({ ok: false });
    expect(await handle({ type: 'set-profile-pack', profileId: 'default', packId: added.id })).toEqual({ ok: true });
    expect(defaultProfile(settings()).housePack).toBe('acme-house-style');
    const findings = AnalyzeResponseSchema.parse(await handle(analyze)).analysis.findings;
    expect(findings.find((f) => f.ruleId === RULE)).toMatchObject({ housePack: 'Acme house style', severity: 'error', actual: 'Globex' });
    expect(findings.filter((f) => f.ruleId !== RULE).every((f) => f.housePack === undefined)).toBe(true);
    // Removing the pack takes it off the profile too.
    expect(await handle({ type: 'house-pack-remove', id: added.id })).toEqual({ ok: true });
    expect(defaultProfile(settings()).housePack).toBeUndefined();
  });

  it('previews a pack being written on a sample draft, or lists its problems', async () => {
    const { handle } = host();
    const preview = (await handle({ type: 'house-pack-preview', pack: PACK, draft: 'Globex who?' })) as PackPreview;
    expect(preview).toMatchObject({ ok: true, name: 'Acme house style', findings: [{ ruleId: RULE, housePack: 'Acme house style', start: 0, end: 6 }] });
    const broken = (await handle({ type: 'house-pack-preview', pack: '{"name":"x","version":1,"rules":[{"id":"a","type":"banned"}]}', draft: 'hi' })) as PackPreview;
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.problems[0]!.path).toMatch(/^rules\[0\]/);
  });

  it('keeps locked rules on and unignored, and refuses to switch a locked pack', async () => {
    const managed = { id: 'policy', name: 'Acme house style', source: 'policy' as const, text: PACK, loadedAt: '', managed: true };
    const { handle, settings } = host({ packs: [managed], policy: { lockedPack: 'policy', lockedRules: ['shouting'] } });
    expect(await handle({ type: 'disable-rule', ruleId: 'shouting' })).toEqual({ ok: false });
    expect(await handle({ type: 'disable-rule', ruleId: RULE })).toEqual({ ok: false });
    expect(defaultProfile(settings()).disabledRules).toEqual([]);
    const findings = AnalyzeResponseSchema.parse(await handle(analyze)).analysis.findings;
    const house = findings.find((f) => f.ruleId === RULE)!;
    expect(house).toMatchObject({ locked: true, housePack: 'Acme house style' });
    expect(findings.filter((f) => f.ruleId === 'hard-sell').every((f) => !f.locked)).toBe(true);
    expect(await handle({ type: 'ignore-finding', key: house.key })).toEqual({ ok: false });
    expect(await handle({ type: 'set-profile-pack', profileId: 'default' })).toEqual({ ok: false });
    expect(await handle({ type: 'house-pack-remove', id: 'policy' })).toEqual({ ok: false });
    // Built-in rules not locked can still be turned off.
    expect(await handle({ type: 'disable-rule', ruleId: 'hard-sell' })).toEqual({ ok: true });
  });
});
