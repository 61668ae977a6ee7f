// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { describeSource, HousePacks, packOrigin } from '../../../components/options/house-packs';
import { CHECK_DELAY_MS } from '../../../components/options/house-pack-editor';
import { createEngineHost } from '../../../entrypoints/background/engine-host';
import { housePacksItem, loadHousePacks } from '../../../utils/house-packs';
import { updateSettings } from '../../../utils/settings';
import { byText, click, mount } from '../render';

const GOOD = JSON.stringify({ name: 'Acme <b>house</b> style', version: 1, rules: [{ id: 'no-rivals', type: 'avoid', terms: ['Globex'], message: 'Do not name rivals.' }] });
const BROKEN = '{"name":"Acme","version":1,"rules":[{"id":"two","type":"limit","count":"hashtags","max":"two"},{"id":"x","type":"banned"}]}';

async function settle(ms = CHECK_DELAY_MS + 50): Promise<void> {
  for (let i = 0; i < 4; i++) await act(() => new Promise((done) => setTimeout(done, ms / 4)));
}

function type(field: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  const handle = createEngineHost();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => handle(message));
});

const VALE_AVOID = 'extends: existence\nmessage: "Avoid \'%s\'."\nlevel: error\ntokens:\n  - synergy\n';
const VALE_SCRIPT = 'extends: script\nmessage: "x"\nscript: "x"\n';

function pick(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('house rules on the options page', () => {
  it('reads a zipped Vale style into the editor, lists the rules that could not load, and adds it', async () => {
    const root = mount(<HousePacks />);
    await settle();
    const zip = zipSync({ 'Acme/Avoid.yml': strToU8(VALE_AVOID), 'Acme/Script.yml': strToU8(VALE_SCRIPT) });
    const input = root.querySelector<HTMLInputElement>('input[type="file"][accept*=".zip"]')!;
    pick(input, [new File([zip], 'acme-style.zip', { type: 'application/zip' })]);
    await settle();
    expect(root.textContent).toContain('Read acme-style.zip as a Vale style: 1 of 2 rules load; 1 could not (listed below).');
    expect(root.querySelector('.vale-skipped summary')?.textContent).toBe('Vale rules that could not load (1)');
    expect(root.querySelector('.vale-skipped li')?.textContent).toMatch(/^Acme\.Script: /);
    expect(JSON.parse(root.querySelector('textarea')!.value).rules.map((r: { id: string }) => r.id)).toEqual(['Acme.Avoid']);
    click(byText(root, 'button', 'Add pack'));
    await settle();
    expect((await loadHousePacks()).packs.map((p) => p.name)).toEqual(['Acme (Vale style)']);
    expect(root.querySelector('.vale-skipped')).toBeNull();
  });

  it('says why a picked file is not a style or a pack, and changes nothing', async () => {
    const root = mount(<HousePacks />);
    await settle();
    const input = root.querySelector<HTMLInputElement>('input[type="file"][accept*=".zip"]')!;
    pick(input, [new File([new Uint8Array([1, 2, 3])], 'broken.zip')]);
    await settle();
    expect(root.textContent).toContain('broken.zip: not a readable zip');
    expect(root.querySelector('textarea')!.value).toBe('');
  });

  it('lists every problem of a broken pack by path, then adds a good one and previews it, all as text', async () => {
    const root = mount(<HousePacks />);
    await settle();
    const [packField, draftField] = [...root.querySelectorAll('textarea')];
    type(packField!, BROKEN);
    await settle();
    const problems = [...root.querySelectorAll('[aria-label="Problems in this pack"] li')].map((li) => li.textContent);
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.some((p) => p!.startsWith('rules[0].max'))).toBe(true);
    expect(problems.some((p) => p!.startsWith('rules[1]'))).toBe(true);

    type(packField!, GOOD);
    type(draftField!, 'Globex could never.');
    await settle();
    expect(root.textContent).toContain('“Acme <b>house</b> style” loads: 1 rule.');
    const preview = root.querySelector('[aria-label="What the pack finds"] li');
    expect(preview?.textContent).toContain('“Globex”');
    expect(preview?.textContent).toContain('House rule · Acme <b>house</b> style');
    expect(root.querySelector('b')).toBeNull();

    click(byText(root, 'button', 'Add pack'));
    await settle();
    expect((await loadHousePacks()).packs.map((p) => p.name)).toEqual(['Acme <b>house</b> style']);
    expect(byText(root, '[aria-label="House-rule packs"] li', 'Pasted')).toBeDefined();

    expect(root.textContent).toContain('Choose which profile writes by which pack under Profiles');
  });

  it('shows a managed pack as managed, without Remove', async () => {
    await housePacksItem.setValue({
      packs: [{ id: 'policy', name: 'Bank style', source: 'policy', url: 'https://bank.example/p.json', text: GOOD, loadedAt: '2026-12-04T10:00:00.000Z', managed: true, failure: { at: '2026-12-05T10:00:00.000Z', reason: 'bank.example answered 503.', problems: [] } }],
      policy: { lockedPack: 'policy', lockedRules: [] },
    });
    const root = mount(<HousePacks />);
    await settle();
    const item = byText(root, '[aria-label="House-rule packs"] li', 'Bank style')!;
    expect(item.textContent).toContain('Managed');
    expect(item.textContent).toContain('bank.example answered 503.');
    expect(byText(item, 'button', 'Remove')).toBeUndefined();
    expect(byText(item, 'button', 'Update now')).toBeDefined();
    expect(byText(item, 'button', 'Export')).toBeDefined();
    expect(root.textContent).toContain('Your organisation set the pack every profile uses.');
  });

  it('asks for the one origin of a pack address before fetching it', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    const root = mount(<HousePacks />);
    type(root.querySelector('input[type="url"]')!, 'https://brand.example/style.json');
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await settle();
    expect(request).toHaveBeenCalledWith({ origins: ['https://brand.example/*'] });
    expect(root.textContent).toContain('needs your permission to read brand.example');
    expect((await loadHousePacks()).packs).toEqual([]);
  });

  it('reads pack addresses and sources', () => {
    expect(packOrigin('https://brand.example/a/b.json?x=1')).toBe('https://brand.example/*');
    expect(packOrigin('http://brand.example/a.json')).toBeUndefined();
    expect(describeSource({ id: 'a', name: 'A', source: 'file', fileName: 'acme.json', text: '', loadedAt: '' })).toBe('Imported from acme.json');
  });
});

describe('removing a URL pack', () => {
  it('gives its site access back, unless a Mastodon instance on that site still needs it', async () => {
    const pack = (id: string, url: string) => ({ id, name: id, source: 'url' as const, url, text: GOOD, loadedAt: '2026-12-04T10:00:00.000Z' });
    await housePacksItem.setValue({ packs: [pack('a', 'https://brand.example/a.json'), pack('b', 'https://social.example/b.json')], policy: { lockedRules: [] } });
    await updateSettings((s) => ({ ...s, mastodonInstances: ['social.example'] }));
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    const root = mount(<HousePacks />);
    await settle();
    click(root.querySelector('[aria-label="Remove a"]'));
    await settle();
    click(root.querySelector('[aria-label="Remove b"]'));
    await settle();
    expect(remove.mock.calls).toEqual([[{ origins: ['https://brand.example/*'] }]]);
    expect((await loadHousePacks()).packs).toEqual([]);
  });
});
