import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { HOUSE_PACKS_KEY } from './storage-keys';

/**
 * The house-rule packs the user added (issue 11), kept apart from the settings: a pack's text can run to
 * hundreds of kilobytes, and every page watches the settings. Each entry keeps the text of the last version
 * that loaded; the background compiles it (entrypoints/background/house-packs.ts), and only the
 * background writes here. A pack that fails to load never replaces the good text: the failure is kept
 * beside it, with its problems, to show on the options page.
 */

/** How far the stored list of problems goes: a pack broken everywhere needs no thousand lines. */
export const MAX_STORED_PROBLEMS = 50;

export const PACK_SOURCES = ['file', 'paste', 'url', 'policy'] as const;
export type PackSource = (typeof PACK_SOURCES)[number];

const problemSchema = z.object({ path: z.string(), message: z.string() });
export type PackProblem = z.infer<typeof problemSchema>;

export const HousePackEntrySchema = z.object({
  /** Ours, stable while the entry lives (a profile points at it); `policy` for the administrator's pack. */
  id: z.string().check(z.minLength(1)),
  /** The pack's own name, from its last good text. */
  name: z.string(),
  source: z.enum(PACK_SOURCES),
  /** The https address the user typed (or the policy gave), for packs that come from one. */
  url: z.optional(z.string()),
  /** The file it was imported from, to show. */
  fileName: z.optional(z.string()),
  /** The last version that loaded. */
  text: z.string(),
  /** When that version was loaded (ISO time). */
  loadedAt: z.string(),
  /** The last attempt that failed (a refresh or an edit), kept until one succeeds. */
  failure: z.optional(z.object({ at: z.string(), reason: z.string(), problems: z._default(z.array(problemSchema), []) })),
  /** Set by enterprise policy: shown as managed, cannot be removed or switched off. */
  managed: z.optional(z.boolean()),
});
export type HousePackEntry = z.infer<typeof HousePackEntrySchema>;

export const HousePacksSchema = z.object({
  packs: z._default(z.array(HousePackEntrySchema), []),
  /** The administrator's locks: a pack every profile uses, and rules nobody can turn off or ignore. */
  policy: z._default(z.object({ lockedPack: z.optional(z.string()), lockedRules: z._default(z.array(z.string()), []) }), { lockedRules: [] }),
});
export type HousePacks = z.infer<typeof HousePacksSchema>;

export const NO_HOUSE_PACKS: HousePacks = { packs: [], policy: { lockedRules: [] } };

export const housePacksItem = storage.defineItem<HousePacks>(`local:${HOUSE_PACKS_KEY}`, { fallback: NO_HOUSE_PACKS, version: 1 });

/** The stored packs; entries a corrupted store made unreadable are dropped, each on its own. */
export function parseHousePacks(value: unknown): HousePacks {
  const whole = HousePacksSchema.safeParse(value);
  if (whole.success) return whole.data;
  const record = (typeof value === 'object' && value !== null ? value : {}) as { packs?: unknown; policy?: unknown };
  const packs = (Array.isArray(record.packs) ? record.packs : []).flatMap((entry) => {
    const parsed = HousePackEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  const policy = HousePacksSchema.shape.policy.safeParse(record.policy);
  return { packs, policy: policy.success ? policy.data : NO_HOUSE_PACKS.policy };
}

export async function loadHousePacks(): Promise<HousePacks> {
  try {
    return parseHousePacks(await housePacksItem.getValue());
  } catch {
    return NO_HOUSE_PACKS;
  }
}

/** An address a pack may come from: https only, no credentials in it. Undefined when it is not one. */
export function packUrl(input: string): URL | undefined {
  try {
    const url = new URL(input.trim());
    return url.protocol === 'https:' && !url.username && !url.password ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The pack a profile uses: the administrator's locked pack whatever the profile says, else the profile's own
 * (when it still exists).
 */
export function packForProfile(packs: HousePacks, profilePack: string | undefined): HousePackEntry | undefined {
  const id = packs.policy.lockedPack ?? profilePack;
  return id === undefined ? undefined : packs.packs.find((p) => p.id === id);
}
