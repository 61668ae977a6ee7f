// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RulesCatalogue } from '../../../components/options/rules-catalogue';
import { createEngineHost } from '../../../entrypoints/background/engine-host';
import { RULES } from '../../../rules/index';
import { PRINCIPLES } from '../../../rules/principles';
import { activeProfile, loadSettings } from '../../../utils/settings';
import { mount } from '../render';

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
    }
  });

  it('turns a rule off and on again through the settings', async () => {
    const root = mount(<RulesCatalogue />);
    await settle();
    const box = () => root.querySelector<HTMLInputElement>('li[data-rule="shouting"] input[type="checkbox"]')!;
    expect(box().checked).toBe(true);
    await act(() => box().click());
    await settle();
    expect(activeProfile(await loadSettings()).disabledRules).toEqual(['shouting']);
    expect(box().checked).toBe(false);
    await act(() => box().click());
    await settle();
    expect(activeProfile(await loadSettings()).disabledRules).toEqual([]);
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
});
