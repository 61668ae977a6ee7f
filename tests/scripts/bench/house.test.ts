import { describe, expect, it } from 'vitest';
import { benchPack, PACK_RULES, PACK_TERMS, packContenders } from '../../../scripts/bench/house';
import { createRng } from '../../../scripts/bench/texts';
import type { Analysis } from '../../../rules/index';

describe('the bench pack', () => {
  const pack = benchPack(createRng(1));

  it('is at the size issue 11 sets the target at, with every rule type', () => {
    expect(pack.rules).toHaveLength(PACK_RULES);
    expect(PACK_TERMS).toBe(2000);
    const types = new Set(pack.rules.map((r) => r.meta.id.split('/')[2]?.replace(/-\d+$/, '')));
    expect([...types].sort()).toEqual(['avoid', 'brand', 'limit', 'pattern', 'prefer', 'repeat', 'require', 'threshold']);
  });

  it('times the same analysis with and without the pack, and the pack does fire', () => {
    const [without, withPack] = packContenders(pack, 'linkedin');
    if (!without || !withPack) throw new Error('two contenders expected');
    const text = 'Our users love the the new launch today!! #one #two #three';
    const plain = without.run(text) as Analysis;
    const housed = withPack.run(text) as Analysis;
    expect(plain.findings.some((f) => f.ruleId.startsWith('house/'))).toBe(false);
    expect(housed.findings.filter((f) => f.ruleId.startsWith('house/bench-brand/')).length).toBeGreaterThan(0);
  });
});
