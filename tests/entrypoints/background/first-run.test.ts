import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { welcomeOnInstall, WELCOME_PAGE } from '../../../entrypoints/background/first-run';

describe('welcome page on install', () => {
  it('opens the welcome page when the extension is installed', () => {
    const open = vi.fn(() => Promise.resolve());
    expect(welcomeOnInstall({ reason: 'install' }, open)).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith(fakeBrowser.runtime.getURL(WELCOME_PAGE));
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])('opens nothing on %s', (reason) => {
    const open = vi.fn(() => Promise.resolve());
    expect(welcomeOnInstall({ reason }, open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('does not throw when the tab cannot be opened', async () => {
    const open = vi.fn(() => Promise.reject(new Error('no windows')));
    expect(() => welcomeOnInstall({ reason: 'install' }, open)).not.toThrow();
    await Promise.resolve();
  });
});
