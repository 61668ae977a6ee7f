// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistorySettings, type HistoryActions } from '../../../components/dashboard/history-settings';
import { DEFAULT_HISTORY_OPTIONS, type HistoryOptions } from '../../../utils/history-options';
import { byText, click, mount, rerender } from '../render';

function fakeActions(over: Partial<HistoryActions> = {}) {
  const saved: HistoryOptions[] = [];
  const actions: HistoryActions = {
    save: async (o) => (saved.push(o), true),
    exportJson: async () => '{"version":1,"posts":[]}',
    exportCsv: async () => 'at,platform\r\n',
    clear: vi.fn(async () => true),
    ...over,
  };
  return { actions, saved };
}
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
const change = async (el: Element | null | undefined, value: string | boolean) => {
  if (!el) throw new Error('no such field');
  const input = el as HTMLInputElement;
  if (typeof value === 'boolean') input.checked = value;
  else input.value = value;
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
};

afterEach(() => vi.restoreAllMocks());

describe('history settings', () => {
  it('keeps the text off by default and says plainly what is kept instead', () => {
    const root = mount(<HistorySettings options={DEFAULT_HISTORY_OPTIONS} postCount={3} actions={fakeActions().actions} />);
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(box?.checked).toBe(false);
    expect(box?.parentElement?.textContent).toMatch(/Keep the text of my posts/);
    expect(root.textContent).toMatch(/salted fingerprint.*not counted twice.*nothing leaves this browser/s);
  });

  it('saves each change with every field, and refuses numbers outside the limits', async () => {
    const { actions, saved } = fakeActions();
    const root = mount(<HistorySettings options={DEFAULT_HISTORY_OPTIONS} postCount={3} actions={actions} />);
    await change(root.querySelector('input[type="checkbox"]'), true);
    expect(saved.at(-1)).toEqual({ ...DEFAULT_HISTORY_OPTIONS, keepPostText: true });
    const [posts, days, window] = root.querySelectorAll('input[type="number"]');
    await change(days, '90');
    expect(saved.at(-1)).toMatchObject({ keepPostText: true, maxAgeDays: 90 });
    await change(posts, '5');
    expect(saved).toHaveLength(2);
    expect(root.querySelector('[data-testid="settings-status"]')?.textContent).toMatch(/Not saved/);
    await change(posts, '500');
    await change(window, '30');
    expect(saved.at(-1)).toMatchObject({ maxPosts: 500, window: 30 });
    expect(root.querySelector('[data-testid="policy-line"]')?.textContent).toMatch(/at most 6 of every 30 posts promote \(80\/20\)/);
  });

  it('offers the named policies and a custom share', async () => {
    const { actions, saved } = fakeActions();
    const root = mount(<HistorySettings options={DEFAULT_HISTORY_OPTIONS} postCount={3} actions={actions} />);
    expect([...root.querySelectorAll('option')].map((o) => o.value)).toEqual(['80/20', '4-1-1', 'thirds', 'custom']);
    await change(root.querySelector('select'), 'custom');
    await change(byText(root, 'label', /Largest share/)?.querySelector('input'), '25');
    expect(saved.at(-1)).toMatchObject({ policy: 'custom', share: 0.25 });
    expect(root.querySelector('[data-testid="policy-line"]')?.textContent).toMatch(/at most 2 of every 10 posts promote \(25%\)/);
  });

  it('warns when the history is nearly full', () => {
    const options = { ...DEFAULT_HISTORY_OPTIONS, maxPosts: 100 };
    expect(mount(<HistorySettings options={options} postCount={89} actions={fakeActions().actions} />).querySelector('[data-testid="nearly-full"]')).toBeNull();
    const full = mount(<HistorySettings options={options} postCount={90} actions={fakeActions().actions} />);
    expect(full.querySelector('[data-testid="nearly-full"]')?.textContent).toMatch(/90 of at most 100 posts/);
  });

  it('downloads the exports through a Blob URL on a link', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:rapport/1');
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.href}`);
    });
    const root = mount(<HistorySettings options={DEFAULT_HISTORY_OPTIONS} postCount={3} actions={fakeActions().actions} />);
    click(byText(root, 'button', 'Export JSON'));
    await settle();
    click(byText(root, 'button', 'Export CSV'));
    await settle();
    expect(clicked).toEqual(['rapport-history.json blob:rapport/1', 'rapport-history.csv blob:rapport/1']);
    const blob = created.mock.calls[0]![0] as Blob;
    expect(await blob.text()).toBe('{"version":1,"posts":[]}');
    expect(root.querySelector('[data-testid="settings-status"]')?.textContent).toMatch(/Exported 3 posts as CSV/);
  });

  it('says so when an export cannot be had', async () => {
    const root = mount(<HistorySettings options={DEFAULT_HISTORY_OPTIONS} postCount={3} actions={fakeActions({ exportJson: async () => undefined }).actions} />);
    click(byText(root, 'button', 'Export JSON'));
    await settle();
    expect(root.querySelector('[data-testid="settings-status"]')?.textContent).toMatch(/export failed/);
  });

  it('deletes everything only after a second, explicit step, and says what happened', async () => {
    const { actions } = fakeActions();
    const root = mount(<HistorySettings options={DEFAULT_HISTORY_OPTIONS} postCount={3} actions={actions} />);
    click(byText(root, 'button', 'Delete all history'));
    expect(actions.clear).not.toHaveBeenCalled();
    expect(root.textContent).toMatch(/Delete all 3 posts\? This cannot be undone/);
    click(byText(root, 'button', 'Keep my history'));
    expect(actions.clear).not.toHaveBeenCalled();
    click(byText(root, 'button', 'Delete all history'));
    click(byText(root, 'button', 'Yes, delete everything'));
    await settle();
    expect(actions.clear).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-testid="settings-status"]')?.textContent).toBe('Deleted all history.');
  });

  it('stops saying the history was deleted once posts are stored again', async () => {
    const { actions } = fakeActions();
    const status = () => root.querySelector('[data-testid="settings-status"]')?.textContent;
    const root = mount(<HistorySettings options={DEFAULT_HISTORY_OPTIONS} postCount={3} actions={actions} />);
    click(byText(root, 'button', 'Delete all history'));
    click(byText(root, 'button', 'Yes, delete everything'));
    await settle();
    rerender(root, <HistorySettings options={DEFAULT_HISTORY_OPTIONS} postCount={0} actions={actions} />);
    expect(status()).toBe('Deleted all history.');
    rerender(root, <HistorySettings options={DEFAULT_HISTORY_OPTIONS} postCount={120} actions={actions} />);
    expect(status()).toBe('');
  });

  it('offers no delete with nothing stored', () => {
    const root = mount(<HistorySettings options={DEFAULT_HISTORY_OPTIONS} postCount={0} actions={fakeActions().actions} />);
    expect(byText<HTMLButtonElement>(root, 'button', 'Delete all history')?.disabled).toBe(true);
  });
});
