import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_HISTORY_OPTIONS, historyOptionsItem, loadHistoryOptions, parseHistoryOptions, type HistoryOptions } from '@/utils/history-options';
import type { StoredPost } from '@/utils/messages';
import { HISTORY_REVISION_KEY } from '@/utils/storage-keys';
import { readHistory } from './read-history';

/** How long the history must stay unchanged before the page asks for it again, and the longest it waits. */
export const RELOAD_QUIET_MS = 1500;
export const RELOAD_MAX_WAIT_MS = 10_000;

/**
 * The stored history and its options, live: the posts are read from the history's database and read
 * again when the stored history changes (a post published in another tab, an import, a delete).
 * An import changes it about once a second; the page asks once it settles (or every ten seconds while it
 * goes on), not after every batch, each of which would carry the whole history again.
 */
export function useHistory(): { posts: StoredPost[] | undefined; options: HistoryOptions; reload(): void } {
  const [posts, setPosts] = useState<StoredPost[] | undefined>(undefined);
  const [options, setOptions] = useState<HistoryOptions>(DEFAULT_HISTORY_OPTIONS);
  const reload = useCallback(() => {
    void readHistory().then(setPosts);
  }, []);
  useEffect(() => {
    reload();
    void loadHistoryOptions().then(setOptions);
    const unwatch = historyOptionsItem.watch((next) => setOptions(parseHistoryOptions(next)));
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let firstChange: number | undefined;
    const settled = () => {
      quiet = undefined;
      firstChange = undefined;
      reload();
    };
    const changed = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !(HISTORY_REVISION_KEY in changes)) return;
      firstChange ??= Date.now();
      clearTimeout(quiet);
      quiet = setTimeout(settled, Math.max(0, Math.min(RELOAD_QUIET_MS, firstChange + RELOAD_MAX_WAIT_MS - Date.now())));
    };
    browser.storage.onChanged.addListener(changed);
    return () => {
      unwatch();
      clearTimeout(quiet);
      browser.storage.onChanged.removeListener(changed);
    };
  }, [reload]);
  return { posts, options, reload };
}
