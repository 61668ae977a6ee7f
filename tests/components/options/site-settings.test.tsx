// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SiteSettings } from '../../../components/options/site-settings';
import { createEngineHost } from '../../../entrypoints/background/engine-host';
import { PLATFORMS } from '../../../platforms/index';
import { DEFAULT_SETTINGS, loadSettings, settingsItem } from '../../../utils/settings';
import { mount } from '../render';

async function settle(): Promise<void> {
  for (let i = 0; i < 8; i++) await act(() => new Promise((done) => setTimeout(done, 5)));
}

beforeEach(() => {
  fakeBrowser.reset();
  const handle = createEngineHost();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => handle(message));
});

describe('site settings', () => {
  it('lists the nine platforms, all on by default', async () => {
    const root = mount(<SiteSettings />);
    await settle();
    const boxes = [...root.querySelectorAll<HTMLInputElement>('[aria-label="Sites"] input')];
    expect(boxes).toHaveLength(Object.keys(PLATFORMS).length);
    expect(boxes.every((box) => box.checked)).toBe(true);
  });

  it('switches every host of a platform off and on, Mastodon servers the user added included', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, mastodonInstances: ['fosstodon.org'] });
    const root = mount(<SiteSettings />);
    await settle();
    const box = (id: string) => root.querySelector<HTMLInputElement>(`li[data-platform="${id}"] input`)!;
    await act(() => box('x').click());
    await settle();
    expect((await loadSettings()).disabledSites.sort()).toEqual([...PLATFORMS.x.site.hosts].sort());
    expect(box('x').checked).toBe(false);
    await act(() => box('mastodon').click());
    await settle();
    expect((await loadSettings()).disabledSites).toEqual(expect.arrayContaining(['mastodon.social', 'fosstodon.org']));
    await act(() => box('x').click());
    await settle();
    expect((await loadSettings()).disabledSites.sort()).toEqual(['fosstodon.org', 'mastodon.social']);
  });

  it('shows a platform off when the side panel switched one of its hosts off', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['twitter.com'] });
    const root = mount(<SiteSettings />);
    await settle();
    expect(root.querySelector<HTMLInputElement>('li[data-platform="x"] input')!.checked).toBe(false);
    expect(root.querySelector<HTMLInputElement>('li[data-platform="reddit"] input')!.checked).toBe(true);
  });
});
