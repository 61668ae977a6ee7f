// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OptionsPage } from '../../../components/options/options-page';
import { IgnoredFindings, ruleName, splitIgnoredKey, TurnedOffRules } from '../../../components/options/rule-settings';
import { createEngineHost } from '../../../entrypoints/background/engine-host';
import { findingKey } from '../../../rules/engine/types';
import { loadSettings, settingsItem, DEFAULT_PROFILE_ID, DEFAULT_SETTINGS } from '../../../utils/settings';
import { byText, click, mount } from '../render';
import { defaultProfile, withProfile } from '../../../utils/profiles';

/** An ignored finding whose words are markup: shown as typed, never as HTML. */
const MARKUP_KEY = findingKey('shouting', '<img src=x onerror=alert(1)>');

/** Lets storage, messages and effects settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((done) => setTimeout(done, 5)));
}

beforeEach(() => {
  fakeBrowser.reset();
  // The real background handler behind the options page's messages.
  const handle = createEngineHost();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => handle(message));
});

describe('options page', () => {
  it('lists turned-off rules with their summary, and turns one back on', async () => {
    await settingsItem.setValue(withProfile(DEFAULT_SETTINGS, DEFAULT_PROFILE_ID, (p) => ({ ...p, disabledRules: ['shouting', 'hard-sell'] })));
    const root = mount(<OptionsPage sections={[TurnedOffRules, IgnoredFindings]} />);
    await settle();
    const items = root.querySelectorAll('[aria-label="Turned-off rules"] li');
    expect(items.length).toBe(2);
    expect(byText(root, 'li', 'Shouting')?.querySelector('.about')?.textContent).toMatch(/\w/);
    expect(byText(root, 'li', 'Hard sell')).toBeDefined();
    click(byText(root, 'li', 'Shouting')?.querySelector('button'));
    await settle();
    expect(defaultProfile(await loadSettings()).disabledRules).toEqual(['hard-sell']);
    expect(root.querySelectorAll('[aria-label="Turned-off rules"] li').length).toBe(1);
  });

  it('lists ignored findings as their rule and text, shown as typed, and shows one again', async () => {
    await settingsItem.setValue(
      withProfile(DEFAULT_SETTINGS, DEFAULT_PROFILE_ID, (p) => ({ ...p, ignoredKeys: [MARKUP_KEY, findingKey('hype', 'best ever')] })),
    );
    const root = mount(<OptionsPage sections={[TurnedOffRules, IgnoredFindings]} />);
    await settle();
    const markup = byText(root, '[aria-label="Ignored suggestions"] li', 'onerror')!;
    expect(markup.querySelector('.name')?.textContent).toBe('“<img src=x onerror=alert(1)>”');
    expect(root.querySelector('img')).toBeNull();
    click(byText(root, '[aria-label="Ignored suggestions"] li', 'best ever')?.querySelector('button'));
    await settle();
    expect(defaultProfile(await loadSettings()).ignoredKeys).toEqual([MARKUP_KEY]);
  });

  it('says so when nothing is turned off or ignored', async () => {
    const root = mount(<OptionsPage sections={[TurnedOffRules, IgnoredFindings]} />);
    await settle();
    expect(root.textContent).toContain('No rules are turned off.');
    expect(root.textContent).toContain('Nothing is ignored.');
  });

  it('takes any section component, each under its own heading', () => {
    const Extra = () => <section aria-labelledby="extra-heading"><h2 id="extra-heading">Mastodon instances</h2></section>;
    const root = mount(<OptionsPage sections={[Extra]} />);
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Mastodon instances']);
  });

  it('splits an ignored key into its rule and text, whatever characters they hold', () => {
    expect(splitIgnoredKey(findingKey('hype', 'best: ever'))).toEqual({ ruleId: 'hype', text: 'best: ever' });
    expect(splitIgnoredKey(findingKey('house/acme/no:prices', '"$5"'))).toEqual({ ruleId: 'house/acme/no:prices', text: '"$5"' });
    expect(splitIgnoredKey('odd')).toEqual({ ruleId: '', text: 'odd' });
    expect(ruleName('see-more-fold')).toBe('See more fold');
    expect(ruleName('house/acme%2Fco/no-globex')).toBe('No globex (house rule of acme/co)');
  });
});
