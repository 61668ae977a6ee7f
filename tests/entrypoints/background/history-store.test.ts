import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createHistoryStore, CSV_COLUMNS, historyOptionsItem } from '../../../entrypoints/background/history-store';
import { HISTORY_DB_VERSION, openHistoryDb, type HistoryDb } from '../../../utils/history-db';
import { DEFAULT_HISTORY_OPTIONS } from '../../../utils/history-options';
import type { PostRecord } from '../../../rules/history';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const DAY = 86_400_000;
const record = (daysAgo: number, kind: PostRecord['kind'] = 'value'): PostRecord => ({
  at: new Date(NOW - daysAgo * DAY).toISOString(),
  platform: 'x',
  reply: false,
  kind,
  principles: { 'add-value': 1 },
  findings: { 'hard-sell': 1 },
  score: 80,
});

describe('history store', () => {
  beforeEach(() => fakeBrowser.reset());
  const store = () => createHistoryStore(() => NOW);

  it('keeps a salted hash, not the text, by default, and counts the same text once', async () => {
    const s = store();
    expect(await s.add(record(1), 'Hello, world')).toMatchObject({ added: true });
    expect(await s.add(record(0), '  Hello, world ')).toMatchObject({ added: false });
    const [post, ...rest] = await s.posts();
    expect(rest).toEqual([]);
    expect(post).not.toHaveProperty('text');
    expect(post!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Hello, world');
    expect(JSON.stringify(await openHistoryDb().all())).not.toContain('Hello, world');
  });

  it('salts per install: another install hashes the same text differently', async () => {
    const first = await store().hash('same text');
    expect(await store().hash('same text')).toBe(first);
    fakeBrowser.reset();
    expect(await store().hash('same text')).not.toBe(first);
  });

  it('keeps the text when the user opts in', async () => {
    await historyOptionsItem.setValue({ ...DEFAULT_HISTORY_OPTIONS, keepPostText: true, maxPosts: 10_000, maxAgeDays: 730 });
    const s = store();
    await s.add(record(1), 'Kept text');
    expect((await s.posts())[0]).toMatchObject({ text: 'Kept text' });
  });

  it('drops the oldest past the count and the age limits, and says when it is nearly full', async () => {
    await historyOptionsItem.setValue({ ...DEFAULT_HISTORY_OPTIONS, keepPostText: false, maxPosts: 10, maxAgeDays: 30 });
    const s = store();
    await s.add(record(40), 'too old');
    expect(await s.posts()).toEqual([]);
    for (let i = 0; i < 8; i++) expect((await s.add(record(20 - i), `post ${i}`)).nearlyFull).toBe(false);
    expect((await s.add(record(5), 'ninth')).nearlyFull).toBe(true);
    await s.add(record(4), 'tenth');
    await s.add(record(3), 'eleventh');
    const kept = await s.posts();
    expect(kept).toHaveLength(10);
    expect(kept[0]!.at).toBe(record(19).at);
    expect(kept.at(-1)!.at).toBe(record(3).at);
  });

  it('stores two posts published at once without losing either', async () => {
    const s = store();
    await Promise.all([s.add(record(2), 'one'), s.add(record(1), 'two')]);
    expect(await s.posts()).toHaveLength(2);
  });

  it('exports JSON as { version: 1, posts } with the records oldest first', async () => {
    const s = store();
    await s.add(record(1), 'b');
    await s.add(record(2), 'a');
    const out = await s.exportJson();
    expect(Object.keys(out)).toEqual(['version', 'posts']);
    expect(out.version).toBe(1);
    expect(out.posts.map((p) => p.at)).toEqual([record(2).at, record(1).at]);
    expect(out.posts[0]).toMatchObject({ platform: 'x', kind: 'value', reply: false });
    expect(out.posts[0]!.id).toEqual(expect.any(String));
  });

  it('exports CSV with the documented columns, quoting what needs it', async () => {
    await historyOptionsItem.setValue({ ...DEFAULT_HISTORY_OPTIONS, keepPostText: true, maxPosts: 10_000, maxAgeDays: 730 });
    const s = store();
    await s.add(record(1, 'promotion'), 'Buy "this", now\nplease');
    await s.add(record(0), '=SUM(A1)');
    const lines = (await s.exportCsv()).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toMatch(/^2026-05-31T12:00:00\.000Z,x,,false,promotion,80,add-value=1,hard-sell=1,[0-9a-f]{64},"Buy ""this"", now\nplease"$/);
    expect(lines[2]).toMatch(/,'=SUM\(A1\)$/);
  });

  it('clears everything in one step', async () => {
    const s = store();
    await s.add(record(1), 'x');
    await s.clear();
    expect(await s.posts()).toEqual([]);
    expect(await s.exportJson()).toEqual({ version: 1, posts: [] });
  });

  it('keeps posts in the database, where a new store (a restarted background) finds them', async () => {
    expect(HISTORY_DB_VERSION).toBe(2);
    await store().add(record(2), 'one');
    await store().add(record(1), 'two');
    expect((await store().posts()).map((p) => p.at)).toEqual([record(2).at, record(1).at]);
    expect(await fakeBrowser.storage.local.get('history')).toEqual({});
  });

  it('moves a history kept in storage.local by an older version into the database, once', async () => {
    const old = await store().addMany([
      { record: record(3), text: 'old one' },
      { record: record(2), text: 'old two' },
    ]);
    expect(old.added).toBe(2);
    const posts = await openHistoryDb().all();
    await openHistoryDb().clear();
    await fakeBrowser.storage.local.set({ history: { posts }, history$: { v: 1 } });
    const s = store();
    expect((await s.posts()).map((p) => p.hash).sort()).toEqual(posts.map((p) => p.hash).sort());
    // The old value and the version mark the old storage kept beside it are both gone.
    expect(await fakeBrowser.storage.local.get(['history', 'history$'])).toEqual({});
    // Moved, not copied twice: a later read finds the same two, and the texts are still recognised.
    expect(await store().posts()).toHaveLength(2);
    expect(await s.add(record(1), 'old one')).toMatchObject({ added: false });
  });

  it('reads a corrupted store as empty, or keeps the posts it can read, rather than crashing', async () => {
    await fakeBrowser.storage.local.set({ history: 'garbage', 'history-options': { maxPosts: -3 } });
    const s = store();
    expect(await s.posts()).toEqual([]);
    expect((await s.options()).maxPosts).toBe(10_000);
    await fakeBrowser.storage.local.set({ history: { posts: [null, 7, { id: 'a' }, { id: 'b', hash: 'h', at: 'not a time', kind: 'value' }, { id: 'c', hash: 'h', at: record(1).at, kind: 'value', platform: 'x', reply: false }] } });
    expect((await store().posts()).map((p) => p.id)).toEqual(['c']);
  });

  it('says when the database cannot be opened, and reads it once it can', async () => {
    let fail = true;
    const real = openHistoryDb();
    const flaky: HistoryDb = { ...real, all: () => (fail ? Promise.reject(new Error('disk full')) : real.all()) };
    const s = createHistoryStore(() => NOW, flaky);
    await expect(s.posts()).rejects.toThrow('disk full');
    // The composer's check still runs: the ratio just has no posts to judge.
    expect(await s.recent('default', 'x', 10)).toEqual([]);
    fail = false;
    expect(await s.posts()).toEqual([]);
  });

  it('writes a batch without rewriting the posts already stored, and tells pages the history changed', async () => {
    const s = store();
    await s.addMany(Array.from({ length: 50 }, (_, i) => ({ record: record(10 + i / 100), text: `first ${i}` })));
    const db = openHistoryDb();
    const changes: [number, number][] = [];
    const counting: HistoryDb = { ...db, change: (put, remove) => (changes.push([put.length, remove.length]), db.change(put, remove)) };
    const t = createHistoryStore(() => NOW, counting);
    const before = await fakeBrowser.storage.local.get('history-revision');
    await t.addMany([{ record: record(1), text: 'second batch' }]);
    expect(changes).toEqual([[1, 0]]);
    expect(await t.posts()).toHaveLength(51);
    expect(await fakeBrowser.storage.local.get('history-revision')).not.toEqual(before);
  });

  it('imports a batch in one write: duplicates of stored posts and within the batch skipped, too old ones counted', async () => {
    await historyOptionsItem.setValue({ ...DEFAULT_HISTORY_OPTIONS, maxAgeDays: 30 });
    const s = store();
    await s.add(record(5), 'already here');
    const answer = await s.addMany([
      { record: record(3), text: ' already here ' },
      { record: record(2), text: 'new one' },
      { record: record(1), text: 'new one' },
      { record: record(40), text: 'from long ago' },
      { record: record(0, 'promotion'), text: 'another' },
    ]);
    expect(answer).toEqual({ added: 2, duplicates: 2, tooOld: 1, nearlyFull: false });
    expect((await s.posts()).map((p) => p.at)).toEqual([record(5).at, record(2).at, record(0).at]);
    expect(await s.addMany([{ record: record(2), text: 'new one' }])).toMatchObject({ added: 0, duplicates: 1 });
  });
});
