/** `npm run schema:house`: writes schemas/house-pack.schema.json from the pack's zod schema. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packJsonSchema } from '../rules/house/json-schema';

export const SCHEMA_FILE = resolve(import.meta.dirname, '../schemas/house-pack.schema.json');

export function schemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(SCHEMA_FILE, schemaText());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
