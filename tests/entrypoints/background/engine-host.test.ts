import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prepareTaggerInSteps, tagTerms } from '../../../rules/engine/nlp';
import { createEngineHost, type Handlers } from '../../../entrypoints/background/engine-host';
import { AnalyzeResponseSchema } from '../../../utils/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { defaultProfile } from '../../../utils/profiles';

function host(initial: Partial<Settings> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const handle = createEngineHost(
    async () => settings,
    async (change) => (settings = change(settings)),
  );
  return { handle, settings: () => settings };
}

describe('engine host', () => {
  it('answers an analysis request with a payload the content script accepts', async () => {
    const { handle } = host();
    const response = await handle({ type: 'analyze', composerId: 'c1', revision: 3, platform: 'x', text: 'BUY NOW!!!' });
    const parsed = AnalyzeResponseSchema.parse(response);
    expect(parsed).toMatchObject({ composerId: 'c1', revision: 3 });
    expect(parsed.analysis.findings.map((f) => f.ruleId)).toContain('shouting');
    expect(parsed.analysis.principles.find((p) => p.id === 'listen-dont-shout')).toMatchObject({ status: 'problem' });
  });

  it('refuses malformed and oversized messages without throwing', async () => {
    const { handle } = host();
    const messages = [
      null,
      'analyze',
      { type: 'analyze' },
      { type: 'nope' },
      { type: 'analyze', composerId: 'c', revision: 1, text: 'x'.repeat(300_000) },
      // Platforms are the contract's ids, not any string.
      { type: 'analyze', composerId: 'c', revision: 1, platform: 'myspace', text: 'hi' },
      { type: 'composer-focus', composerId: 'c', platform: 'myspace', hostname: 'myspace.com' },
    ];
    for (const message of messages) expect(await handle(message)).toHaveProperty('error');
  });

  it('applies ignored findings and turned-off rules to later analyses', async () => {
    const { handle, settings } = host();
    const request = { type: 'analyze', composerId: 'c1', revision: 1, text: 'THIS IS HUGE!!!' };
    const first = AnalyzeResponseSchema.parse(await handle(request)).analysis.findings;
    expect(first.length).toBeGreaterThan(1);
    await handle({ type: 'ignore-finding', key: first[0]!.key });
    const second = AnalyzeResponseSchema.parse(await handle(request)).analysis.findings;
    expect(second.map((f) => f.key)).not.toContain(first[0]!.key);
    await handle({ type: 'disable-rule', ruleId: 'shouting' });
    expect(defaultProfile(settings()).disabledRules).toEqual(['shouting']);
    const third = AnalyzeResponseSchema.parse(await handle(request)).analysis.findings;
    expect(third.map((f) => f.ruleId)).not.toContain('shouting');
  });

  it('types each handler by its own message and answer (checked by tsc, which runs over the tests)', () => {
    // @ts-expect-error: the site-status handler must answer a SiteStatus, not { ok }
    const wrongAnswer: Handlers['site-status'] = async () => ({ ok: true });
    // @ts-expect-error: the enable-rule handler gets a request with a ruleId, not a key
    const wrongPayload: Handlers['enable-rule'] = async (request) => ({ ok: request.key === '' });
    expect([wrongAnswer, wrongPayload]).toHaveLength(2);
  });
});

vi.mock('../../../rules/engine/nlp', async (original) => {
  const real = await original<typeof import('../../../rules/engine/nlp')>();
  return { ...real, prepareTaggerInSteps: vi.fn(async () => undefined), tagTerms: vi.fn(real.tagTerms) };
});

