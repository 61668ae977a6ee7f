import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaText } from '../../scripts/house-schema';

describe('schemas/house-pack.schema.json', () => {
  it('is what the zod schema generates (run npm run schema:house after changing rules/house/schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
  });

});
