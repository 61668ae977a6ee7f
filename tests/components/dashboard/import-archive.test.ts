import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArchive, importError } from '../../../components/dashboard/import-archive';
import type { ImportedPost } from '../../../utils/messages';
import { importShards, MAX_LISTED, mergeSummaries, type ImportShard } from '../../../components/dashboard/import-summary';
import { IMPORT_BATCH, IMPORT_BATCH_CHARS } from '../../../utils/import-batch';
import { RequestSchema } from '../../../utils/messages';
import { saltedHash } from '../../../utils/post-hash';

const FIXTURES = 'tests/fixtures/cli';

/** A folder as a page gets it from a folder pick: every file with its path under the folder's parent. */
function folder(dir: string): { path: string; blob: Blob }[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dir).map((file) => ({ path: relative(join(dir, '..'), file), blob: new Blob([readFileSync(file)]) }));
}

async function run(name: string, files: { path: string; blob: Blob }[], platform: 'x' | 'linkedin' | 'mastodon' = 'mastodon', shard?: ImportShard) {
  const batches: ImportedPost[][] = [];
  const progress: number[] = [];
  const summary = await importArchive(name, files, {
    platform,
    ...(shard ? { shard } : {}),
    onBatch: (posts) => void batches.push(posts),
    onProgress: (p) => progress.push(p.posts),
  });
  return { summary, posts: batches.flat(), batches, progress };
}

