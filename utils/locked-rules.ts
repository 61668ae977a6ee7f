import { loadHousePack } from '@/rules/index';
import type { HousePacks } from './house-packs';

/**
 * The rules nobody may turn off or ignore: the policy's list, and every rule of the pack it locks (by the
 * ids the engine gives them). The background holds the analysis to this; the options page marks these
 * rules as locked wherever it lists them. The locked pack's text is compiled (cached by its content).
 */
export function lockedRulesIn(packs: HousePacks): ReadonlySet<string> {
  const locked = new Set(packs.policy.lockedRules);
  const lockedPack = packs.policy.lockedPack;
  const entry = lockedPack === undefined ? undefined : packs.packs.find((p) => p.id === lockedPack);
  const loaded = entry ? loadHousePack(entry.text) : undefined;
  if (loaded?.ok) for (const rule of loaded.pack.rules) locked.add(rule.meta.id);
  return locked;
}
