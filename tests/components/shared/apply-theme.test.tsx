// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyTheme } from '../../../components/shared/apply-theme';

describe('applyTheme', () => {
  it('pins light or dark on the root for theme.css, and leaves the browser to decide for "system"', () => {
    const root = document.createElement('html');
    applyTheme('dark', root);
    expect(root.dataset.theme).toBe('dark');
    applyTheme('light', root);
    expect(root.dataset.theme).toBe('light');
    applyTheme('system', root);
    expect(root.hasAttribute('data-theme')).toBe(false);
  });
});
