import { browser } from 'wxt/browser';
import { openHistoryDb, type HistoryDb } from '@/utils/history-db';
import type { StoredPost } from '@/utils/messages';
import { HISTORY_KEY } from '@/utils/storage-keys';
import { askBackground } from '../shared/ask-background';

/** One connection for the page, opened on the first read and kept for the reloads after it. */
let shared: HistoryDb | undefined;
const pageDb = (): HistoryDb => (shared ??= openHistoryDb());

/**
 * The stored posts, oldest first, read straight from the history's database, which the page shares with
 * the background (utils/history-db.ts): for 10,000 posts that is several times quicker than the same list
 * sent as a message. The background still answers when it has work to do first (a history an older version
 * kept in `storage.local`, which it moves on its first read) and when the database cannot be read here.
 */
export async function readHistory(db: HistoryDb = pageDb()): Promise<StoredPost[]> {
  const fromBackground = async () => (await askBackground({ type: 'history-export' }))?.posts ?? [];
  try {
    const [legacy, posts] = await Promise.all([browser.storage.local.get(HISTORY_KEY), db.all()]);
    if (legacy[HISTORY_KEY] !== undefined) return await fromBackground();
    return posts;
  } catch {
    return fromBackground();
  }
}
