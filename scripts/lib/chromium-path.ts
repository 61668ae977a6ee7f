/**
 * The Chromium the browser tests, the extension benchmark and the demo drive: `CHROMIUM_PATH` when set (a
 * developer on macOS or another Linux points it at a Chromium or Chrome for Testing binary: branded Google
 * Chrome ignores --load-extension since version 137), else Debian's, which CI installs.
 * scripts/ensure-chromium.sh makes the same choice in shell.
 */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}
