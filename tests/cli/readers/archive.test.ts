import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { blobFiles, planArchive, type ArchiveFiles } from '../../../cli/readers/archive';
import { openArchive } from '../../../cli/readers/detect';
import { folderFiles } from '../../../cli/readers/node-files';
import { collect, fixture } from '../helpers';

const ROOT = fixture('x-archive');

/** Every file under a folder, relative, `/`-separated. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [relative(ROOT, full)];
  });
}

/** The fixture as the browser would hand it over: `File`s with relative paths, optionally under a prefix. */
function asBlobs(prefix = '', only = (path: string) => true): ArchiveFiles {
  const files = walk(ROOT)
    .filter(only)
    .map((path) => ({ path: prefix + path, blob: new Blob([readFileSync(join(ROOT, path))]) }));
  return blobFiles('x-archive', files);
}

const EXPECTED = [
  ['post', 'data/tweets.js', 'Fresh bread & a slow morning. What do you bake when it rains?'],
  ['post', 'data/tweets.js', expect.stringMatching(/^@bakerbee @crumbclub Thanks!/)],
  ['post', 'data/tweets.js', expect.stringMatching(/^Our sourdough class/)],
  ['repost', 'data/tweets-part1.js', undefined],
  ['post', 'data/tweets-part1.js', expect.stringMatching(/^And the second half/)],
  ['post', 'data/tweets-part2.js', 'First post here. Hello, fellow bakers <3'],
];

describe('an X archive split in parts, listed in manifest.js', () => {
  for (const [how, files] of [
    ['the unzipped folder on disk', () => folderFiles(ROOT)],
    ['its data/ folder alone', () => folderFiles(join(ROOT, 'data'))],
    ['files a browser was given', async () => asBlobs()],
    ['files inside a top folder', async () => asBlobs('twitter-2023-09-10-abc/')],
  ] as const) {
    it(`reads every part the manifest lists, in order, and nothing else: ${how}`, async () => {
      const { plan, records } = await openArchive(await files());
      expect(plan.parts.map((p) => [p.path.replace(/^.*?(?=tweets)/, ''), p.expected])).toEqual([
        ['tweets.js', 3],
        ['tweets-part1.js', 2],
        ['tweets-part2.js', 1],
      ]);
      const all = await collect(records);
      expect(all.map((r) => [r.kind, r.file?.replace(/^.*?(?=data\/|tweets)/, '').replace(/^(?!data\/)/, 'data/'), r.kind === 'post' ? r.text : undefined])).toEqual(EXPECTED);
      expect(all.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(plan.notes).toEqual([]);
      expect(plan.owner).toEqual({ userName: 'breadmaker', accountId: '1234567890' });
    });
  }

  it('marks the reply, its own-thread continuation, and counts the long reply as X does', async () => {
    const all = await collect((await openArchive(await folderFiles(ROOT))).records);
    const reply = all[1];
    expect(reply).toMatchObject({ kind: 'post', reply: true });
    expect(reply?.kind === 'post' && [...reply.text].length).toBeGreaterThan(280);
    const counted = reply?.kind === 'post' && reply.counted ? reply.text.slice(reply.counted.start, reply.counted.end) : '';
    expect(twitter.parseTweet(counted).weightedLength).toBeLessThanOrEqual(280);
    expect(all[4]).toMatchObject({ reply: true, thread: true });
    expect(all[2]).toMatchObject({ counted: { start: 0, end: expect.any(Number) } });
  });

  it('says when a part holds a different number of entries than the manifest promises', async () => {
    const manifest = readFileSync(join(ROOT, 'data/manifest.js'), 'utf8').replace('"count": "2"', '"count": "5"');
    const files = blobFiles('edited', [
      ...walk(ROOT).filter((p) => p !== 'data/manifest.js').map((path) => ({ path, blob: new Blob([readFileSync(join(ROOT, path))]) })),
      { path: 'data/manifest.js', blob: new Blob([manifest]) },
    ]);
    const { plan, records } = await openArchive(files);
    await collect(records);
    expect(plan.notes).toEqual(['data/tweets-part1.js: read 2 entries where the manifest promises 5.']);
  });

  it('without a manifest, reads tweets.js and its numbered parts by exact name (never a stray copy)', async () => {
    const plan = await planArchive(asBlobs('', (p) => p !== 'data/manifest.js'));
    expect(plan.parts.map((p) => p.path)).toEqual(['data/tweets.js', 'data/tweets-part1.js', 'data/tweets-part2.js']);
    expect(plan.notes[0]).toMatch(/has no manifest\.js; read data\/tweets\.js, data\/tweets-part1\.js, data\/tweets-part2\.js by name/);
  });

  it('finds a LinkedIn export\'s Shares.csv and Comments.csv, and says plainly when there are no posts at all', async () => {
    const linkedin = blobFiles('export', [
      { path: 'Connections.csv', blob: new Blob(['First Name\n']) },
      { path: 'Comments.csv', blob: new Blob([readFileSync(fixture('linkedin-export/Comments.csv'))]) },
      { path: 'Shares.csv', blob: new Blob([readFileSync(fixture('linkedin-export/Shares.csv'))]) },
    ]);
    const { format, plan, records } = await openArchive(linkedin);
    expect(format).toBe('linkedin-shares');
    expect(plan.parts).toEqual([{ path: 'Shares.csv' }, { path: 'Comments.csv', format: 'linkedin-comments' }]);
    const all = await collect(records);
    expect(all.map((r) => [r.kind, r.file, r.kind !== 'malformed' && r.reply === true])).toEqual([
      ['post', 'Shares.csv', false],
      ['empty', 'Shares.csv', false],
      ['post', 'Shares.csv', false],
      ...Array.from({ length: 5 }, () => ['post', 'Comments.csv', true]),
    ]);
    await expect(planArchive(blobFiles('photos', [{ path: 'a.jpg', blob: new Blob(['x']) }]))).rejects.toThrow(/photos holds no posts Rapport knows/);
  });

  it('leaves media folders out of a folder listing', async () => {
    expect(walk(ROOT)).toContain('data/tweets_media/1700000000000000001-AbCd123456.jpg');
    const files = await folderFiles(fixture('.'));
    expect(files.paths).toContain('x-archive/data/tweets.js');
    expect(files.paths.filter((p) => p.includes('_media/'))).toEqual([]);
  });
});
