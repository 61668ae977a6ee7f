import { describe, expect, it } from 'vitest';
import { NO_HOUSE_PACKS, packForProfile, packUrl, parseHousePacks } from '../../utils/house-packs';

const entry = (id: string) => ({ id, name: id, source: 'paste', text: '{}', loadedAt: '2026-12-04T00:00:00.000Z' });

describe('stored house packs', () => {
  it('take pack addresses over https only, without credentials in them', () => {
    expect(packUrl(' https://brand.example/pack.json ')?.href).toBe('https://brand.example/pack.json');
    for (const bad of ['http://brand.example/p.json', 'file:///etc/passwd', 'https://me:pw@brand.example/', 'not a url']) expect(packUrl(bad)).toBeUndefined();
  });

  it('keeps each readable entry of a corrupted store and drops the rest', () => {
    expect(parseHousePacks(undefined)).toEqual(NO_HOUSE_PACKS);
    expect(parseHousePacks({ packs: [entry('a'), { id: 'b' }, 7, entry('c')], policy: 'nope' })).toEqual({
      packs: [entry('a'), entry('c')],
      policy: { lockedRules: [] },
    });
  });

  it("gives a profile its own pack, unless the administrator locked one for everybody", () => {
    const packs = parseHousePacks({ packs: [entry('a'), entry('policy')] });
    expect(packForProfile(packs, 'a')?.id).toBe('a');
    expect(packForProfile(packs, 'gone')).toBeUndefined();
    expect(packForProfile(packs, undefined)).toBeUndefined();
    expect(packForProfile({ ...packs, policy: { lockedPack: 'policy', lockedRules: [] } }, 'a')?.id).toBe('policy');
  });
});
