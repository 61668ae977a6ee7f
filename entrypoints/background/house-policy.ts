import * as z from 'zod/mini';
import { loadHousePack } from '@/rules/index';
import { MAX_STORED_PROBLEMS, type HousePackEntry } from '@/utils/house-packs';
import type { HousePackHost } from './house-packs';
import { fetchPackText, type Fetched } from './pack-fetch';

/** The id of the pack an administrator pushes: one per browser, never the user's. */
export const POLICY_PACK_ID = 'policy';

/**
 * What an administrator may set (public/managed-schema.json for Chrome; policies.json's `3rdparty` for
 * Firefox): a pack, inline (JSON text, or the object itself where the policy format allows one) or by its
 * https address; whether every profile must use it (yes unless `lockPack` is false); and rule ids nobody may
 * turn off or ignore. Anything else in the policy is ignored, and a malformed field is as if unset.
 */
export const ManagedPolicySchema = z.object({
  housePack: z.optional(z.union([z.string(), z.record(z.string(), z.unknown())])),
  housePackUrl: z.optional(z.string()),
  lockPack: z.optional(z.boolean()),
  lockedRules: z.optional(z.array(z.string())),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;

interface ManagedArea {
  get(keys?: null): Promise<Record<string, unknown>>;
}

/**
 * The administrator's policy, or nothing. Unmanaged browsers have no policy, and Firefox throws when no
 * policy names this extension: both are "no policy", never an error.
 */
export async function readManagedPolicy(area: ManagedArea | undefined = browser.storage?.managed): Promise<ManagedPolicy> {
  if (!area) return {};
  try {
    const raw = await area.get(null);
    const policy: ManagedPolicy = {};
    for (const key of Object.keys(ManagedPolicySchema.shape) as (keyof ManagedPolicy)[]) {
      const field = ManagedPolicySchema.shape[key].safeParse(raw?.[key]);
      if (field.success && field.data !== undefined) Object.assign(policy, { [key]: field.data });
    }
    return policy;
  } catch {
    return {};
  }
}

/**
 * Puts the policy into the stored packs: the policy pack (loaded now; if it does not load, the last good
 * copy stays and the failure shows on the options page), its lock, and the locked rules. No policy pack
 * means the managed entry and its lock go.
 */
export async function applyManagedPolicy(
  houses: HousePackHost,
  policy: ManagedPolicy,
  fetchText: (url: string) => Promise<Fetched> = fetchPackText,
  now: () => number = Date.now,
): Promise<void> {
  const at = new Date(now()).toISOString();
  const inline = policy.housePack === undefined ? undefined : typeof policy.housePack === 'string' ? policy.housePack : JSON.stringify(policy.housePack);
  const url = inline === undefined ? policy.housePackUrl : undefined;
  const fetched: Fetched | undefined = inline !== undefined ? { ok: true, text: inline } : url ? await fetchText(url) : undefined;
  await houses.edit((packs) => {
    const others = packs.packs.filter((p) => p.id !== POLICY_PACK_ID);
    const lockedRules = policy.lockedRules ?? [];
    if (!fetched) return { packs: { packs: others, policy: { lockedRules } }, answer: undefined };
    const before = packs.packs.find((p) => p.id === POLICY_PACK_ID);
    const loaded = fetched.ok ? loadHousePack(fetched.text) : undefined;
    const base: HousePackEntry = { id: POLICY_PACK_ID, name: before?.name ?? 'Your organisation’s house rules', source: 'policy', text: before?.text ?? '', loadedAt: before?.loadedAt ?? '', managed: true };
    if (url) base.url = url;
    const entry: HousePackEntry = loaded?.ok
      ? { ...base, name: loaded.pack.name, text: fetched.ok ? fetched.text : '', loadedAt: at }
      : {
          ...base,
          failure: {
            at,
            reason: fetched.ok ? 'The pack your organisation set did not load' : fetched.reason,
            problems: loaded && !loaded.ok ? loaded.problems.slice(0, MAX_STORED_PROBLEMS) : [],
          },
        };
    const lockedPack = policy.lockPack === false ? undefined : POLICY_PACK_ID;
    return { packs: { packs: [entry, ...others], policy: { lockedRules, ...(lockedPack ? { lockedPack } : {}) } }, answer: undefined };
  });
}
