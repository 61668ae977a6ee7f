import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readHistory } from '../../../components/dashboard/read-history';
import { openHistoryDb, type HistoryDb } from '../../../utils/history-db';
import type { StoredPost } from '../../../utils/messages';
import { HISTORY_KEY } from '../../../utils/storage-keys';

const post = (id: string, at: string): StoredPost => ({ id, hash: `hash-${id}`, at, platform: 'x', reply: false, kind: 'value' });

/** The background's answer to `history-export`, and how often it was asked. */
function background(posts: StoredPost[]) {
  const asked = vi.fn();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | undefined)?.type !== 'history-export') return undefined;
    asked();
    return Promise.resolve({ version: 1, posts });
  });
  return asked;
}

beforeEach(() => fakeBrowser.reset());

describe('reading the history on the dashboard', () => {
  it('reads the posts from the database itself, oldest first, without asking the background', async () => {
    const db = openHistoryDb();
    await db.change([post('b', '2026-05-02T10:00:00Z'), post('a', '2026-05-01T10:00:00Z')], []);
    const asked = background([]);
    expect((await readHistory(db)).map((p) => p.id)).toEqual(['a', 'b']);
    expect(asked).not.toHaveBeenCalled();
  });

  it('asks the background while an older history still waits in storage.local for it to move', async () => {
    await fakeBrowser.storage.local.set({ [HISTORY_KEY]: { posts: [] } });
    const asked = background([post('moved', '2026-05-01T10:00:00Z')]);
    expect((await readHistory(openHistoryDb())).map((p) => p.id)).toEqual(['moved']);
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('asks the background when the database cannot be read here', async () => {
    const broken: HistoryDb = { all: () => Promise.reject(new Error('blocked')), change: async () => undefined, clear: async () => undefined };
    const asked = background([post('a', '2026-05-01T10:00:00Z')]);
    expect((await readHistory(broken)).map((p) => p.id)).toEqual(['a']);
    expect(asked).toHaveBeenCalledTimes(1);
  });
});
