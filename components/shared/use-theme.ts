import { useEffect } from 'preact/hooks';
import { applyTheme } from './apply-theme';
import { useSettings } from './use-settings';

/** Every extension page calls this once: the theme follows the options page's choice, live. */
export function useTheme(): void {
  const { settings, loaded } = useSettings();
  useEffect(() => {
    if (loaded) applyTheme(settings.appearance, document.documentElement);
  }, [settings.appearance, loaded]);
}
