import { describe, expect, it } from 'vitest';
import { panelShortcut, shortcutSettingsPlace } from '../../../components/welcome/panel-shortcut';

describe('panel shortcut', () => {
  it("reads Chrome's named command", () => {
    expect(panelShortcut([{ name: '_execute_action', shortcut: '' }, { name: 'toggle-panel', shortcut: 'Alt+Shift+R' }])).toBe('Alt+Shift+R');
  });
  it("reads Firefox's sidebar toggle", () => {
    expect(panelShortcut([{ name: '_execute_sidebar_action', shortcut: 'Ctrl+Alt+P' }])).toBe('Ctrl+Alt+P');
  });
  it('says no keys are set when the browser assigned none (another extension took them)', () => {
    expect(panelShortcut([{ name: 'toggle-panel', shortcut: '' }])).toBe('');
    expect(panelShortcut([{ name: 'toggle-panel' }])).toBe('');
  });
  it('says nothing when the command is missing', () => {
    expect(panelShortcut([])).toBeUndefined();
  });
  it('points each browser to its own shortcut settings', () => {
    expect(shortcutSettingsPlace('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toMatch(/about:addons/);
    expect(shortcutSettingsPlace('Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36')).toBe('chrome://extensions/shortcuts');
  });
});
