import { z } from 'zod';
import { packSchemaV1, packSchemaV2 } from './schema';

/**
 * The JSON Schema of a pack, generated from the zod schemas so the two cannot drift: editors (VS Code,
 * JetBrains) validate and complete a pack as it is written when it names the schema in `$schema`. Both
 * formats are described, so a version 1 pack is not flagged in the editor while Rapport still reads it.
 * What zod checks in code (a limit's min below its max, prefer's use-or-swap) is left to `rapport pack
 * validate`. Regenerate with `npm run schema:house`; a test checks the committed file is current.
 */
export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(z.union([packSchemaV2, packSchemaV1]), { unrepresentable: 'any' });
  return {
    $schema: schema.$schema,
    title: 'Rapport house-rule pack',
    description: 'The rules a brand writes by: words to avoid and prefer, required disclosures, limits, brand names, patterns and signal thresholds.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
