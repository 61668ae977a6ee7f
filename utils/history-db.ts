import type { StoredPost } from '@/utils/messages';

/**
 * Where the post history lives: an IndexedDB database of the extension's own origin. Posts are kept in one
 * record per calendar month (UTC) of their time, oldest first inside it. A change rewrites only the months
 * it touches, so storing a batch of an imported archive costs those months, not the whole history
 * (`storage.local` kept the history as one value, rewritten on every post: importing 20,000 posts took a
 * minute, most of it rewriting). Reading is the reason for months rather than one record per post:
 * Chromium reads 10,000 single-post records in about 310 ms and the same posts in 20 records in 55-115 ms.
 *
 * The background is its only writer. The dashboard reads it directly (same origin): 10,000 posts sent as a
 * message took about 230 ms to serialise and parse.
 *
 * Versioned by IndexedDB's own version number: each entry of `UPGRADES` takes the database from the version
 * before to its own, and a browser holding an older database runs the missing steps in order when it opens.
 */
export const HISTORY_DB_NAME = 'rapport-history';
/** Version 1: one record per post, keyed by id. */
const POSTS = 'posts';
/** Version 2: one record per month, `{ month: "2026-05", posts: [...] }`. */
const MONTHS = 'months';

interface MonthRecord {
  month: string;
  posts: StoredPost[];
}

export const HISTORY_DB_UPGRADES: Record<number, (db: IDBDatabase, tx: IDBTransaction) => void> = {
  1: (db) => db.createObjectStore(POSTS, { keyPath: 'id' }),
  2: (db, tx) => {
    const months = db.createObjectStore(MONTHS, { keyPath: 'month' });
    const read = tx.objectStore(POSTS).getAll();
    read.onsuccess = () => {
      for (const record of byMonth((read.result as unknown[]).filter(isStoredPost))) months.put(record);
      db.deleteObjectStore(POSTS);
    };
  },
};
export const HISTORY_DB_VERSION = Math.max(...Object.keys(HISTORY_DB_UPGRADES).map(Number));

export interface HistoryDb {
  /** Every stored post, oldest first; records that are not posts are left out. */
  all(): Promise<StoredPost[]>;
  /** Stores `put` and deletes the posts in `remove` (by id), in one transaction: all of it or none. */
  change(put: readonly StoredPost[], remove: readonly StoredPost[]): Promise<void>;
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
      // Months come back in key order, and each month's posts were stored oldest first.
      const records = await request((await db()).transaction(MONTHS).objectStore(MONTHS).getAll());
      return (records as unknown[]).flatMap((r) => (isMonthRecord(r) ? r.posts.filter(isStoredPost) : []));
    },
    async change(put, remove) {
      if (put.length === 0 && remove.length === 0) return;
      const wrong = put.find((p) => !isStoredPost(p));
      if (wrong) throw new TypeError(`not a post, so not stored: ${JSON.stringify(wrong)?.slice(0, 120)}`);
      const tx = (await db()).transaction(MONTHS, 'readwrite');
      const store = tx.objectStore(MONTHS);
      const finished = done(tx);
      const adding = groupBy(put, monthOf);
      const dropping = new Set(remove.map((p) => p.id));
      let failure: unknown;
      for (const month of new Set([...adding.keys(), ...remove.map(monthOf)])) {
        const read = store.get(month);
        read.onsuccess = () => {
          if (failure !== undefined) return;
          try {
            const fresh = adding.get(month) ?? [];
            const replaced = new Set(fresh.map((p) => p.id));
            const stored = isMonthRecord(read.result) ? read.result.posts : [];
            const posts = oldestFirst([...stored.filter((p) => !dropping.has(p.id) && !replaced.has(p.id)), ...fresh]);
            if (posts.length) store.put({ month, posts } satisfies MonthRecord);
            else store.delete(month);
          } catch (error) {
            // A post the database cannot take (a value it cannot clone): none of the change is kept.
            failure = error;
            tx.abort();
          }
        };
      }
      try {
        await finished;
      } catch (error) {
        throw failure ?? error;
      }
    },
    async clear() {
      const tx = (await db()).transaction(MONTHS, 'readwrite');
      tx.objectStore(MONTHS).clear();
      await done(tx);
    },
  };
}

function open(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, HISTORY_DB_VERSION);
    req.onupgradeneeded = (event) => {
      const tx = req.transaction!;
      for (let v = event.oldVersion + 1; v <= HISTORY_DB_VERSION; v++) HISTORY_DB_UPGRADES[v]?.(req.result, tx);
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

/** The month a post is filed under: its time's year and month in UTC, "2026-05". */
function monthOf(post: StoredPost): string {
  return new Date(Date.parse(post.at)).toISOString().slice(0, 7);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Posts as month records, each month's posts oldest first. */
function byMonth(posts: readonly StoredPost[]): MonthRecord[] {
  return [...groupBy(posts, monthOf)].map(([month, list]) => ({ month, posts: oldestFirst(list) }));
}

function isMonthRecord(value: unknown): value is MonthRecord {
  return !!value && typeof value === 'object' && typeof (value as MonthRecord).month === 'string' && Array.isArray((value as MonthRecord).posts);
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

/** Oldest first, each time read once (a comparator that parses both times parses each of 50,000 posts ~30 times). */
export function oldestFirst(list: readonly StoredPost[]): StoredPost[] {
  return list
    .map((post) => ({ post, t: Date.parse(post.at) }))
    .sort((a, b) => a.t - b.t)
    .map(({ post }) => post);
}
