import { browser } from 'wxt/browser';

/** The welcome page, an extension page built from entrypoints/welcome/. */
export const WELCOME_PAGE = '/welcome.html';

/**
 * Opens the welcome page once, when the extension is first installed. Updates, browser updates and
 * reloads of an unpacked build (reason 'update', 'chrome_update', 'shared_module_update') open nothing:
 * a person who already uses Rapport should not get a tab they did not ask for.
 */
export function welcomeOnInstall(details: { reason: string }, open: (url: string) => Promise<unknown>): boolean {
  if (details.reason !== 'install') return false;
  open(browser.runtime.getURL(WELCOME_PAGE)).catch(() => undefined);
  return true;
}

/** Registered when the worker starts, as the browser only delivers onInstalled to a listener added then. */
export function wireFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => {
    welcomeOnInstall(details, (url) => browser.tabs.create({ url }));
  });
}
