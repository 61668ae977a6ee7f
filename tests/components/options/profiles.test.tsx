// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OptionsPage } from '../../../components/options/options-page';
import { Profiles } from '../../../components/options/profiles';
import { TurnedOffRules } from '../../../components/options/rule-settings';
import { createEngineHost } from '../../../entrypoints/background/engine-host';
import { housePacksItem } from '../../../utils/house-packs';
import { defaultProfile, profileFor, withNewProfile, withPlatformProfile, withProfile } from '../../../utils/profiles';
import { DEFAULT_SETTINGS, loadSettings, settingsItem } from '../../../utils/settings';
import { byText, click, mount } from '../render';

const PACK = JSON.stringify({ name: 'Acme style', version: 2, rules: [{ id: 'no-rivals', type: 'avoid', terms: ['Globex'] }] });

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await act(() => new Promise((done) => setTimeout(done, 5)));
}

function type(field: HTMLInputElement, value: string, event = 'input'): void {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

function check(box: HTMLInputElement | HTMLSelectElement, value?: string): void {
  act(() => {
    if (box instanceof HTMLSelectElement) box.value = value!;
    else box.checked = !box.checked;
    box.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The profile card with this name. */
const card = (root: HTMLElement, name: string) => root.querySelector<HTMLElement>(`li.profile[aria-label="${name}"]`)!;
const platformBox = (entry: HTMLElement, platform: string) => byText<HTMLLabelElement>(entry, '.profile-platforms label', platform)!.querySelector('input')!;

beforeEach(() => {
  fakeBrowser.reset();
  const handle = createEngineHost();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => handle(message));
});

describe('Profiles section', () => {
  it('adds a profile, gives it LinkedIn, and takes X from another profile', async () => {
    const root = mount(<Profiles />);
    await settle();
    expect(root.querySelectorAll('li.profile')).toHaveLength(1);
    // The default profile alone: no way to remove it, and it covers every platform.
    expect(byText(card(root, 'Default'), 'button', 'Remove')).toBeUndefined();
    expect(card(root, 'Default').textContent).toContain('Used on X, LinkedIn, Facebook');

    type(root.querySelector('form input')!, 'Acme Bank');
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
    expect(root.textContent).toContain('Added Acme Bank.');
    check(platformBox(card(root, 'Acme Bank'), 'LinkedIn'));
    await settle();
    expect(profileFor(await loadSettings(), 'linkedin').name).toBe('Acme Bank');
    expect(card(root, 'Default').textContent).not.toContain('LinkedIn');

    await settingsItem.setValue(withNewProfile(await loadSettings(), 'Globex')!.settings);
    await settle();
    check(platformBox(card(root, 'Globex'), 'LinkedIn'));
    await settle();
    expect(profileFor(await loadSettings(), 'linkedin').name).toBe('Globex');
    expect(platformBox(card(root, 'Acme Bank'), 'LinkedIn').checked).toBe(false);
    expect(byText(card(root, 'Acme Bank'), '.profile-platforms label', 'LinkedIn')!.textContent).toContain('(now Globex)');
    // Unticked: LinkedIn goes back to the default profile.
    check(platformBox(card(root, 'Globex'), 'LinkedIn'));
    await settle();
    expect(profileFor(await loadSettings(), 'linkedin').id).toBe('default');
  });

  it('renames, refuses an empty name, makes default and removes after a confirmation', async () => {
    await settingsItem.setValue(withNewProfile(DEFAULT_SETTINGS, 'Acme')!.settings);
    const root = mount(<Profiles />);
    await settle();
    const name = card(root, 'Acme').querySelector<HTMLInputElement>('.profile-name input')!;
    type(name, 'Acme Cloud', 'change');
    await settle();
    expect((await loadSettings()).profiles[1]!.name).toBe('Acme Cloud');
    type(card(root, 'Acme Cloud').querySelector<HTMLInputElement>('.profile-name input')!, '   ', 'change');
    await settle();
    expect(root.textContent).toContain('A profile needs a name');
    expect((await loadSettings()).profiles[1]!.name).toBe('Acme Cloud');

    click(byText(card(root, 'Acme Cloud'), 'button', 'Make default'));
    await settle();
    expect(defaultProfile(await loadSettings()).name).toBe('Acme Cloud');
    expect(card(root, 'Acme Cloud').querySelector('.badge')?.textContent).toBe('Default');

    click(card(root, 'Default').querySelector('button[aria-label="Remove Default"]'));
    expect((await loadSettings()).profiles).toHaveLength(2);
    click(byText(card(root, 'Default'), '.confirm button', 'Keep'));
    expect((await loadSettings()).profiles).toHaveLength(2);
    click(card(root, 'Default').querySelector('button[aria-label="Remove Default"]'));
    click(byText(card(root, 'Default'), '.confirm button', 'Remove'));
    await settle();
    expect((await loadSettings()).profiles.map((p) => p.name)).toEqual(['Acme Cloud']);
    expect(root.querySelectorAll('li.profile')).toHaveLength(1);
  });

  it('chooses each profile its house pack, and shows the choice locked under a policy', async () => {
    await settingsItem.setValue(withNewProfile(DEFAULT_SETTINGS, 'Acme')!.settings);
    const handle = createEngineHost();
    await handle({ type: 'house-pack-add', source: 'paste', text: PACK });
    const root = mount(<Profiles />);
    await settle();
    check(card(root, 'Acme').querySelector('select')!, 'acme-style');
    await settle();
    expect((await loadSettings()).profiles.map((p) => p.housePack)).toEqual([undefined, 'acme-style']);

    await housePacksItem.setValue({ ...(await housePacksItem.getValue()), policy: { lockedPack: 'acme-style', lockedRules: [] } });
    await settle();
    const select = card(root, 'Default').querySelector('select')!;
    expect(select.disabled).toBe(true);
    expect(select.value).toBe('acme-style');
    expect(card(root, 'Default').textContent).toContain('Set by your organisation');
  });

  it('shows and changes the rule settings of the profile picked on the page', async () => {
    let settings = withNewProfile(DEFAULT_SETTINGS, 'Acme')!.settings;
    settings = withProfile(settings, 'acme', (p) => ({ ...p, disabledRules: ['hype'] }));
    settings = withProfile(settings, 'default', (p) => ({ ...p, disabledRules: ['shouting'] }));
    await settingsItem.setValue(withPlatformProfile(settings, 'x', 'acme'));
    const root = mount(<OptionsPage sections={[TurnedOffRules]} />);
    await settle();
    const list = () => [...root.querySelectorAll('[aria-label="Turned-off rules"] li .name')].map((n) => n.textContent);
    expect(list()).toEqual(['Shouting']);
    check(root.querySelector('.profile-picker select')!, 'acme');
    await settle();
    expect(list()).toEqual(['Hype']);
    click(byText(root, '[aria-label="Turned-off rules"] li', 'Hype')!.querySelector('button'));
    await settle();
    const stored = await loadSettings();
    expect(stored.profiles.map((p) => [p.id, p.disabledRules])).toEqual([
      ['default', ['shouting']],
      ['acme', []],
    ]);
  });
});
