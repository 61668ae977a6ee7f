import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_HISTORY_OPTIONS, historyOptionsItem, loadHistoryOptions, parseHistoryOptions, type HistoryOptions } from '@/utils/history-options';
import type { StoredPost } from '@/utils/messages';
import { HISTORY_REVISION_KEY } from '@/utils/storage-keys';
import { readHistory } from './read-history';
import { createReloadSchedule } from './reload-schedule';

/**
 * The stored history and its options, live: the posts are read from the history's database and read
 * again when the stored history changes (a post published in another tab, an import, a delete), as
 * reload-schedule.ts spaces it out. While `held` (an import runs in this page) the changes wait for its end.
 */
export function useHistory({ held = false } = {}): { posts: StoredPost[] | undefined; options: HistoryOptions; reload(): void } {
  const [posts, setPosts] = useState<StoredPost[] | undefined>(undefined);
  const [options, setOptions] = useState<HistoryOptions>(DEFAULT_HISTORY_OPTIONS);
  const reload = useCallback(() => {
    void readHistory().then(setPosts);
  }, []);
  const schedule = useMemo(() => createReloadSchedule(reload), [reload]);
  useEffect(() => schedule.hold(held), [schedule, held]);
  useEffect(() => {
    reload();
    void loadHistoryOptions().then(setOptions);
    const unwatch = historyOptionsItem.watch((next) => setOptions(parseHistoryOptions(next)));
    const changed = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && HISTORY_REVISION_KEY in changes) schedule.changed();
    };
    browser.storage.onChanged.addListener(changed);
    return () => {
      unwatch();
      schedule.dispose();
      browser.storage.onChanged.removeListener(changed);
    };
  }, [reload, schedule]);
  return { posts, options, reload };
}
