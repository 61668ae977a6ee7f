// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RulesCatalogue } from '../../../components/options/rules-catalogue';
import { createEngineHost } from '../../../entrypoints/background/engine-host';
import { findingKey } from '../../../rules/engine/types';
import { RULES } from '../../../rules/index';
import { PRINCIPLES } from '../../../rules/principles';
import { housePacksItem } from '../../../utils/house-packs';
import { loadSettings, updateSettings } from '../../../utils/settings';
import { IgnoredFindings, TurnedOffRules } from '../../../components/options/rule-settings';
import { mount } from '../render';
import { defaultProfile } from '../../../utils/profiles';

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((done) => setTimeout(done, 5)));
}

beforeEach(() => {
  fakeBrowser.reset();
  const handle = createEngineHost();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => handle(message));
});

describe('rules catalogue', () => {
  it('lists every built-in rule once, under its own principle, with an example either way', async () => {
    const root = mount(<RulesCatalogue />);
    await settle();
    const entries = [...root.querySelectorAll<HTMLElement>('li[data-rule]')];
    expect(entries.map((li) => li.dataset.rule).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    for (const rule of RULES) {
      const li = root.querySelector<HTMLElement>(`li[data-rule="${rule.meta.id}"]`)!;
      expect(li.closest('section.catalogue-group')?.getAttribute('aria-label')).toBe(PRINCIPLES[rule.meta.principle].title);
      const examples = [...li.querySelectorAll('dd')].map((dd) => dd.textContent);
      expect(examples).toHaveLength(2);
      expect(examples.every((text) => text!.length > 2)).toBe(true);
      expect(examples[0], `${rule.meta.id} shows the same draft as flagged and as left alone`).not.toBe(examples[1]);
    }
  });

  it('turns a rule off and on again through the settings', async () => {
    const root = mount(<RulesCatalogue />);
    await settle();
    const box = () => root.querySelector<HTMLInputElement>('li[data-rule="shouting"] input[type="checkbox"]')!;
    expect(box().checked).toBe(true);
    await act(() => box().click());
    await settle();
    expect(defaultProfile(await loadSettings()).disabledRules).toEqual(['shouting']);
    expect(box().checked).toBe(false);
    await act(() => box().click());
    await settle();
    expect(defaultProfile(await loadSettings()).disabledRules).toEqual([]);
  });

  it('gives rules that are off by default no switch', async () => {
    const root = mount(<RulesCatalogue />);
    await settle();
    for (const rule of RULES.filter((r) => !r.meta.enabledByDefault)) {
      const li = root.querySelector(`li[data-rule="${rule.meta.id}"]`)!;
      expect(li.querySelector('input')).toBeNull();
      expect(li.textContent).toContain('Off unless a house pack turns it on');
    }
  });

  it('shows a rule the organisation locked as on, with no switch, and says so where it was turned off or ignored', async () => {
    await housePacksItem.setValue({ packs: [], policy: { lockedRules: ['shouting'] } });
    await updateSettings((s) => ({ ...s, profiles: s.profiles.map((p) => ({ ...p, disabledRules: ['shouting'], ignoredKeys: [findingKey('shouting', 'WE ARE')] })) }));
    const root = mount(
      <>
        <RulesCatalogue />
        <TurnedOffRules />
        <IgnoredFindings />
      </>,
    );
    await settle();
    const entry = root.querySelector('li[data-rule="shouting"]')!;
    expect(entry.querySelector('input')).toBeNull();
    expect(entry.textContent).toContain('On: locked by your organisation');
    expect(root.querySelector('[aria-label="Turned-off rules"]')?.textContent).toContain('locked this rule on');
    expect(root.querySelector('[aria-label="Ignored suggestions"]')?.textContent).toContain('locked this rule on');
    // Rules the policy leaves alone keep their switch.
    expect(root.querySelector('li[data-rule="hype"] input[type="checkbox"]')).not.toBeNull();
  });

  it('marks every rule of a pack the organisation locked, in the turned-off and ignored lists', async () => {
    const text = JSON.stringify({ name: 'Acme', id: 'acme', version: 2, rules: [{ id: 'no-globex', type: 'avoid', terms: ['Globex'] }] });
    const entry = { id: 'policy', name: 'Acme', source: 'policy' as const, text, loadedAt: '2026-12-01T00:00:00.000Z', managed: true };
    await housePacksItem.setValue({ packs: [entry], policy: { lockedPack: 'policy', lockedRules: [] } });
    await updateSettings((s) => ({
      ...s,
      profiles: s.profiles.map((p) => ({ ...p, disabledRules: ['house/acme/no-globex', 'hype'], ignoredKeys: [findingKey('house/acme/no-globex', 'Globex')] })),
    }));
    const root = mount(
      <>
        <TurnedOffRules />
        <IgnoredFindings />
      </>,
    );
    await settle();
    const off = [...root.querySelectorAll('[aria-label="Turned-off rules"] li')].map((li) => li.textContent ?? '');
    expect(off.find((t) => t.includes('No globex (house rule of acme)'))).toContain('locked this rule on');
    expect(off.find((t) => t.includes('No globex (house rule of acme)'))).toContain('A rule of the house pack "acme".');
    expect(off.find((t) => !t.includes('No globex (house rule of acme)'))).not.toContain('locked');
    expect(root.querySelector('[aria-label="Ignored suggestions"]')?.textContent).toContain('locked this rule on');
  });
});

