// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { SettingsLink } from '../../../components/panel/settings-link';
import { byText, click, mount } from '../render';

describe('panel settings link', () => {
  it('opens the settings page', () => {
    const open = vi.fn();
    click(byText(mount(<SettingsLink onOpen={open} />), 'button', 'Settings'));
    expect(open).toHaveBeenCalledTimes(1);
  });
});
