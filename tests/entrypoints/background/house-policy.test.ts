import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { wireHousePacks, REFRESH_ALARM } from '../../../entrypoints/background/house-pack-wiring';
import { createHousePacks, type PackStore } from '../../../entrypoints/background/house-packs';
import { applyManagedPolicy, readManagedPolicy } from '../../../entrypoints/background/house-policy';
import { NO_HOUSE_PACKS, packForProfile, type HousePacks } from '../../../utils/house-packs';

const PACK = JSON.stringify({ name: 'Bank style', version: 1, rules: [{ id: 'no-advice', type: 'avoid', terms: ['guaranteed'] }] });

function memory(initial: HousePacks = NO_HOUSE_PACKS) {
  let value = initial;
  const store: PackStore = { load: async () => value, save: async (next) => void (value = next) };
  return { houses: createHousePacks(store), value: () => value };
}

describe('enterprise policy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads no policy from an absent or throwing managed area (unmanaged Chrome, Firefox without policies.json)', async () => {
    expect(await readManagedPolicy(undefined)).toEqual({});
    expect(await readManagedPolicy({ get: () => Promise.reject(new Error('Managed storage manifest not found')) })).toEqual({});
    const raw = { housePack: PACK, lockedRules: ['shouting', 7], lockPack: 'yes', other: 1 };
    expect(await readManagedPolicy({ get: async () => raw })).toEqual({ housePack: PACK });
  });

  it('pushes an inline pack, locked for every profile, with its locked rules', async () => {
    const { houses, value } = memory();
    await houses.add({ source: 'paste', text: PACK.replace('Bank style', 'Mine') });
    await applyManagedPolicy(houses, { housePack: JSON.parse(PACK), lockedRules: ['shouting'] }, undefined, () => 0);
    expect(value().policy).toEqual({ lockedPack: 'policy', lockedRules: ['shouting'] });
    expect(packForProfile(value(), 'mine')).toMatchObject({ id: 'policy', name: 'Bank style', managed: true, source: 'policy', loadedAt: '1970-01-01T00:00:00.000Z' });
    expect(await houses.remove('policy')).toBe(false);
    // The policy taken away: the managed pack and its locks go, the user's own pack stays.
    await applyManagedPolicy(houses, {});
    expect(value()).toEqual({ packs: [expect.objectContaining({ id: 'mine' })], policy: { lockedRules: [] } });
  });

  it('keeps the last good policy pack when its address fails or serves a bad pack, and says why', async () => {
    const { houses, value } = memory();
    const url = 'https://bank.example/pack.json';
    await applyManagedPolicy(houses, { housePackUrl: url, lockPack: false }, async () => ({ ok: true, text: PACK }));
    expect(value().packs[0]).toMatchObject({ url, text: PACK });
    expect(value().policy.lockedPack).toBeUndefined();
    await applyManagedPolicy(houses, { housePackUrl: url }, async () => ({ ok: true, text: '{"name":"x","version":1,"rules":[{"id":"a","type":"nope"}]}' }));
    expect(value().packs[0]).toMatchObject({ text: PACK, failure: { reason: 'The pack your organisation set did not load', problems: [expect.objectContaining({ path: expect.stringMatching(/^rules\[0\]/) })] } });
    await applyManagedPolicy(houses, { housePackUrl: url }, async () => ({ ok: false, reason: 'bank.example answered 500.' }));
    expect(value().packs[0]).toMatchObject({ text: PACK, failure: { reason: 'bank.example answered 500.' } });
  });

  it('a policy pack that never loaded is listed as failed and applies nothing', async () => {
    const { houses, value } = memory();
    await applyManagedPolicy(houses, { housePack: '{ broken' });
    expect(value().packs[0]).toMatchObject({ id: 'policy', text: '', loadedAt: '', failure: { problems: [expect.objectContaining({ path: '(pack)' })] } });
    expect(await houses.active(undefined)).toBeUndefined();
  });

  it('creates the daily refresh alarm once and refreshes URL packs when it fires', async () => {
    const { houses } = memory();
    const refreshAll = vi.spyOn(houses, 'refreshAll').mockResolvedValue();
    await wireHousePacks(houses);
    const alarm = await fakeBrowser.alarms.get(REFRESH_ALARM);
    expect(alarm?.periodInMinutes).toBe(24 * 60);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'another', scheduledTime: 0 });
    expect(refreshAll).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger({ name: REFRESH_ALARM, scheduledTime: 0, periodInMinutes: 1440 });
    expect(refreshAll).toHaveBeenCalledTimes(1);
    // A restarted worker finds the alarm and leaves its schedule alone.
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await wireHousePacks(houses);
    expect(create).not.toHaveBeenCalled();
  });
});