describe('engine host: loading the tagger', () => {
  beforeEach(() => vi.mocked(prepareTaggerInSteps).mockClear());

  it('starts loading the tagger once, right after the warm-up check of a woken worker, giving way between parts', async () => {
    const { handle } = host();
    await handle({ type: 'warm-up', draft: 'Thanks, all.' });
    expect(prepareTaggerInSteps).toHaveBeenCalledTimes(1);
    // It gives way with a new task, so a message waiting meanwhile is handled before the next part.
    const giveWay = vi.mocked(prepareTaggerInSteps).mock.calls[0]![0];
    const order: string[] = [];
    setTimeout(() => order.push('message'), 0);
    await giveWay().then(() => order.push('next part'));
    expect(order).toEqual(['message', 'next part']);
    await handle({ type: 'analyze', composerId: 'c1', revision: 1, text: 'Thanks, all.' });
    await handle({ type: 'warm-up', draft: 'Thanks, all!' });
    expect(prepareTaggerInSteps).toHaveBeenCalledTimes(1);
  });

  it('holds each part back while a check is being answered, so the check never waits between its reads', async () => {
    let settings: Settings = { ...DEFAULT_SETTINGS };
    // Settings that take a while to read, as chrome.storage can on a cold worker.
    const slowLoad = () => new Promise<Settings>((done) => setTimeout(() => done(settings), 60));
    const handle = createEngineHost(slowLoad, async (change) => (settings = change(settings)));
    await handle({ type: 'warm-up' });
    const giveWay = vi.mocked(prepareTaggerInSteps).mock.calls[0]![0];
    const order: string[] = [];
    const answer = handle({ type: 'analyze', composerId: 'c1', revision: 1, text: 'Thanks, all.' }).then(() => order.push('answered'));
    await Promise.all([answer, giveWay().then(() => order.push('next part'))]);
    expect(order).toEqual(['answered', 'next part']);
  });

  it('starts it after the first check when a check, not a warm-up, woke the worker', async () => {
    const { handle } = host();
    const answer = handle({ type: 'analyze', composerId: 'c1', revision: 1, text: 'Thanks, all.' });
    // Nothing is loaded before the check is answered: the check goes first.
    expect(prepareTaggerInSteps).not.toHaveBeenCalled();
    await answer;
    expect(prepareTaggerInSteps).toHaveBeenCalledTimes(1);
  });
});

