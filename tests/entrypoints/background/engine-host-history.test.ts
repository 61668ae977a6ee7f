import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createEngineHost } from '../../../entrypoints/background/engine-host';
import { createHistoryStore } from '../../../entrypoints/background/history-store';
import { DEFAULT_HISTORY_OPTIONS, loadHistoryOptions } from '../../../utils/history-options';
import { IMPORT_BATCH } from '../../../utils/import-batch';
import { AnalyzeResponseSchema, type HistoryExport } from '../../../utils/messages';
import { saltedHash } from '../../../utils/post-hash';
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

  it('answers history-export-csv with the header and one row a post', async () => {
    const { handle } = host();
    expect(await handle({ type: 'history-export-csv' })).toEqual({ csv: 'at,platform,profile,reply,kind,score,principles,findings,hash,text\r\n' });
    await handle(published('What is one tool you could not work without this year?'));
    const { csv } = (await handle({ type: 'history-export-csv' })) as { csv: string };
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(new RegExp(`^${new Date(NOW).toISOString()},x,default,false,`));
  });
});

describe('engine host: the self-promotion ratio on the stored history', () => {
  beforeEach(() => fakeBrowser.reset());
  const DRAFT = 'Our spring sale starts today: 20% off every course. Book your seat now at example.com/courses';
  const DAY = 86_400_000;
  /** Ten posts a day apart, newest last: `p` promotes. */
  async function stored(history: ReturnType<typeof createHistoryStore>, kinds: string, platform: 'x' | 'linkedin' = 'x', profile = 'default') {
    let i = 0;
    for (const k of kinds) {
      const at = new Date(NOW - (kinds.length - i) * DAY).toISOString();
      await history.add({ at, platform, profile, reply: false, kind: k === 'p' ? 'promotion' : 'value' }, `${platform} ${profile} post ${i++}`);
    }
  }
  const ratioFindings = async (handle: ReturnType<typeof host>['handle']) => {
    const answer = AnalyzeResponseSchema.parse(await handle({ type: 'analyze', composerId: 'c1', revision: 1, platform: 'x', text: DRAFT }));
    return answer.analysis.findings.filter((f) => f.ruleId === 'self-promotion-ratio');
  };

  it('finds a promotional draft that would make 3 of the last 10 promote', async () => {
    const { handle, history } = host();
    await stored(history, 'ooooooppoo');
    const [finding] = await ratioFindings(handle);
    expect(finding).toBeDefined();
    expect(finding!.message).toMatch(/2 of your last 10/);
  });

  it('stays quiet with no history, and with the promotions on another platform or profile', async () => {
    const { handle, history } = host();
    expect(await ratioFindings(handle)).toEqual([]);
    await stored(history, 'ooooooppoo', 'linkedin');
    await stored(history, 'ooooooppoo', 'x', 'brand');
    expect(await ratioFindings(handle)).toEqual([]);
  });

  it('sees a post published a moment ago', async () => {
    const { handle, history } = host();
    await stored(history, 'oooooooooo'.slice(0, 9) + 'p');
    expect(await ratioFindings(handle)).toEqual([]);
    await handle(published('Last call: our course closes tonight, 20% off, book your seat now at example.com/course'));
    expect(await ratioFindings(handle)).toHaveLength(1);
  });

  it('judges drafts by the policy chosen in the history settings', async () => {
    const { handle, history } = host();
    await stored(history, 'oooooooooo'.slice(0, 9) + 'p');
    expect(await ratioFindings(handle)).toEqual([]);
    expect(await handle({ type: 'set-history-options', ...DEFAULT_HISTORY_OPTIONS, policy: '4-1-1' })).toEqual({ ok: true });
    expect(await ratioFindings(handle)).toHaveLength(1);
  });
});

