import { describe, expect, it } from 'vitest';
import { packSchemaV1, packSchemaV2, PACK_VERSION, RULE_TYPES } from '../../../rules/house/schema';

/** The pack exactly as issue 11 writes it. */
export const ISSUE_PACK = {
  name: 'Acme social house style',
  version: 1,
  description: '...',
  rules: [
    { id: 'no-competitors', type: 'avoid', terms: ['Globex', 'Initech'], message: '...', severity: 'error' },
    { id: 'say-customers', type: 'prefer', use: 'customers', instead: ['users', 'consumers'], severity: 'warning' },
    { id: 'disclose-ads', type: 'require', pattern: '#ad\\b', when: { signal: 'selfPromotion', atLeast: 0.5 }, message: 'Promotional posts must carry #ad', severity: 'error' },
    { id: 'two-hashtags', type: 'limit', count: 'hashtags', max: 2, platforms: ['linkedin'] },
    { id: 'brand-case', type: 'capitalization', terms: ['Acme Cloud', 'AcmePay'] },
    { id: 'no-prices', type: 'pattern', pattern: '\\$\\s?\\d+', message: '...', severity: 'warning' },
    { id: 'stay-conversational', type: 'threshold', signal: 'conversational', min: 0.3 },
  ],
  builtins: { shouting: 'error', 'hashtag-overload': 'off' },
  ratio: { policy: '80/20', window: 10 },
  objective: 'community',
};

describe('the pack schema', () => {
  it('takes the exact shape of the issue as format 1', () => {
    expect(packSchemaV1.safeParse(ISSUE_PACK).success).toBe(true);
  });

  it('is at format 2, which names require bounds min/max', () => {
    expect(PACK_VERSION).toBe(2);
    const v2 = { ...ISSUE_PACK, version: 2, rules: ISSUE_PACK.rules.map((r) => (r.type === 'require' ? { ...r, when: { signal: 'selfPromotion', min: 0.5 } } : r)) };
    expect(packSchemaV2.safeParse(v2).success).toBe(true);
    expect(packSchemaV2.safeParse({ ...v2, version: undefined }).success).toBe(true);
    expect(packSchemaV2.safeParse(ISSUE_PACK).success).toBe(false);
  });

  it('has one rule type per file in rules/house/rule-types', async () => {
    for (const type of RULE_TYPES) await expect(import(`../../../rules/house/rule-types/${type}.ts`)).resolves.toBeDefined();
  });

  it('accepts an editor $schema key and refuses other unknown fields', () => {
    expect(packSchemaV2.safeParse({ $schema: './house-pack.schema.json', name: 'p', rules: [] }).success).toBe(true);
    expect(packSchemaV2.safeParse({ name: 'p', rules: [], colour: 'red' }).success).toBe(false);
  });
});
