import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createEngineHost } from '../../../entrypoints/background/engine-host';
import { createHistoryStore } from '../../../entrypoints/background/history-store';
import type { HistoryExport } from '../../../utils/messages';
import { DEFAULT_SETTINGS } from '../../../utils/settings';

/** The engine host's history messages (post-published, history-export, history-clear), on fakeBrowser storage. */
const NOW = Date.parse('2026-06-01T12:00:00Z');
function host() {
  const history = createHistoryStore(() => NOW);
  const handle = createEngineHost(async () => DEFAULT_SETTINGS, async (c) => c(DEFAULT_SETTINGS), undefined, history, () => NOW);
  return { handle, history };
}
const published = (text: string, reply = false) => ({ type: 'post-published', composerId: 'c1', platform: 'x', text, reply });

describe('engine host: history messages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records a published post as the engine judged it, without its text', async () => {
    const { handle, history } = host();
    expect(await handle(published('Our new course launches today: 20% off, book your seat now at example.com/course'))).toEqual({ added: true, nearlyFull: false });
    const [post] = await history.posts();
    expect(post).toMatchObject({ at: new Date(NOW).toISOString(), platform: 'x', profile: 'default', reply: false, kind: 'promotion' });
    expect(post!.score).toEqual(expect.any(Number));
    expect(post).not.toHaveProperty('text');
  });

  it('records a reply as conversation, and the same text twice once', async () => {
    const { handle, history } = host();
    await handle(published('Good point, I had not thought of that. How did your team handle it?', true));
    expect(await handle(published('Good point, I had not thought of that. How did your team handle it?', true))).toMatchObject({ added: false });
    expect((await history.posts()).map((p) => [p.reply, p.kind])).toEqual([[true, 'conversation']]);
  });

  it('refuses an empty or malformed post', async () => {
    const { handle, history } = host();
    for (const message of [published(''), { type: 'post-published', composerId: 'c', platform: 'myspace', text: 'hi', reply: false }, { type: 'post-published', text: 'hi' }])
      expect(await handle(message)).toHaveProperty('error');
    expect(await history.posts()).toEqual([]);
  });

  it('answers history-export with { version: 1, posts } and history-clear empties it', async () => {
    const { handle } = host();
    await handle(published('What is one tool you could not work without this year?'));
    const exported = (await handle({ type: 'history-export' })) as HistoryExport;
    expect(exported.version).toBe(1);
    expect(exported.posts).toHaveLength(1);
    expect(exported.posts[0]).toMatchObject({ at: new Date(NOW).toISOString(), platform: 'x' });
    expect(await handle({ type: 'history-clear' })).toEqual({ ok: true });
    expect(await handle({ type: 'history-export' })).toEqual({ version: 1, posts: [] });
  });
});
