// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createEngineHost } from '../../../entrypoints/background/engine-host';
import { startCoach } from '../../../entrypoints/composer.content/coach';
import type { AnalyzeResponse, Request } from '../../../utils/messages';
import { loadSettings } from '../../../utils/settings';
import { defaultProfile } from '../../../utils/profiles';

let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('coach-test');
});
afterEach(() => {
  ctx.abort();
  document.body.replaceChildren();
});

/** A Mastodon composer on the page, coached with the real background behind `send`. */
async function coached(text: string) {
  const handle = createEngineHost();
  const sent: Request[] = [];
  const answers: AnalyzeResponse[] = [];
  const send = vi.fn(async (request: Request) => {
    sent.push(request);
    const answer = await handle(request);
    if (request.type === 'analyze') answers.push(answer as AnalyzeResponse);
    return answer;
  });
  const field = document.createElement('textarea');
  field.className = 'autosuggest-textarea__textarea';
  field.value = text;
  document.body.append(field);
  startCoach(ctx, 'mastodon', send);
  field.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  await vi.waitFor(() => expect(document.querySelector('rapport-badge')?.getAttribute('data-state')).toBe('ready'));
  const analyses = () => sent.filter((r) => r.type === 'analyze').length;
  const composerId = sent.find((r) => r.type === 'composer-focus')!.composerId;
  return { analyses, answers, composerId, badge: () => document.querySelector('rapport-badge') as HTMLElement };
}

/**
 * The background's command to the page, as the side panel's buttons send it. The script answers through
 * `sendResponse`, as the browser's own API (without the polyfill) expects.
 */
function command(message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    void deliver(message, resolve).then((kept) => {
      if (!kept.includes(true)) resolve(undefined);
    });
  });
}

/** The page's listeners called as the browser calls them; each says whether it will answer (`true`). */
function deliver(message: unknown, sendResponse: (reply: unknown) => void): Promise<unknown[]> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  return trigger(message, {}, sendResponse);
}

describe('the coach: answering the side panel', () => {
  it('answers which composers live here, and the outcome of an action, through sendResponse', async () => {
    const { composerId } = await coached('WE ARE SO EXCITED!!!');
    expect(await command({ type: 'panel-sync', known: [] })).toEqual({
      hostname: location.hostname,
      platform: 'mastodon',
      composers: [composerId],
      active: composerId,
    });
    expect(await command({ type: 'session-action', composerId: 'gone', action: 'ignore', key: 'k', start: 0 })).toEqual({ outcome: 'missing' });
  });

  it('leaves messages that are not its own unanswered, for other listeners', async () => {
    await coached('Hello there, how are you?');
    const kept = await deliver({ type: 'something-else' }, () => undefined);
    expect(kept).toEqual([false]);
  });
});

describe('the coach: ignoring a finding', () => {
  it('checks the draft once after an ignore, with the engine doing the ignoring, and once again after the undo', async () => {
    const { analyses, answers, composerId, badge } = await coached('WE ARE SO EXCITED!!!');
    const findings = answers.at(-1)!.analysis.findings;
    const bang = findings.find((f) => f.actual === '!!!')!;
    expect(bang).toBeDefined();
    const before = analyses();

    await command({ type: 'session-action', composerId, action: 'ignore', key: bang.key, start: bang.start });
    await vi.waitFor(() => expect(badge().dataset.count).toBe(String(findings.length - 1)));
    await new Promise((done) => setTimeout(done, 100)); // time for a second check, if one were coming
    expect(analyses()).toBe(before + 1);
    expect(defaultProfile(await loadSettings()).ignoredKeys).toEqual([bang.key]);

    // "Show again" on the options page: the same one path brings the finding back.
    await createEngineHost()({ type: 'unignore-finding', key: bang.key });
    await vi.waitFor(() => expect(badge().dataset.count).toBe(String(findings.length)));
    expect(analyses()).toBe(before + 2);
  });
});
