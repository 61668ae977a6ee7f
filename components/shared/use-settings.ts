import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, settingsItem, type Settings } from '@/utils/settings';

/**
 * The user's settings, live: pages read them straight from storage (reads are safe anywhere) and change
 * them through the background, which owns every write.
 */
export function useSettings(): { settings: Settings; loaded: boolean } {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => {
      if (!live) return;
      setSettings(s);
      setLoaded(true);
    });
    const unwatch = settingsItem.watch((next) => setSettings(parseSettings(next)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return { settings, loaded };
}
