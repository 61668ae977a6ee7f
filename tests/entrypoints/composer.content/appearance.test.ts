// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { forgetHost, setAppearance, themeHost } from '../../../entrypoints/composer.content/appearance';

describe('the in-page theme', () => {
  it('gives every badge host the chosen theme, now and when it changes, and lets go of removed ones', () => {
    const first = document.createElement('div');
    const gone = document.createElement('div');
    themeHost(first);
    themeHost(gone);
    expect(first.hasAttribute('data-theme')).toBe(false);
    setAppearance('dark');
    expect([first.dataset.theme, gone.dataset.theme]).toEqual(['dark', 'dark']);
    forgetHost(gone);
    const later = document.createElement('div');
    themeHost(later);
    expect(later.dataset.theme).toBe('dark');
    setAppearance(undefined); // an older background, or "system": the browser's theme
    expect(first.hasAttribute('data-theme')).toBe(false);
    expect(gone.dataset.theme).toBe('dark');
  });
});
