import { useEffect, useMemo, useState } from 'preact/hooks';
import { lockedRulesIn } from '@/utils/locked-rules';
import { housePacksItem, loadHousePacks, NO_HOUSE_PACKS, parseHousePacks, type HousePacks } from '@/utils/house-packs';

/** The stored house packs, live: read straight from storage; the background owns every write. */
export function useHousePacks(): HousePacks {
  const [packs, setPacks] = useState<HousePacks>(NO_HOUSE_PACKS);
  useEffect(() => {
    let live = true;
    void loadHousePacks().then((value) => live && setPacks(value));
    const unwatch = housePacksItem.watch((next) => setPacks(parseHousePacks(next)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return packs;
}

/** The rules the organisation locked on, the locked pack's included: shown as locked wherever they are listed. */
export function useLockedRules(): ReadonlySet<string> {
  const packs = useHousePacks();
  return useMemo(() => lockedRulesIn(packs), [packs]);
}

/** A stored time as the reader's local date and time. */
export function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'an unknown time' : date.toLocaleString();
}
