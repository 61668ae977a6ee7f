import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The manifest's commands that open the panel (wxt.config.ts): Chrome's named command, Firefox's built-in
 * sidebar toggle.
 */
const PANEL_COMMANDS = ['toggle-panel', '_execute_sidebar_action'];

/**
 * The keys the user has for opening the panel, as the browser reports them: the suggested keys can be
 * taken by another extension or changed by the user, so the page never prints the default. `''` means no
 * keys are assigned; `undefined` that the browser did not say.
 */
export function panelShortcut(commands: readonly { name?: string; shortcut?: string }[]): string | undefined {
  const command = commands.find((c) => c.name !== undefined && PANEL_COMMANDS.includes(c.name));
  return command ? (command.shortcut ?? '') : undefined;
}

export function usePanelShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    browser.commands
      ?.getAll()
      .then((commands) => live && setShortcut(panelShortcut(commands)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return shortcut;
}

/** Where the user assigns keys, by browser. */
export function shortcutSettingsPlace(userAgent: string): string {
  return /firefox/i.test(userAgent) ? 'about:addons, under “Manage Extension Shortcuts”' : 'chrome://extensions/shortcuts';
}
