import { describe, expect, it } from 'vitest';
import { parseHouseRuleId } from '../../../rules/engine/types';
import { loadHousePack } from '../../../rules/house/index';
import { slugify } from '../../../rules/house/slug';

describe('slugify', () => {
  it('slugs a pack name into an id', () => {
    expect(slugify('Acme social house style')).toBe('acme-social-house-style');
    expect(slugify('  Café Crème — Brand (2025)! ')).toBe('cafe-creme-brand-2025');
    expect(slugify('!!!')).toBe('pack');
    expect(slugify('x'.repeat(100))).toHaveLength(60);
  });

  it('gives compiled rules ids the contract reads back (house/<slug>/<rule>)', () => {
    const result = loadHousePack({ name: 'Café Crème', rules: [{ id: 'Joblint.Bro', type: 'avoid', terms: ['bro'] }] });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const id = result.pack.rules[0]?.meta.id ?? '';
    expect(id).toBe('house/cafe-creme/Joblint.Bro');
    expect(parseHouseRuleId(id)).toEqual({ pack: 'cafe-creme', rule: 'Joblint.Bro' });
  });
});
