import { loadHousePack, type Analyzer, type CompiledHousePack } from '@/rules/index';
import { parseFindingKey } from '@/rules/engine/types';
import type { AnalysisPayload, Answers, RequestOf } from '@/utils/messages';
import type { Settings } from '@/utils/settings';
import { checkPackText, type HousePackHost } from './house-packs';
import { lockedRulesIn } from '@/utils/locked-rules';

type PackRequest =
  | 'house-pack-check'
  | 'house-pack-preview'
  | 'house-pack-add'
  | 'house-pack-add-url'
  | 'house-pack-update'
  | 'house-pack-refresh'
  | 'house-pack-remove'
  | 'set-profile-pack';
type PackHandlers = { [T in PackRequest]: (request: RequestOf<T>) => Answers[T] | Promise<Answers[T]> };

/**
 * The options page's pack requests: the page never loads the engine, so checking a pack as it is typed and
 * previewing it on a sample draft happen here, with the same compiler and analyzer as the composers use.
 */
export function housePackHandlers(
  houses: HousePackHost,
  analyzer: Analyzer,
  update: (change: (current: Settings) => Settings) => Promise<unknown>,
): PackHandlers {
  return {
    'house-pack-check': (request) => checkPackText(request.text),
    'house-pack-preview': (request) => {
      const loaded = loadHousePack(request.pack);
      if (!loaded.ok) return loaded;
      const house = loaded.pack;
      const ids = new Set(house.rules.map((rule) => rule.meta.id));
      const analysis = analyzer.analyze(request.draft, { platform: request.platform, house });
      const findings = analysis.findings.filter((f) => ids.has(f.ruleId)).map((f) => ({ ...f, housePack: house.name }));
      return { ok: true, name: house.name, findings };
    },
    'house-pack-add': (request) => houses.add(request),
    'house-pack-add-url': (request) => houses.addUrl(request.url),
    'house-pack-update': (request) => houses.update(request.id, request.text),
    'house-pack-refresh': (request) => houses.refresh(request.id),
    'house-pack-remove': async (request) => {
      const removed = await houses.remove(request.id);
      // Profiles that used it go back to no pack, rather than pointing at nothing.
      if (removed) await update((s) => ({ ...s, profiles: s.profiles.map((p) => (p.housePack === request.id ? withoutPack(p) : p)) }));
      return { ok: removed };
    },
    'set-profile-pack': async (request) => {
      const packs = await houses.list();
      if (packs.policy.lockedPack) return { ok: false };
      if (request.packId !== undefined && !packs.packs.some((p) => p.id === request.packId)) return { ok: false };
      const { packId } = request;
      await update((s) => ({
        ...s,
        profiles: s.profiles.map((p) => (p.id !== request.profileId ? p : packId === undefined ? withoutPack(p) : { ...p, housePack: packId })),
      }));
      return { ok: true };
    },
  };
}

function withoutPack<P extends { housePack?: string }>(profile: P): P {
  const { housePack: _housePack, ...rest } = profile;
  return rest as P;
}

/** The rules nobody may turn off or ignore (see utils/locked-rules.ts). */
export async function lockedRuleIds(houses: HousePackHost): Promise<ReadonlySet<string>> {
  return lockedRulesIn(await houses.list());
}

/** Rule ids or finding keys, without those of locked rules. */
export function unlocked(idsOrKeys: readonly string[], locked: ReadonlySet<string>): string[] {
  if (locked.size === 0) return [...idsOrKeys];
  return idsOrKeys.filter((entry) => !locked.has(parseFindingKey(entry)?.ruleId ?? entry));
}

/**
 * Each finding of the pack's rules carries the pack's name, for the cards' "House rule" label, and each of a
 * locked rule says so, for cards that then offer no Ignore or Turn off.
 */
export function labelFindings(payload: AnalysisPayload, house: CompiledHousePack | undefined, locked: ReadonlySet<string>): AnalysisPayload {
  if (!house && locked.size === 0) return payload;
  const ids = new Set(house?.rules.map((rule) => rule.meta.id));
  const label = (f: AnalysisPayload['findings'][number]) => ({
    ...f,
    ...(house && ids.has(f.ruleId) ? { housePack: house.name } : {}),
    ...(locked.has(f.ruleId) ? { locked: true } : {}),
  });
  return { ...payload, findings: payload.findings.map(label) };
}