describe('engine host: the side panel and the options page', () => {
  function withPanel() {
    let settings: Settings = { ...DEFAULT_SETTINGS };
    const hub = { recordAnalysis: vi.fn(), focus: vi.fn(), gone: vi.fn() };
    const open = vi.fn(() => true);
    const handle = createEngineHost(
      async () => settings,
      async (change) => (settings = change(settings)),
      { hub, open },
    );
    return { handle, hub, open, settings: () => settings };
  }
  const sender = { tab: { id: 12, windowId: 3 } };

  it('opens the panel synchronously, inside the user gesture, before any await', () => {
    const { handle, open } = withPanel();
    void handle({ type: 'open-panel' }, sender);
    expect(open).toHaveBeenCalledWith(sender);
  });

  it('records each analysis for the sender\u2019s tab, and focus and removal of composers', async () => {
    const { handle, hub } = withPanel();
    await handle({ type: 'analyze', composerId: 'c1', revision: 2, platform: 'x', text: 'BUY NOW!!!' }, sender);
    expect(hub.recordAnalysis).toHaveBeenCalledWith(
      12,
      expect.objectContaining({ composerId: 'c1', revision: 2, text: 'BUY NOW!!!' }),
      expect.objectContaining({ score: expect.any(Number) }),
    );
    await handle({ type: 'composer-focus', composerId: 'c1', platform: 'x', hostname: 'x.com' }, sender);
    expect(hub.focus).toHaveBeenCalledWith(12, 'c1', { hostname: 'x.com', platform: 'x' });
    await handle({ type: 'composer-gone', composerId: 'c1' }, sender);
    expect(hub.gone).toHaveBeenCalledWith(12, 'c1');
    // From a page (no tab), nothing is recorded.
    await handle({ type: 'analyze', composerId: 'c9', revision: 1, text: 'hello' });
    expect(hub.recordAnalysis).toHaveBeenCalledTimes(1);
  });

  it('turns rules back on, shows ignored findings again and switches sites', async () => {
    const { handle, settings } = withPanel();
    await handle({ type: 'disable-rule', ruleId: 'shouting' });
    await handle({ type: 'ignore-finding', key: 'hype:best ever' });
    await handle({ type: 'enable-rule', ruleId: 'shouting' });
    await handle({ type: 'unignore-finding', key: 'hype:best ever' });
    expect(defaultProfile(settings())).toMatchObject({ disabledRules: [], ignoredKeys: [] });
    await handle({ type: 'set-site-enabled', hostname: 'X.com', enabled: false });
    await handle({ type: 'set-site-enabled', hostname: 'x.com', enabled: false });
    expect(settings().disabledSites).toEqual(['x.com']);
    expect(await handle({ type: 'site-status', hostname: 'x.com' })).toEqual({ enabled: false });
    await handle({ type: 'set-site-enabled', hostname: 'x.com', enabled: true });
    expect(settings().disabledSites).toEqual([]);
    expect(await handle({ type: 'set-site-enabled', hostname: '', enabled: true })).toHaveProperty('error');
  });

  it('keeps the chosen theme, tells the content script, and refuses one it does not know', async () => {
    const { handle, settings } = withPanel();
    expect(await handle({ type: 'site-status', hostname: 'x.com' })).toEqual({ enabled: true });
    await handle({ type: 'set-appearance', appearance: 'dark' });
    expect(settings().appearance).toBe('dark');
    expect(await handle({ type: 'site-status', hostname: 'x.com' })).toEqual({ enabled: true, appearance: 'dark' });
    expect(await handle({ type: 'set-appearance', appearance: 'purple' })).toHaveProperty('error');
    await handle({ type: 'set-appearance', appearance: 'system' });
    expect(await handle({ type: 'site-status', hostname: 'x.com' })).toEqual({ enabled: true });
  });

  it('lists the built-in rules for the options page', async () => {
    const { handle } = withPanel();
    const catalog = (await handle({ type: 'rule-catalog' })) as { id: string; summary: string }[];
    expect(catalog.map((r) => r.id)).toContain('shouting');
    expect(catalog.every((r) => r.summary.length > 0)).toBe(true);
  });

  it('keeps the Mastodon instances the user added and names their platform to the content script', async () => {
    const { handle, settings } = host({ disabledSites: ['hachyderm.io'] });
    expect(await handle({ type: 'set-mastodon-instances', hosts: ['fosstodon.org', 'hachyderm.io', 'fosstodon.org'] })).toEqual({ ok: true });
    expect(settings().mastodonInstances).toEqual(['fosstodon.org', 'hachyderm.io']);
    expect(await handle({ type: 'site-status', hostname: 'fosstodon.org' })).toEqual({ enabled: true, platform: 'mastodon' });
    expect(await handle({ type: 'site-status', hostname: 'hachyderm.io' })).toEqual({ enabled: false, platform: 'mastodon' });
    expect(await handle({ type: 'site-status', hostname: 'example.org' })).toEqual({ enabled: true });
    expect(await handle({ type: 'set-mastodon-instances', hosts: ['not a host'] })).toHaveProperty('error');
  });

  it('warms on the draft the page sends when it wakes the worker, tagging it then if it needs tags', async () => {
    const { handle } = host();
    const headline = 'You Will Never Believe What This Startup Did Next';
    vi.mocked(tagTerms).mockClear();
    await handle({ type: 'warm-up', draft: `${headline}\n\nA thread on our launch.` });
    expect(vi.mocked(tagTerms).mock.calls.flat().join(' ')).toContain(headline);
    vi.mocked(tagTerms).mockClear();
    await handle({ type: 'warm-up', draft: 'Thanks, all.' });
    expect(tagTerms).not.toHaveBeenCalled();
  });
});

