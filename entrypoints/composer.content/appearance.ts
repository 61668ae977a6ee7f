import { applyTheme } from '@/components/shared/apply-theme';
import type { Appearance } from '@/utils/settings';

/** The theme chosen in the options ("system" follows the page's browser), and the badges that show it. */
let chosen: Appearance = 'system';
const hosts = new Set<HTMLElement>();

/** A badge's host takes the chosen theme now and whenever it changes, until `forgetHost`. */
export function themeHost(host: HTMLElement): void {
  hosts.add(host);
  applyTheme(chosen, host);
}

export function forgetHost(host: HTMLElement): void {
  hosts.delete(host);
}

/** The background's answer to `site-status` carries the choice; a missing one is the browser's theme. */
export function setAppearance(appearance: Appearance | undefined): void {
  chosen = appearance ?? 'system';
  for (const host of hosts) applyTheme(chosen, host);
}
