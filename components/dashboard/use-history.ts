import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_HISTORY_OPTIONS, historyOptionsItem, loadHistoryOptions, parseHistoryOptions, type HistoryOptions } from '@/utils/history-options';
import type { StoredPost } from '@/utils/messages';
import { HISTORY_KEY } from '@/utils/storage-keys';
import { askBackground } from '../shared/ask-background';

/**
 * The stored history and its options, live: the posts come from the background (`history-export`) and are
 * asked for again whenever the stored history changes (a post published in another tab, an import, a delete).
 */
export function useHistory(): { posts: StoredPost[] | undefined; options: HistoryOptions; reload(): void } {
  const [posts, setPosts] = useState<StoredPost[] | undefined>(undefined);
  const [options, setOptions] = useState<HistoryOptions>(DEFAULT_HISTORY_OPTIONS);
  const reload = useCallback(() => {
    void askBackground({ type: 'history-export' }).then((answer) => setPosts(answer?.posts ?? []));
  }, []);
  useEffect(() => {
    reload();
    void loadHistoryOptions().then(setOptions);
    const unwatch = historyOptionsItem.watch((next) => setOptions(parseHistoryOptions(next)));
    const changed = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && HISTORY_KEY in changes) reload();
    };
    browser.storage.onChanged.addListener(changed);
    return () => {
      unwatch();
      browser.storage.onChanged.removeListener(changed);
    };
  }, [reload]);
  return { posts, options, reload };
}
