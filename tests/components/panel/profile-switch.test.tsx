// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ProfileSwitch } from '../../../components/panel/profile-switch';
import { withNewProfile, withPlatformProfile } from '../../../utils/profiles';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { mount } from '../render';

describe('ProfileSwitch', () => {
  it('says nothing while there is one profile', () => {
    const root = mount(<ProfileSwitch settings={DEFAULT_SETTINGS} platform="x" onChoose={vi.fn()} />);
    expect(root.textContent).toBe('');
  });

  it('shows the profile the platform writes by, and offers the others', () => {
    const two = withNewProfile(withNewProfile(DEFAULT_SETTINGS, 'Acme <b>Bank</b>')!.settings, 'Globex')!.settings;
    const settings = withPlatformProfile(two, 'linkedin', 'acme-b-bank-b');
    const onChoose = vi.fn();
    const root = mount(<ProfileSwitch settings={settings} platform="linkedin" onChoose={onChoose} />);
    const select = root.querySelector('select')!;
    expect(root.textContent).toContain('Writing as');
    expect(root.textContent).toContain('on LinkedIn');
    expect(select.value).toBe('acme-b-bank-b');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Default', 'Acme <b>Bank</b>', 'Globex']);
    expect(root.querySelector('b')).toBeNull();
    act(() => {
      select.value = 'globex';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChoose).toHaveBeenCalledWith('globex');
    // Another platform, unclaimed, writes by the default.
    const other = mount(<ProfileSwitch settings={settings} platform="x" onChoose={vi.fn()} />);
    expect(other.querySelector('select')!.value).toBe('default');
  });
});
