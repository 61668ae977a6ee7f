import { describe, expect, it } from 'vitest';
import type { HousePacks } from '../../utils/house-packs';
import { lockedRulesIn } from '../../utils/locked-rules';

const pack = (rules: unknown[]) => JSON.stringify({ name: 'Acme social', version: 2, rules });
const entry = (id: string, text: string) => ({ id, name: 'Acme social', source: 'policy' as const, text, loadedAt: '2026-12-01T00:00:00.000Z' });

describe('lockedRulesIn', () => {
  it('holds the policy\'s rules and every rule of the pack it locks, by their engine ids', () => {
    const packs: HousePacks = {
      packs: [entry('policy', pack([{ id: 'no-globex', type: 'avoid', terms: ['Globex'] }, { id: 'say-customers', type: 'prefer', use: 'customers', instead: ['users'] }])), entry('mine', pack([{ id: 'mine', type: 'avoid', terms: ['x'] }]))],
      policy: { lockedPack: 'policy', lockedRules: ['shouting'] },
    };
    expect([...lockedRulesIn(packs)].sort()).toEqual(['house/acme-social/no-globex', 'house/acme-social/say-customers', 'shouting']);
  });

  it('locks only the listed rules when no pack is locked, or the locked pack is missing or does not load', () => {
    expect([...lockedRulesIn({ packs: [entry('p', pack([{ id: 'a', type: 'avoid', terms: ['x'] }]))], policy: { lockedRules: ['hype'] } })]).toEqual(['hype']);
    expect([...lockedRulesIn({ packs: [], policy: { lockedPack: 'gone', lockedRules: [] } })]).toEqual([]);
    expect([...lockedRulesIn({ packs: [entry('policy', '{ not json')], policy: { lockedPack: 'policy', lockedRules: ['hype'] } })]).toEqual(['hype']);
  });
});
