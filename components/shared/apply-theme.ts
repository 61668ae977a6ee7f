import type { Appearance } from '@/utils/settings';

/**
 * Pins an element's theme to the user's choice: theme.css (pages) and the badge's shadow CSS (the in-page
 * UI) read `data-theme`; `system` leaves it to the browser. No imports beyond the type, so the content
 * script can use it.
 */
export function applyTheme(appearance: Appearance, root: HTMLElement): void {
  if (appearance === 'system') delete root.dataset.theme;
  else root.dataset.theme = appearance;
}
