import { describe, expect, it } from 'vitest';
import { HISTORY_DB_NAME, HISTORY_DB_VERSION, isStoredPost, oldestFirst, openHistoryDb } from '../../utils/history-db';
import type { StoredPost } from '../../utils/messages';

/** The database's month records' keys, read past the API. */
async function rawMonths(): Promise<string[]> {
  const db = await rawOpen();
  const keys = await new Promise<IDBValidKey[]>((resolve) => {
    const req = db.transaction('months').objectStore('months').getAllKeys();
    req.onsuccess = () => resolve(req.result);
  });
  db.close();
  return keys.map(String);
}

/** Writes records straight into a store, as a damaged or foreign writer might. */
async function rawPut(store: string, records: unknown[]): Promise<void> {
  const db = await rawOpen();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    for (const record of records) tx.objectStore(store).put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

function rawOpen(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(HISTORY_DB_NAME);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const post = (id: string, at = '2026-05-01T10:00:00.000Z'): StoredPost => ({ id, hash: `hash-${id}`, at, platform: 'x', reply: false, kind: 'value' });

describe('history database', () => {
  it('creates its store on first open and keeps what was written for the next opener', async () => {
    await openHistoryDb().change([post('a'), post('b')], []);
    expect((await openHistoryDb().all()).map((p) => p.id).sort()).toEqual(['a', 'b']);
    const versions = await indexedDB.databases();
    expect(versions).toContainEqual({ name: HISTORY_DB_NAME, version: HISTORY_DB_VERSION });
  });

  it('adds and deletes in one change, and clears everything', async () => {
    const db = openHistoryDb();
    await db.change([post('a'), post('b'), post('c', '2026-06-02T10:00:00.000Z')], []);
    await db.change([post('d')], [post('a'), post('c', '2026-06-02T10:00:00.000Z'), post('not there')]);
    expect((await db.all()).map((p) => p.id).sort()).toEqual(['b', 'd']);
    expect(await rawMonths()).toEqual(['2026-05']); // June emptied: its record went with its last post
    await db.clear();
    expect(await db.all()).toEqual([]);
  });

  it('gives every post back oldest first, across months and within one, however they were added', async () => {
    const db = openHistoryDb();
    await db.change([post('may-late', '2026-05-30T10:00:00Z'), post('june', '2026-06-01T00:00:00Z')], []);
    await db.change([post('april', '2026-04-30T23:59:59Z'), post('may-early', '2026-05-02T10:00:00+02:00')], []);
    expect((await db.all()).map((p) => p.id)).toEqual(['april', 'may-early', 'may-late', 'june']);
  });

  it('replaces a post stored again under the same id rather than keeping both', async () => {
    const db = openHistoryDb();
    await db.change([post('a')], []);
    await db.change([{ ...post('a'), kind: 'promotion' }], []);
    expect((await db.all()).map((p) => [p.id, p.kind])).toEqual([['a', 'promotion']]);
  });

  it('keeps none of a change it cannot store whole, across months', async () => {
    const db = openHistoryDb();
    await db.change([post('a')], []);
    const unclonable = { ...post('b'), score: (() => 1) as unknown as number };
    await expect(db.change([post('c', '2026-06-02T10:00:00.000Z'), unclonable], [post('a')])).rejects.toThrow();
    expect((await db.all()).map((p) => p.id)).toEqual(['a']);
  });

  it('refuses to store what is not a post, and stores nothing of that change', async () => {
    const db = openHistoryDb();
    const notPost = { id: 'b', hash: 'x', at: 'yesterday', kind: 'value' } as unknown as StoredPost;
    await expect(db.change([post('a'), notPost], [])).rejects.toThrow(/not a post/);
    expect(await db.all()).toEqual([]);
  });

  it('leaves out records that are not posts, whatever put them there', async () => {
    await openHistoryDb().change([post('a')], []); // creates the database
    await rawPut('months', [
      { month: '2026-05', posts: [post('a'), { id: 'b', hash: 'x', at: 'yesterday', kind: 'value' }, null] },
      { month: '2026-07' },
      { month: '2026-08', posts: 'broken' },
    ]);
    expect((await openHistoryDb().all()).map((p) => p.id)).toEqual(['a']);
    expect(isStoredPost(null)).toBe(false);
    expect(isStoredPost({ ...post('c'), hash: 7 })).toBe(false);
  });

  it('moves a version 1 database (one record per post) into months when it opens, and drops the old store', async () => {
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(HISTORY_DB_NAME, 1);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore('posts', { keyPath: 'id' });
        store.put(post('later', '2026-06-03T10:00:00Z'));
        store.put(post('earlier', '2026-05-01T10:00:00Z'));
        store.put({ id: 'junk', at: 'never' });
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    expect((await openHistoryDb().all()).map((p) => p.id)).toEqual(['earlier', 'later']);
    expect(await rawMonths()).toEqual(['2026-05', '2026-06']);
    const stores = await new Promise<string[]>((resolve) => {
      const req = indexedDB.open(HISTORY_DB_NAME);
      req.onsuccess = () => {
        resolve([...req.result.objectStoreNames]);
        req.result.close();
      };
    });
    expect(stores).toEqual(['months']);
  });

  it('says why when the database cannot be opened', async () => {
    const refusing = { open: () => { throw new Error('no databases in this context'); } } as unknown as IDBFactory;
    await expect(openHistoryDb(refusing).all()).rejects.toThrow('no databases in this context');
  });
});

describe('oldestFirst', () => {
  it('orders posts by their time, whatever the offset each was written with', () => {
    const list = [post('late', '2026-05-01T12:00:00.000Z'), post('early', '2026-05-01T13:00:00+03:00'), post('middle', '2026-05-01T11:30:00Z')];
    expect(oldestFirst(list).map((p) => p.id)).toEqual(['early', 'middle', 'late']);
  });
});
