import { describe, expect, it, vi } from 'vitest';
import type { AnalysisPayload, ContentCommand, PanelServerMessage, PanelState } from '../../../utils/messages';
import { createPanelHub, type HubDeps } from '../../../entrypoints/background/panel-hub';
import { analysisPayload } from '../../support/payloads';

function analysis(score: number): AnalysisPayload {
  return analysisPayload({ score });
}

/** A hub whose tab answers `panel-sync` with the given composers (or not at all), and a panel on it. */
function setup(reply: (command: ContentCommand) => unknown = () => ({ hostname: 'x.com', platform: 'x', composers: ['a', 'b'] })) {
  const sendToTab = vi.fn<HubDeps['sendToTab']>(async (_tabId, command) => {
    const answer = reply(command);
    if (answer instanceof Error) throw answer;
    return answer;
  });
  const hub = createPanelHub({ sendToTab });
  const received: PanelServerMessage[] = [];
  const panel = hub.connect({ post: (m) => received.push(m) });
  const states = () => received.filter((m): m is PanelState => m.type === 'state');
  const last = () => states().at(-1);
  return { hub, panel, sendToTab, received, states, last };
}

const flush = () => new Promise((done) => setTimeout(done, 0));
const req = (composerId: string, revision: number, text = 'hello there') => ({ composerId, revision, platform: 'x' as const, text });

