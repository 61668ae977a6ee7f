/**
 * The Chromium the browser tests, the demo and bench:extension drive: `CHROMIUM_PATH` when set (Chromium
 * or Chrome for Testing; branded Google Chrome ignores --load-extension since version 137), else Debian's.
 * scripts/ensure-chromium.sh checks the same variable before it tries apt.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}
