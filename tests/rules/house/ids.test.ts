import { describe, expect, it } from 'vitest';
import { houseRuleId, isHouseRuleId, parseHouseRuleId, slugify } from '../../../rules/house/ids';

describe('ids', () => {
  it('slugs a pack name into an id', () => {
    expect(slugify('Acme social house style')).toBe('acme-social-house-style');
    expect(slugify('  Café Crème — Brand (2025)! ')).toBe('cafe-creme-brand-2025');
    expect(slugify('!!!')).toBe('pack');
    expect(slugify('x'.repeat(100))).toHaveLength(60);
  });

  it('namespaces rule ids and reads them back', () => {
    const id = houseRuleId('acme', 'no-competitors');
    expect(id).toBe('house/acme/no-competitors');
    expect(isHouseRuleId(id)).toBe(true);
    expect(isHouseRuleId('hard-sell')).toBe(false);
    expect(parseHouseRuleId(id)).toEqual({ pack: 'acme', rule: 'no-competitors' });
    expect(parseHouseRuleId('house/Joblint/Joblint.Bro')).toEqual({ pack: 'Joblint', rule: 'Joblint.Bro' });
    expect(parseHouseRuleId('hard-sell')).toBeUndefined();
    expect(parseHouseRuleId('house/acme/')).toBeUndefined();
  });
});