describe('panel hub', () => {
  it('pushes the watched tab\u2019s active composer, with its channel numbers and strengths', async () => {
    const { hub, panel, last } = setup();
    panel.receive({ type: 'watch', tabId: 1 });
    await flush();
    hub.focus(1, 'a', { hostname: 'x.com', platform: 'x' });
    hub.recordAnalysis(1, req('a', 1, 'hi 🎉'), analysis(90));
    expect(last()).toMatchObject({ tabId: 1, site: { hostname: 'x.com' }, composer: { composerId: 'a', revision: 1 } });
    expect(last()?.composer?.channel).toMatchObject({ used: 5, limit: 280 });
    expect(last()?.composer?.strengths).toEqual([]);
  });

  it('never lets a result for an older revision replace a newer one', async () => {
    const { hub, panel, last, states } = setup();
    panel.receive({ type: 'watch', tabId: 1 });
    await flush();
    hub.focus(1, 'a', { hostname: 'x.com', platform: 'x' });
    hub.recordAnalysis(1, req('a', 5), analysis(50));
    const pushed = states().length;
    hub.recordAnalysis(1, req('a', 4), analysis(99));
    expect(states().length).toBe(pushed);
    expect(last()?.composer).toMatchObject({ revision: 5, analysis: { score: 50 } });
    // The same revision again (a re-check after a settings change) does replace it.
    hub.recordAnalysis(1, req('a', 5), analysis(70));
    expect(last()?.composer?.analysis.score).toBe(70);
  });

  it('follows focus between composers and keeps the last result until the new one has its own', async () => {
    const { hub, panel, last } = setup();
    panel.receive({ type: 'watch', tabId: 1 });
    await flush();
    hub.focus(1, 'a', { hostname: 'x.com', platform: 'x' });
    hub.recordAnalysis(1, req('a', 1), analysis(80));
    hub.focus(1, 'b', { hostname: 'x.com', platform: 'x' });
    expect(last()?.composer?.composerId).toBe('a');
    hub.recordAnalysis(1, req('b', 1), analysis(60));
    expect(last()?.composer?.composerId).toBe('b');
    // A background composer's analysis does not take the panel over.
    hub.recordAnalysis(1, req('a', 2), analysis(10));
    expect(last()?.composer?.composerId).toBe('b');
    hub.focus(1, 'a', { hostname: 'x.com', platform: 'x' });
    expect(last()?.composer).toMatchObject({ composerId: 'a', analysis: { score: 10 } });
  });

  it('forgets a composer that left the page', async () => {
    const { hub, panel, last } = setup();
    panel.receive({ type: 'watch', tabId: 1 });
    await flush();
    hub.focus(1, 'a', { hostname: 'x.com', platform: 'x' });
    hub.recordAnalysis(1, req('a', 1), analysis(80));
    hub.gone(1, 'a');
    expect(last()).toMatchObject({ site: { hostname: 'x.com' }, composer: null });
  });

  it('only pushes to panels watching that tab', async () => {
    const { hub, panel, states } = setup();
    panel.receive({ type: 'watch', tabId: 2 });
    await flush();
    const before = states().length;
    hub.recordAnalysis(1, req('a', 1), analysis(80));
    expect(states().length).toBe(before);
  });

  it('asks the tab what lives there when a panel starts watching, and drops what is gone', async () => {
    const { hub, panel, last, sendToTab } = setup(() => ({ hostname: 'x.com', platform: 'x', composers: ['b'], active: 'b' }));
    hub.recordAnalysis(1, req('a', 1), analysis(80));
    hub.recordAnalysis(1, req('b', 1), analysis(40));
    panel.receive({ type: 'watch', tabId: 1 });
    await flush();
    expect(sendToTab).toHaveBeenCalledWith(1, { type: 'panel-sync', known: ['a', 'b'] });
    expect(last()?.composer?.composerId).toBe('b');
    expect(hub.stateOf(1).composer?.composerId).toBe('b');
  });

  it('after a service-worker restart, keeps the panel as it is until the composer reports again', async () => {
    // A fresh hub (the worker restarted) and a panel that reconnects: the page still has composer "a".
    const { hub, panel, states, sendToTab } = setup(() => ({ hostname: 'x.com', platform: 'x', composers: ['a'], active: 'a' }));
    panel.receive({ type: 'watch', tabId: 1 });
    await flush();
    expect(sendToTab).toHaveBeenCalledWith(1, { type: 'panel-sync', known: [] });
    expect(states()).toEqual([]);
    hub.recordAnalysis(1, req('a', 3), analysis(75));
    expect(states().map((s) => s.composer?.composerId)).toEqual(['a']);
  });

  it('shows no site when no content script answers (not a supported page)', async () => {
    const { panel, last } = setup(() => new Error('Could not establish connection. Receiving end does not exist.'));
    panel.receive({ type: 'watch', tabId: 9 });
    await flush();
    expect(last()).toEqual({ type: 'state', tabId: 9, site: null, composer: null });
  });

  it('shows no site when the page names no platform Rapport knows', async () => {
    const { panel, last } = setup(() => ({ hostname: 'x.com', platform: 'myspace', composers: ['a'] }));
    panel.receive({ type: 'watch', tabId: 9 });
    await flush();
    expect(last()).toEqual({ type: 'state', tabId: 9, site: null, composer: null });
  });

  it('syncs again when a watched tab finishes loading', async () => {
    const { hub, panel, sendToTab } = setup();
    panel.receive({ type: 'watch', tabId: 1 });
    await flush();
    sendToTab.mockClear();
    hub.tabLoaded(1);
    hub.tabLoaded(2);
    await flush();
    expect(sendToTab).toHaveBeenCalledTimes(1);
    expect(sendToTab.mock.calls[0]?.[0]).toBe(1);
  });

  it('passes panel actions to the tab\u2019s content script and reports the outcome', async () => {
    const { panel, received, sendToTab } = setup((command) =>
      command.type === 'session-action' ? { outcome: 'applied' } : { hostname: 'x.com', platform: 'x', composers: [] },
    );
    panel.receive({ type: 'act', id: 3, tabId: 1, composerId: 'a', action: 'apply', key: 'shouting:wow', start: 4 });
    await flush();
    expect(sendToTab).toHaveBeenCalledWith(1, { type: 'session-action', composerId: 'a', action: 'apply', key: 'shouting:wow', start: 4 });
    expect(received).toContainEqual({ type: 'act-result', id: 3, outcome: 'applied' });
  });

  it('says "missing" when the tab no longer has the content script', async () => {
    const { panel, received } = setup(() => new Error('gone'));
    panel.receive({ type: 'act', id: 1, tabId: 1, composerId: 'a', action: 'ignore', key: 'k', start: 0 });
    await flush();
    expect(received).toContainEqual({ type: 'act-result', id: 1, outcome: 'missing' });
  });

  it('ignores malformed panel messages', async () => {
    const { panel, received, sendToTab } = setup();
    for (const message of [null, 'watch', { type: 'watch' }, { type: 'watch', tabId: 1.5 }, { type: 'act', id: 1 }, { type: 'act', id: 1, tabId: 1, composerId: 'a', action: 'delete-post', key: 'k', start: 0 }]) {
      panel.receive(message);
    }
    await flush();
    expect(received).toEqual([]);
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('knows which window has a panel open, until it disconnects', async () => {
    const { hub, panel } = setup();
    panel.receive({ type: 'watch', tabId: 1, windowId: 4 });
    expect(hub.panelInWindow(4)).toBeDefined();
    expect(hub.panelInWindow(5)).toBeUndefined();
    panel.disconnect();
    expect(hub.panelInWindow(4)).toBeUndefined();
  });

  it('forgets a closed tab', () => {
    const { hub } = setup();
    hub.recordAnalysis(1, req('a', 1), analysis(80));
    hub.tabClosed(1);
    expect(hub.stateOf(1)).toEqual({ type: 'state', tabId: 1, site: null, composer: null });
  });
});
