// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SAMPLE_DRAFT } from '../../../components/welcome/sample-composer';
import { SAMPLE_COMPOSER_ID } from '../../../components/welcome/use-sample-coaching';
import { WelcomePage } from '../../../components/welcome/welcome-page';
import { createEngineHost } from '../../../entrypoints/background/engine-host';
import { PLATFORMS } from '../../../platforms/index';
import { loadSettings } from '../../../utils/settings';
import { byText, click, mount } from '../render';
import { defaultProfile } from '../../../utils/profiles';

/** Lets the debounce, the messages and the effects settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 8; i++) await act(() => new Promise((done) => setTimeout(done, 40)));
}

function type(root: HTMLElement, text: string): void {
  const box = root.querySelector<HTMLTextAreaElement>('textarea')!;
  act(() => {
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

let requests: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  requests = [];
  // The real background behind the page's messages: the sample is checked by the same engine host as a site.
  const handle = createEngineHost();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    requests.push(message);
    return handle(message, { tab: { id: 7 } });
  });
  (fakeBrowser as unknown as { commands: object }).commands = {
    getAll: vi.fn(async () => [{ name: 'toggle-panel', shortcut: 'Alt+Shift+R', description: 'Open or close the Rapport panel' }]),
  };
});

describe('welcome page', () => {
  it('says what Rapport does, that nothing leaves the browser, and lists every supported site', async () => {
    const root = mount(<WelcomePage />);
    await settle();
    expect(root.querySelectorAll('.what li').length).toBeGreaterThanOrEqual(3);
    expect(root.textContent).toMatch(/sends nothing/);
    const sites = [...root.querySelectorAll('.sites li .name')].map((el) => el.textContent);
    expect(sites).toEqual(Object.values(PLATFORMS).map((p) => p.name));
    expect(root.querySelector('img')?.getAttribute('src')).toMatch(/^\/icon\//);
  });

  it("shows the browser's shortcut for the panel, not the default", async () => {
    const root = mount(<WelcomePage />);
    await settle();
    expect(root.querySelector('kbd.shortcut')?.textContent).toBe('Alt+Shift+R');
  });

  it('says where to set a shortcut when none is assigned', async () => {
    (fakeBrowser as unknown as { commands: { getAll: unknown } }).commands.getAll = async () => [{ name: 'toggle-panel', shortcut: '' }];
    const root = mount(<WelcomePage />);
    await settle();
    expect(root.querySelector('kbd.shortcut')).toBeNull();
    expect(root.textContent).toMatch(/none is set yet/);
  });

  it('coaches the sample draft through the background, as on a site', async () => {
    const root = mount(<WelcomePage />);
    type(root, 'HUGE SALE TODAY, everything must go!!!');
    await settle();
    const analyze = requests.filter((r) => (r as { type: string }).type === 'analyze');
    expect(analyze.at(-1)).toMatchObject({ composerId: SAMPLE_COMPOSER_ID, text: 'HUGE SALE TODAY, everything must go!!!' });
    const cards = root.querySelectorAll('.finding');
    expect(cards.length).toBeGreaterThan(0);
    expect(root.querySelector('.sample-score')?.textContent).toMatch(new RegExp(`${cards.length} suggestion`));
  });

  it('applies a fix to the sample draft', async () => {
    const root = mount(<WelcomePage />);
    type(root, 'HUGE SALE TODAY, everything must go!!!');
    await settle();
    const card = byText(root, '.finding', 'HUGE SALE TODAY')!;
    click(card.querySelector('.btn.primary'));
    await settle();
    expect(root.querySelector('textarea')!.value).not.toContain('HUGE SALE TODAY');
  });

  it('hides ignored advice on the sample without touching the settings', async () => {
    const root = mount(<WelcomePage />);
    click(byText(root, 'button', 'Try an example'));
    await settle();
    expect(root.querySelector('textarea')!.value).toBe(SAMPLE_DRAFT);
    const before = root.querySelectorAll('.finding').length;
    click(byText(root.querySelector('.finding')!, 'button', 'Turn off this rule'));
    await settle();
    expect(root.querySelectorAll('.finding').length).toBeLessThan(before);
    expect(defaultProfile(await loadSettings()).disabledRules).toEqual([]);
  });

  it('shows nothing for an empty draft', async () => {
    const root = mount(<WelcomePage />);
    type(root, '   ');
    await settle();
    expect(root.querySelector('.finding')).toBeNull();
    expect(requests.filter((r) => (r as { type: string }).type === 'analyze')).toEqual([]);
  });
});
