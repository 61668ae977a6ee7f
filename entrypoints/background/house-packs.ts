import { loadHousePack, type CompiledHousePack } from '@/rules/index';
import {
  housePacksItem,
  loadHousePacks,
  MAX_STORED_PROBLEMS,
  packForProfile,
  type HousePackEntry,
  type HousePacks,
  type PackProblem,
  type PackSource,
} from '@/utils/house-packs';
import type { PackCheck, PackSaved } from '@/utils/messages';
import { fetchPackText } from './pack-fetch';

/**
 * A pack's text compiled (loadHousePack: cached by content; JSON that does not parse is a problem like any
 * other), or every problem with its path.
 */
export type PackLoad = { ok: true; pack: CompiledHousePack } | { ok: false; problems: PackProblem[] };

/** What the pages learn of a pack's text: its name and size, or its problems. */
export function checkPackText(text: string): PackCheck {
  const loaded = loadHousePack(text);
  return loaded.ok ? { ok: true, name: loaded.pack.name, rules: loaded.pack.rules.length } : loaded;
}

export interface PackStore {
  load(): Promise<HousePacks>;
  save(packs: HousePacks): Promise<void>;
}
const storagePacks: PackStore = { load: loadHousePacks, save: (packs) => housePacksItem.setValue(packs) };

/** A new pack's text, from a file, a paste or a URL the user typed. */
export interface NewPack {
  source: Exclude<PackSource, 'policy'>;
  text: string;
  fileName?: string;
  url?: string;
}

/**
 * The background's packs: which compiled pack a profile analyses with, and every change to the stored list.
 * A text is stored only after it compiles, so the engine never sees half a pack; a failed update leaves the
 * last good text in place and records why, for the options page.
 */
export function createHousePacks(store: PackStore = storagePacks, fetchText = fetchPackText, now: () => number = Date.now) {
  const stamp = () => new Date(now()).toISOString();
  /** Stored packs are changed one at a time, so two updates never overwrite each other. */
  let queue: Promise<unknown> = Promise.resolve();
  const edit = <T>(change: (packs: HousePacks) => { packs: HousePacks; answer: T }): Promise<T> => {
    const run = queue.then(async () => {
      const { packs, answer } = change(await store.load());
      await store.save(packs);
      return answer;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  /** The compiled pack for a profile's choice, from its last good text (none when it has none). */
  async function active(profilePack: string | undefined): Promise<CompiledHousePack | undefined> {
    const entry = packForProfile(await store.load(), profilePack);
    if (!entry) return undefined;
    const loaded = loadHousePack(entry.text);
    return loaded.ok ? loaded.pack : undefined;
  }

  /** Adds a pack; refused whole, with its problems, when its text does not load. */
  function add(pack: NewPack): Promise<PackSaved> {
    const loaded = loadHousePack(pack.text);
    if (!loaded.ok) return Promise.resolve({ ok: false, problems: loaded.problems.slice(0, MAX_STORED_PROBLEMS) });
    return edit((packs) => {
      const id = freshId(packs, loaded.pack.name);
      const entry: HousePackEntry = { id, name: loaded.pack.name, source: pack.source, text: pack.text, loadedAt: stamp() };
      if (pack.fileName) entry.fileName = pack.fileName;
      if (pack.url) entry.url = pack.url;
      return { packs: { ...packs, packs: [...packs.packs, entry] }, answer: { ok: true, id } };
    });
  }

  /** A new text for a pack the user edited: kept only if it loads; else the old one stays, failure noted. */
  function update(id: string, text: string): Promise<PackSaved> {
    return settle(id, loadHousePack(text), text, 'The edited pack did not load');
  }

  /** Fetches a URL pack again; a failure (network or bad pack) keeps the last good copy and says why. */
  async function refresh(id: string): Promise<PackSaved> {
    const entry = (await store.load()).packs.find((p) => p.id === id);
    if (!entry?.url) return { ok: false, problems: [{ path: '(pack)', message: 'this pack has no address to refresh from' }] };
    const fetched = await fetchText(entry.url);
    if (!fetched.ok) return settle(id, { ok: false, problems: [] }, '', fetched.reason);
    return settle(id, loadHousePack(fetched.text), fetched.text, `${entry.url} served a pack that did not load`);
  }

  function settle(id: string, loaded: PackLoad, text: string, reason: string): Promise<PackSaved> {
    return edit((packs) => {
      const entry = packs.packs.find((p) => p.id === id);
      if (!entry) return { packs, answer: { ok: false, problems: [{ path: '(pack)', message: 'this pack was removed' }] } };
      const next: HousePackEntry = loaded.ok
        ? { ...withoutFailure(entry), name: loaded.pack.name, text, loadedAt: stamp() }
        : { ...entry, failure: { at: stamp(), reason, problems: loaded.problems.slice(0, MAX_STORED_PROBLEMS) } };
      const answer: PackSaved = loaded.ok ? { ok: true, id } : { ok: false, reason, problems: next.failure?.problems ?? [] };
      return { packs: { ...packs, packs: packs.packs.map((p) => (p.id === id ? next : p)) }, answer };
    });
  }

  /** Adds a pack from an address the user typed (the one network request the extension makes). */
  async function addUrl(url: string): Promise<PackSaved> {
    const fetched = await fetchText(url);
    if (!fetched.ok) return { ok: false, reason: fetched.reason, problems: [] };
    const saved = await add({ source: 'url', url, text: fetched.text });
    return saved.ok ? saved : { ...saved, reason: `${url} served a pack that did not load` };
  }

  /** Removes a pack the user added; a managed one stays. */
  function remove(id: string): Promise<boolean> {
    return edit((packs) => {
      const entry = packs.packs.find((p) => p.id === id);
      if (!entry || entry.managed) return { packs, answer: false };
      return { packs: { ...packs, packs: packs.packs.filter((p) => p.id !== id) }, answer: true };
    });
  }

  /** Refreshes every pack that has an address (the daily alarm). */
  async function refreshAll(): Promise<void> {
    for (const entry of (await store.load()).packs) if (entry.url) await refresh(entry.id);
  }

  return { active, add, update, refresh, refreshAll, addUrl, remove, edit, list: () => store.load() };
}
export type HousePackHost = ReturnType<typeof createHousePacks>;

function withoutFailure(entry: HousePackEntry): HousePackEntry {
  const { failure: _failure, ...rest } = entry;
  return rest;
}

/** An id from the pack's name, unique in the list: "Acme house style" -> "acme-house-style-2". */
function freshId(packs: HousePacks, name: string): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'pack';
  const taken = new Set(packs.packs.map((p) => p.id));
  if (!taken.has(base) && base !== 'policy') return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
