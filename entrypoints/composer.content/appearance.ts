import type { Appearance } from '@/utils/settings';

/** The theme chosen in the options ("system" follows the page's browser), and the badges that show it. */
let chosen: Appearance = 'system';
const hosts = new Set<HTMLElement>();

function paint(host: HTMLElement): void {
  if (chosen === 'system') delete host.dataset.theme;
  else host.dataset.theme = chosen;
}

/** A badge's host takes the chosen theme now and whenever it changes, until `forgetHost`. */
export function themeHost(host: HTMLElement): void {
  hosts.add(host);
  paint(host);
}

export function forgetHost(host: HTMLElement): void {
  hosts.delete(host);
}

/** The background's answer to `site-status` carries the choice; a missing one is the browser's theme. */
export function setAppearance(appearance: Appearance | undefined): void {
  chosen = appearance ?? 'system';
  for (const host of hosts) paint(host);
}
