import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../rules/house/migrate';
import { PACK_VERSION, packSchemaV1, packSchemaV2 } from '../../../rules/house/schema';
import { loadHousePack } from '../../../rules/house/index';
import { ISSUE_PACK } from './schema.test';

describe('migrations', () => {
  it('lead from every earlier format to the current one', () => {
    for (let version = 1; version < PACK_VERSION; version++) expect(MIGRATIONS.some((m) => m.from === version)).toBe(true);
  });

  it('turn a valid version 1 pack into a valid version 2 pack with the same meaning', () => {
    expect(packSchemaV1.safeParse(ISSUE_PACK).success).toBe(true);
    const migrated = migrate(ISSUE_PACK, 1);
    expect(packSchemaV2.safeParse(migrated).success).toBe(true);
    expect(migrated).toMatchObject({ version: 2, id: 'acme-social-house-style' });
    expect((migrated.rules as { when?: unknown }[])[2]?.when).toEqual({ signal: 'selfPromotion', min: 0.5 });
    // Everything else is untouched.
    expect((migrated.rules as unknown[]).filter((_, i) => i !== 2)).toEqual(ISSUE_PACK.rules.filter((_, i) => i !== 2));
  });

  it('keep an explicit id, so renaming a migrated pack keeps its rule ids', () => {
    expect(migrate({ ...ISSUE_PACK, id: 'acme' }, 1).id).toBe('acme');
    const renamed = loadHousePack({ ...migrate(ISSUE_PACK, 1), name: 'Acme 2026 style' });
    expect(renamed.ok && renamed.pack.rules[0]?.meta.id).toBe('house/acme-social-house-style/no-competitors');
  });

  it('leave a current pack alone', () => {
    const pack = { name: 'p', version: 2, rules: [] };
    expect(migrate(pack, 2)).toBe(pack);
  });
});