describe('engine host: history-import and set-history-options', () => {
  beforeEach(() => fakeBrowser.reset());
  const post = (day: number, kind = 'value') => ({ at: `2026-05-${String(day).padStart(2, '0')}T10:00:00.000Z`, platform: 'x', reply: false, kind, principles: { 'add-value': 1 }, findings: { 'hard-sell': 1 }, score: 70 });

  it('stores an imported batch, skipping what is already there', async () => {
    const { handle, history } = host();
    await handle(published('Already published from the composer'));
    const answer = await handle({ type: 'history-import', posts: [{ record: post(1), text: 'Already published from the composer' }, { record: post(2, 'promotion'), text: 'Imported' }] });
    expect(answer).toEqual({ added: 1, duplicates: 1, tooOld: 0, nearlyFull: false });
    expect((await history.posts()).map((p) => p.kind)).toContain('promotion');
  });

  it('gives an import the salt to hash with, and takes its hashed posts without their texts', async () => {
    const { handle, history } = host();
    const begin = await handle({ type: 'history-import-start' });
    expect(begin).toEqual({ salt: expect.stringMatching(/^[0-9a-f]{32}$/), keepPostText: false });
    const { salt } = begin as { salt: string };
    const hash = await saltedHash(salt, 'Published once, in the archive');
    expect(await handle({ type: 'history-import', posts: [{ record: post(3), hash }] })).toMatchObject({ added: 1 });
    // The same text later from the composer, hashed by the background: the same post, counted once.
    expect(await handle(published('Published once, in the archive'))).toMatchObject({ added: false });
    expect(await history.posts()).toEqual([expect.objectContaining({ hash, kind: 'value' })]);
    expect((await history.posts())[0]).not.toHaveProperty('text');
  });

  it('keeps an imported text only when the user keeps texts and it came along', async () => {
    const { handle, history } = host();
    await handle({ type: 'set-history-options', ...DEFAULT_HISTORY_OPTIONS, keepPostText: true });
    const { salt } = (await handle({ type: 'history-import-start' })) as { salt: string; keepPostText: boolean };
    await handle({ type: 'history-import', posts: [{ record: post(3), hash: await saltedHash(salt, 'kept'), text: 'kept' }, { record: post(4), hash: await saltedHash(salt, 'no text') }] });
    expect((await history.posts()).map((p) => p.text)).toEqual(['kept', undefined]);
  });

  it('refuses an imported post with neither text nor hash, or a hash that is not one', async () => {
    const { handle, history } = host();
    for (const bad of [{ record: post(1) }, { record: post(1), hash: 'abc' }, { record: post(1), hash: 'A'.repeat(64) }])
      expect(await handle({ type: 'history-import', posts: [bad] })).toHaveProperty('error');
    expect(await history.posts()).toEqual([]);
  });

  it('refuses a batch with a record that is not one, or too many posts', async () => {
    const { handle, history } = host();
    for (const bad of [{ ...post(1), kind: 'rant' }, { ...post(1), at: 'yesterday' }, { ...post(1), platform: 'myspace' }, { ...post(1), principles: { 'add-value': -1 } }])
      expect(await handle({ type: 'history-import', posts: [{ record: bad, text: 'x' }] })).toHaveProperty('error');
    const many = Array.from({ length: IMPORT_BATCH + 1 }, (_, i) => ({ record: post(1), text: `t${i}` }));
    expect(await handle({ type: 'history-import', posts: many })).toHaveProperty('error');
    expect(await history.posts()).toEqual([]);
  });

  it('writes the history options, and refuses ones out of bounds', async () => {
    const { handle } = host();
    const wanted = { ...DEFAULT_HISTORY_OPTIONS, keepPostText: true, maxPosts: 500, policy: 'custom' as const, share: 0.3, window: 20 };
    expect(await handle({ type: 'set-history-options', ...wanted })).toEqual({ ok: true });
    expect(await loadHistoryOptions()).toEqual(wanted);
    expect(await handle({ type: 'set-history-options', ...wanted, maxPosts: 5 })).toHaveProperty('error');
    expect(await handle({ type: 'set-history-options', ...wanted, policy: '90/10' })).toHaveProperty('error');
  });
});
