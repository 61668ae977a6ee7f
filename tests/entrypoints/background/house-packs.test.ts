import { describe, expect, it } from 'vitest';
import { checkPackText, createHousePacks, type PackStore } from '../../../entrypoints/background/house-packs';
import type { Fetched } from '../../../entrypoints/background/pack-fetch';
import { NO_HOUSE_PACKS, type HousePacks } from '../../../utils/house-packs';

const GOOD = JSON.stringify({ name: 'Acme house style', version: 1, rules: [{ id: 'no-rivals', type: 'avoid', terms: ['Globex'], message: 'No rivals.' }] });
const BETTER = JSON.stringify({ name: 'Acme house style', version: 1, rules: [{ id: 'no-rivals', type: 'avoid', terms: ['Globex', 'Initech'] }] });
const BROKEN = JSON.stringify({ name: 'Acme', version: 1, rules: [{ id: 'two', type: 'limit', count: 'hashtags', max: 'two' }] });

function memory(initial: HousePacks = NO_HOUSE_PACKS): PackStore & { value: () => HousePacks } {
  let value = initial;
  return { load: async () => value, save: async (next) => void (value = next), value: () => value };
}

describe('house packs in the background', () => {
  it('checks a pack text: its name and size, or every problem by path', () => {
    expect(checkPackText(GOOD)).toEqual({ ok: true, name: 'Acme house style', rules: 1 });
    const broken = checkPackText(BROKEN);
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.problems.map((p) => p.path)).toContain('rules[0].max');
    expect(checkPackText('{ not json')).toMatchObject({ ok: false, problems: [{ path: '(pack)' }] });
  });

  it('stores a pack only when it loads, and gives the profile its compiled rules', async () => {
    const store = memory();
    const houses = createHousePacks(store, undefined, () => 0);
    expect(await houses.add({ source: 'paste', text: BROKEN })).toMatchObject({ ok: false });
    expect(store.value().packs).toEqual([]);
    const added = await houses.add({ source: 'file', fileName: 'acme.json', text: GOOD });
    expect(added).toEqual({ ok: true, id: 'acme-house-style' });
    expect(store.value().packs[0]).toMatchObject({ name: 'Acme house style', source: 'file', fileName: 'acme.json', loadedAt: '1970-01-01T00:00:00.000Z' });
    expect((await houses.active('acme-house-style'))?.rules).toHaveLength(1);
    expect(await houses.active(undefined)).toBeUndefined();
    // A second pack of the same name gets its own id.
    expect(await houses.add({ source: 'paste', text: GOOD })).toEqual({ ok: true, id: 'acme-house-style-2' });
  });

  it('keeps the last good text when an edit does not load, and says why', async () => {
    const store = memory();
    const houses = createHousePacks(store, undefined, () => 1000);
    await houses.add({ source: 'paste', text: GOOD });
    const refused = await houses.update('acme-house-style', BROKEN);
    expect(refused).toMatchObject({ ok: false, problems: [expect.objectContaining({ path: 'rules[0].max' })] });
    expect(store.value().packs[0]).toMatchObject({ text: GOOD, failure: { reason: 'The edited pack did not load' } });
    expect((await houses.active('acme-house-style'))?.rules).toHaveLength(1);
    expect(await houses.update('acme-house-style', BETTER)).toEqual({ ok: true, id: 'acme-house-style' });
    expect(store.value().packs[0]!.text).toBe(BETTER);
    expect(store.value().packs[0]!.failure).toBeUndefined();
  });

  it('refreshes a URL pack, keeping the last good copy when the address fails or serves a bad pack', async () => {
    const store = memory();
    let answer: Fetched = { ok: true, text: GOOD };
    let clock = 0;
    const houses = createHousePacks(store, async () => answer, () => clock);
    expect(await houses.addUrl('https://brand.example/pack.json')).toEqual({ ok: true, id: 'acme-house-style' });
    clock = 86_400_000;
    answer = { ok: false, reason: 'brand.example answered 503.' };
    expect(await houses.refresh('acme-house-style')).toMatchObject({ ok: false, reason: 'brand.example answered 503.' });
    expect(store.value().packs[0]).toMatchObject({ text: GOOD, loadedAt: '1970-01-01T00:00:00.000Z', failure: { reason: 'brand.example answered 503.', at: '1970-01-02T00:00:00.000Z' } });
    answer = { ok: true, text: BROKEN };
    await houses.refreshAll();
    expect(store.value().packs[0]).toMatchObject({ text: GOOD, failure: { reason: 'https://brand.example/pack.json served a pack that did not load' } });
    answer = { ok: true, text: BETTER };
    expect(await houses.refresh('acme-house-style')).toMatchObject({ ok: true });
    expect(store.value().packs[0]).toMatchObject({ text: BETTER, loadedAt: '1970-01-02T00:00:00.000Z' });
    expect(store.value().packs[0]!.failure).toBeUndefined();
  });

  it('refuses a URL that fails on the first load, storing nothing', async () => {
    const store = memory();
    const houses = createHousePacks(store, async () => ({ ok: false, reason: 'down' }));
    expect(await houses.addUrl('https://brand.example/pack.json')).toEqual({ ok: false, reason: 'down', problems: [] });
    expect(store.value().packs).toEqual([]);
  });

  it('removes a pack the user added, never a managed one', async () => {
    const managed = { id: 'policy', name: 'Bank', source: 'policy' as const, text: GOOD, loadedAt: '', managed: true };
    const store = memory({ packs: [managed], policy: { lockedRules: [] } });
    const houses = createHousePacks(store);
    await houses.add({ source: 'paste', text: GOOD });
    expect(await houses.remove('policy')).toBe(false);
    expect(await houses.remove('acme-house-style')).toBe(true);
    expect(store.value().packs.map((p) => p.id)).toEqual(['policy']);
  });
});
