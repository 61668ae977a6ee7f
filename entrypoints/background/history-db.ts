import type { StoredPost } from '@/utils/messages';

/**
 * Where the post history lives: an IndexedDB database of the extension's own origin, one record per post,
 * keyed by its id. A change writes only the posts it adds and deletes the ones it drops, so storing a batch
 * of an imported archive costs the batch, not the whole history (`storage.local` kept the history as one
 * value, rewritten on every post: importing 20,000 posts took a minute, most of it rewriting).
 *
 * Versioned by IndexedDB's own version number: each entry of `UPGRADES` takes the database from the version
 * before to its own, and a browser holding an older database runs the missing steps in order when it opens.
 */
export const HISTORY_DB_NAME = 'rapport-history';
const POSTS = 'posts';

export const HISTORY_DB_UPGRADES: Record<number, (db: IDBDatabase) => void> = {
  1: (db) => db.createObjectStore(POSTS, { keyPath: 'id' }),
};
export const HISTORY_DB_VERSION = Math.max(...Object.keys(HISTORY_DB_UPGRADES).map(Number));

export interface HistoryDb {
  /** Every stored record, in no particular order; records that are not posts are left out. */
  all(): Promise<StoredPost[]>;
  /** Adds `put` and deletes the posts with the ids in `remove`, in one transaction: all of it or none. */
  change(put: readonly StoredPost[], remove: readonly string[]): Promise<void>;
  clear(): Promise<void>;
}

export function openHistoryDb(factory: IDBFactory = indexedDB, name = HISTORY_DB_NAME): HistoryDb {
  let opened: Promise<IDBDatabase> | undefined;
  const db = () => {
    opened ??= open(factory, name).catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
    return opened;
  };
  return {
    async all() {
      const records = await request((await db()).transaction(POSTS).objectStore(POSTS).getAll());
      return (records as unknown[]).filter(isStoredPost);
    },
    async change(put, remove) {
      if (put.length === 0 && remove.length === 0) return;
      const tx = (await db()).transaction(POSTS, 'readwrite');
      const store = tx.objectStore(POSTS);
      const finished = done(tx);
      try {
        for (const id of remove) store.delete(id);
        for (const post of put) store.put(post);
      } catch (error) {
        // A record the database cannot take (no id, a value it cannot clone): none of the change is kept.
        tx.abort();
        await finished.catch(() => undefined);
        throw error;
      }
      await finished;
    },
    async clear() {
      const tx = (await db()).transaction(POSTS, 'readwrite');
      tx.objectStore(POSTS).clear();
      await done(tx);
    },
  };
}

function open(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, HISTORY_DB_VERSION);
    req.onupgradeneeded = (event) => {
      for (let v = event.oldVersion + 1; v <= HISTORY_DB_VERSION; v++) HISTORY_DB_UPGRADES[v]?.(req.result);
    };
    req.onsuccess = () => {
      const database = req.result;
      // Another copy of the extension opening a newer version: step aside rather than block its upgrade.
      database.onversionchange = () => database.close();
      resolve(database);
    };
    req.onerror = () => reject(req.error ?? new Error(`could not open ${name}`));
    req.onblocked = () => reject(new Error(`${name} is held open by an older copy of Rapport; close its pages and try again`));
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('the history database refused a read'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('the history database refused a write'));
    tx.onabort = () => reject(tx.error ?? new Error('the history database write was stopped'));
  });
}

/** A record the history can use: an id, a hash and a readable time, whatever else it holds or lacks. */
export function isStoredPost(value: unknown): value is StoredPost {
  if (!value || typeof value !== 'object') return false;
  const p = value as Partial<Record<keyof StoredPost, unknown>>;
  return typeof p.id === 'string' && typeof p.hash === 'string' && typeof p.at === 'string' && !Number.isNaN(Date.parse(p.at)) && typeof p.kind === 'string';
}