describe('importArchive', () => {
  it('splits an import between shards whose posts and summaries add up to the whole', async () => {
    const rows = ['text,date', ...Array.from({ length: 12 }, (_, i) => `No date on this one ${i},`), ...Array.from({ length: 9 }, (_, i) => `Post number ${i} is here,2025-03-0${i + 1}T10:00:00Z`)];
    const files = () => [{ path: 'posts.csv', blob: new Blob([rows.join('\n')]) }];
    const whole = await run('posts.csv', files());
    for (const count of [2, 3]) {
      const shards = await Promise.all(Array.from({ length: count }, (_, index) => run('posts.csv', files(), 'mastodon', { index, count })));
      const texts = shards.flatMap((s) => s.posts.map((p) => p.text));
      // Every post once, in exactly one shard.
      expect(texts.sort()).toEqual(whole.posts.map((p) => p.text).sort());
      expect(shards.every((s) => s.posts.length > 0)).toBe(true);
      expect(mergeSummaries(shards.map((s) => s.summary))).toEqual(whole.summary);
    }
  });

  it('sends each post with its salted hash, made as the background makes it, and its text only when the user keeps texts', async () => {
    const rows = ['text,date', 'A first post,2025-03-01T10:00:00Z', '  A second post  ,2025-03-02T10:00:00Z'];
    const files = () => [{ path: 'posts.csv', blob: new Blob([rows.join('\n')]) }];
    const read = async (keepText: boolean) => {
      const batches: ImportedPost[][] = [];
      await importArchive('posts.csv', files(), { platform: 'mastodon', salt: 'pepper', keepText, onBatch: (posts) => void batches.push(posts) });
      return batches.flat();
    };
    const hidden = await read(false);
    expect(hidden.map((p) => p.text)).toEqual([undefined, undefined]);
    expect(hidden.map((p) => p.hash)).toEqual([await saltedHash('pepper', 'A first post'), await saltedHash('pepper', 'A second post')]);
    const kept = await read(true);
    expect(kept.map((p) => [p.text?.trim(), p.hash])).toEqual([
      ['A first post', hidden[0]!.hash],
      ['A second post', hidden[1]!.hash],
    ]);
  });

  it('uses one shard per core, at most four', () => {
    expect([undefined, 0, 1, 2, 3, 8, 64].map(importShards)).toEqual([1, 1, 1, 2, 3, 4, 4]);
    expect(() => mergeSummaries([])).toThrow(RangeError);
  });

  it('reads an unzipped X archive (split parts, manifest): posts with kinds, replies as conversation, retweets left out', async () => {
    const { summary, posts, progress } = await run('x-archive', folder(join(FIXTURES, 'x-archive')));
    expect(summary.format).toBe('tweets-js');
    expect(summary.posts).toBe(posts.length);
    expect(posts.length).toBeGreaterThanOrEqual(5);
    for (const { record, text } of posts) {
      expect(record.platform).toBe('x'); // the archive says which platform, whatever the user chose
      expect(new Date(record.at).toISOString()).toBe(record.at);
      expect(text?.length).toBeGreaterThan(0);
      // A kind and its deciding signals only: no principle results, findings or score were made up.
      expect(record).not.toHaveProperty('principles');
      expect(record).not.toHaveProperty('findings');
      expect(record).not.toHaveProperty('score');
    }
    const reply = posts.find((p) => p.text?.startsWith('@bakerbee'));
    expect(reply?.record).toMatchObject({ reply: true, kind: 'conversation' });
    expect(posts.find((p) => p.text?.startsWith('Fresh bread'))?.text).toContain('Fresh bread & a slow morning'); // entities decoded
    expect(progress.at(-1)).toBe(posts.length);
  });

  it('reads a LinkedIn Shares.csv whole, multi-line commentary as one post, and dateless rows as unreadable with their lines', async () => {
    const csv = readFileSync(join(FIXTURES, 'Shares.csv'));
    const { summary, posts } = await run('Shares.csv', [{ path: 'Shares.csv', blob: new Blob([csv]) }]);
    expect(summary.format).toBe('linkedin-shares');
    expect(posts.every((p) => p.record.platform === 'linkedin')).toBe(true);
    expect(posts[0]?.text?.split('\n')).toHaveLength(3);
    expect(summary.empty).toBeGreaterThanOrEqual(1); // a share without commentary
  });

  it('takes the platform the user chose for a plain file of posts, and lists unreadable records up to a limit', async () => {
    const rows = ['text,date', ...Array.from({ length: 15 }, (_, i) => `No date on this one ${i},`), 'Thanks for the replies everyone,2025-03-01T10:00:00Z'];
    const { summary, posts } = await run('posts.csv', [{ path: 'posts.csv', blob: new Blob([rows.join('\n')]) }], 'mastodon');
    expect(posts.map((p) => p.record.platform)).toEqual(['mastodon']);
    expect(summary.unreadableCount).toBe(15);
    expect(summary.unreadable).toHaveLength(MAX_LISTED);
    expect(summary.unreadable[0]).toEqual({ line: 2, reason: 'no date, so it cannot be placed in your history' });
  });

  it('hands posts on in batches the background takes', async () => {
    const lines = Array.from({ length: IMPORT_BATCH + 5 }, (_, i) => JSON.stringify({ text: `Post number ${i}, with a question for you?`, date: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString() }));
    const { batches } = await run('posts.jsonl', [{ path: 'posts.jsonl', blob: new Blob([lines.join('\n')]) }]);
    expect(batches.map((b) => b.length)).toEqual([IMPORT_BATCH, 5]);
  });

  it('sends a batch of long posts early, so its message stays within what the background takes', async () => {
    const long = 40_000;
    const lines = Array.from({ length: 250 }, (_, i) => JSON.stringify({ text: `Post ${i}: ${'a long thought, '.repeat(long / 15)}`, date: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString() }));
    const { batches } = await run('posts.jsonl', [{ path: 'posts.jsonl', blob: new Blob([lines.join('\n')]) }]);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat()).toHaveLength(250);
    for (const posts of batches) {
      expect(posts.length).toBeLessThanOrEqual(Math.ceil(IMPORT_BATCH_CHARS / long) + 1);
      const message = { type: 'history-import', posts };
      expect(JSON.stringify(message).length).toBeLessThan(2 * IMPORT_BATCH_CHARS);
      expect(RequestSchema.safeParse(message).success).toBe(true);
    }
  });

  it('refuses what is not an archive with a message a person can act on', async () => {
    const error = await importArchive('notes', [{ path: 'notes/a.txt', blob: new Blob(['hello']) }, { path: 'notes/b.txt', blob: new Blob(['x']) }], {
      platform: 'x',
      onBatch: () => {},
    }).catch((e: unknown) => e);
    expect(importError(error)).toMatch(/holds no posts Rapport knows/);
  });
});
