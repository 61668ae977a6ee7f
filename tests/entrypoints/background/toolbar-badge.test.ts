import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { alsoOnBadge, badgeText, BADGE_COLOURS, createToolbarBadge, wireToolbarBadge, worstSeverity } from '../../../entrypoints/background/toolbar-badge';
import { createPanelHub } from '../../../entrypoints/background/panel-hub';
import { createEngineHost } from '../../../entrypoints/background/engine-host';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';

/** A fake `browser.action` that keeps what each tab's badge shows. */
function fakeAction() {
  const text = new Map<number, string>();
  const colour = new Map<number, string>();
  const action = {
    setBadgeText: vi.fn(({ tabId, text: t }: { tabId: number; text: string }) => void text.set(tabId, t)),
    setBadgeBackgroundColor: vi.fn(({ tabId, color }: { tabId: number; color: string }) => void colour.set(tabId, color)),
  };
  return { action, text, colour };
}

describe('badge text and colour', () => {
  it('shows the count, nothing for none, 99+ past two digits', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(140)).toBe('99+');
  });
  it('colours by the worst finding', () => {
    expect(worstSeverity(['suggestion', 'error', 'warning'])).toBe('error');
    expect(worstSeverity(['suggestion', 'warning'])).toBe('warning');
    expect(worstSeverity([])).toBeUndefined();
  });
});

describe('toolbar badge', () => {
  it("shows the active composer's count per tab, coloured by its worst finding", () => {
    const { action, text, colour } = fakeAction();
    const badge = createToolbarBadge(action);
    badge.analysed(1, 'a', 1, ['suggestion', 'warning', 'suggestion']);
    badge.analysed(2, 'b', 1, ['error']);
    expect(text.get(1)).toBe('3');
    expect(colour.get(1)).toBe(BADGE_COLOURS.warning);
    expect(text.get(2)).toBe('1');
    expect(colour.get(2)).toBe(BADGE_COLOURS.error);
  });

  it('follows focus between composers of one tab, and keeps a newer count over a late older one', () => {
    const { action, text } = fakeAction();
    const badge = createToolbarBadge(action);
    badge.analysed(1, 'a', 1, ['suggestion']);
    badge.analysed(1, 'b', 1, ['suggestion', 'suggestion']);
    expect(text.get(1)).toBe('2');
    badge.focused(1, 'a');
    expect(text.get(1)).toBe('1');
    badge.analysed(1, 'a', 5, []);
    expect(text.get(1)).toBe('');
    badge.analysed(1, 'a', 4, ['error']);
    expect(text.get(1)).toBe('');
  });

  it('clears when the composer goes away and when the tab navigates', () => {
    const { action, text } = fakeAction();
    const badge = createToolbarBadge(action);
    badge.analysed(1, 'a', 1, ['suggestion']);
    badge.gone(1, 'a');
    expect(text.get(1)).toBe('');
    badge.analysed(1, 'b', 1, ['warning', 'warning']);
    expect(text.get(1)).toBe('2');
    badge.navigated(1);
    expect(text.get(1)).toBe('');
  });

  it('does not send the same badge twice, and survives a tab that closed meanwhile', async () => {
    const { action } = fakeAction();
    action.setBadgeText.mockImplementationOnce(() => Promise.reject(new Error('No tab with id: 1')) as never);
    const badge = createToolbarBadge(action);
    badge.analysed(1, 'a', 1, ['suggestion']);
    badge.analysed(1, 'a', 2, ['suggestion']);
    expect(action.setBadgeText).toHaveBeenCalledTimes(1);
    badge.closed(1);
    await Promise.resolve();
  });

  it("is fed by the engine host's own analyses, with the count the composer gets", async () => {
    const { action, text } = fakeAction();
    const badge = createToolbarBadge(action);
    const hub = createPanelHub({ sendToTab: () => Promise.reject(new Error('no content script')) });
    let settings: Settings = DEFAULT_SETTINGS;
    const handle = createEngineHost(
      async () => settings,
      async (change) => (settings = change(settings)),
      { hub: alsoOnBadge(hub, badge), open: () => false },
    );
    const answer = (await handle(
      { type: 'analyze', composerId: 'c1', revision: 1, platform: 'x', text: 'HUGE SALE TODAY!!! Buy now at example.com' },
      { tab: { id: 9 } },
    )) as { analysis: { findings: unknown[] } };
    expect(answer.analysis.findings.length).toBeGreaterThan(0);
    expect(text.get(9)).toBe(String(answer.analysis.findings.length));
    await handle({ type: 'composer-gone', composerId: 'c1' }, { tab: { id: 9 } });
    expect(text.get(9)).toBe('');
    expect(hub.stateOf(9).composer).toBeNull();
  });
});

describe('toolbar badge wiring', () => {
  it('clears a tab that starts loading another page, not one that only finished loading', async () => {
    fakeBrowser.reset();
    const { action, text } = fakeAction();
    const badge = createToolbarBadge(action);
    wireToolbarBadge(badge);
    badge.analysed(3, 'a', 1, ['warning']);
    const tab = { id: 3 } as Parameters<typeof fakeBrowser.tabs.onUpdated.trigger>[2];
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, tab);
    expect(text.get(3)).toBe('1');
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, tab);
    expect(text.get(3)).toBe('');
  });
});
