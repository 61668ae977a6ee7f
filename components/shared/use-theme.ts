import { useEffect } from 'preact/hooks';
import type { Appearance } from '@/utils/settings';
import { useSettings } from './use-settings';

/** Pins the page's theme to the user's choice (theme.css reads `data-theme`); `system` follows the browser. */
export function applyTheme(appearance: Appearance, root: HTMLElement = document.documentElement): void {
  if (appearance === 'system') delete root.dataset.theme;
  else root.dataset.theme = appearance;
}

/** Every extension page calls this once: the theme follows the options page's choice, live. */
export function useTheme(): void {
  const { settings, loaded } = useSettings();
  useEffect(() => {
    if (loaded) applyTheme(settings.appearance);
  }, [settings.appearance, loaded]);
}
