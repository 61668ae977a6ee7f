import { describe, expect, it } from 'vitest';
import { HISTORY_DB_NAME, HISTORY_DB_VERSION, isStoredPost, openHistoryDb } from '../../../entrypoints/background/history-db';
import type { StoredPost } from '../../../utils/messages';

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
    await db.change([post('a'), post('b'), post('c')], []);
    await db.change([post('d')], ['a', 'c', 'not there']);
    expect((await db.all()).map((p) => p.id).sort()).toEqual(['b', 'd']);
    await db.clear();
    expect(await db.all()).toEqual([]);
  });

  it('keeps none of a change it cannot store whole', async () => {
    const db = openHistoryDb();
    await db.change([post('a')], []);
    const broken = { ...post('b'), id: undefined } as unknown as StoredPost;
    await expect(db.change([post('c'), broken], ['a'])).rejects.toThrow();
    expect((await db.all()).map((p) => p.id)).toEqual(['a']);
  });

  it('leaves out records that are not posts, whatever put them there', async () => {
    const db = openHistoryDb();
    await db.change([post('a'), { id: 'b', hash: 'x', at: 'yesterday', kind: 'value' } as unknown as StoredPost], []);
    expect((await db.all()).map((p) => p.id)).toEqual(['a']);
    expect(isStoredPost(null)).toBe(false);
    expect(isStoredPost({ ...post('c'), hash: 7 })).toBe(false);
  });

  it('says why when the database cannot be opened', async () => {
    const refusing = { open: () => { throw new Error('no databases in this context'); } } as unknown as IDBFactory;
    await expect(openHistoryDb(refusing).all()).rejects.toThrow('no databases in this context');
  });
});
