import { slugify } from './slug';
import { PACK_VERSION } from './schema';

type Json = Record<string, unknown>;

/**
 * Packs migrate forward, one format version at a time, so a pack written for any earlier Rapport keeps
 * working as it did. A migration takes a pack that is valid in its version and returns one valid in the
 * next.
 */
export interface Migration {
  from: number;
  describe: string;
  migrate(pack: Json): Json;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe:
      'require rules say `min` (and may say `max`) where version 1 said `atLeast`, as threshold rules do; the pack ' +
      'gets an explicit `id` from its name, so renaming it later keeps the ids of its findings (and the "ignore" ' +
      'choices people made on them).',
    migrate(pack) {
      const rules = Array.isArray(pack.rules) ? pack.rules : [];
      return {
        ...pack,
        version: 2,
        id: typeof pack.id === 'string' ? pack.id : slugify(String(pack.name ?? '')),
        rules: rules.map((rule: unknown) => {
          const r = rule as Json;
          const when = r.when as Json | undefined;
          if (r.type !== 'require' || !when || !('atLeast' in when)) return rule;
          const { atLeast, ...rest } = when;
          return { ...r, when: { ...rest, min: atLeast } };
        }),
      };
    },
  },
];

/** A pack of format `from` in the current format. */
export function migrate(pack: Json, from: number): Json {
  let out = pack;
  for (let version = from; version < PACK_VERSION; version++) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) throw new Error(`No migration from pack format ${version}`);
    out = step.migrate(out);
  }
  return out;
}
