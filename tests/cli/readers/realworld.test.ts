/**
 * Every real archive in ../shared/realworld (public exports, read at test time, never copied here) read
 * through the readers in each input mode, against the counts in its expected.json. Skipped when the
 * shared folder is absent.
 */
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { blobFiles, type ArchiveFiles } from '../../../cli/readers/archive';
import { openArchive } from '../../../cli/readers/detect';
import { readLinkedInComments } from '../../../cli/readers/linkedin-comments';
import { readLinkedInShares } from '../../../cli/readers/linkedin-shares';
import { readTweetsJs } from '../../../cli/readers/tweets-js';
import type { RawRecord } from '../../../cli/readers/types';
import { collect, INPUT_MODES } from '../helpers';

const repoRoot = resolve(import.meta.dirname, '../../..');
const REAL = resolve(repoRoot, '../shared/realworld');
const present = existsSync(resolve(REAL, 'twitter/expected.json'));
const expected = (kind: string): { files: Record<string, Record<string, unknown>> } =>
  present ? JSON.parse(readFileSync(resolve(REAL, kind, 'expected.json'), 'utf8')) : { files: {} };

const X = expected('twitter');
const LINKEDIN = expected('linkedin');
const xFile = (name: string): string => resolve(REAL, 'twitter', name);

/** The tweets of a file, parsed whole: an independent count to hold the streaming reader to. */
function parsedWhole(name: string): Record<string, unknown>[] {
  const text = readFileSync(xFile(name), 'utf8');
  return (JSON.parse(text.slice(text.indexOf('=') + 1)) as { tweet: Record<string, unknown> }[]).map((e) => e.tweet);
}

/** Posts X would have refused (over 280 by its weighted count) once the reader's counted range is applied. */
function overLimit(records: RawRecord[]): number {
  return records.filter((r) => r.kind === 'post' && twitter.parseTweet(r.counted ? r.text.slice(r.counted.start, r.counted.end) : r.text).weightedLength > 280).length;
}

/**
 * One post of 1,163 stays over: a 2018 reply-less tweet of 139 CJK characters (weight 2 each) ending in a
 * t.co link whose expanded URL is itself a t.co link, so nothing says X attached rather than counted it.
 */
const STILL_OVER: Record<string, number> = { 'dsajgiouawj.tweet.js': 1 };

describe.skipIf(!present)('real X archives (../shared/realworld/twitter)', () => {
  for (const [name, want] of Object.entries(X.files)) {
    for (const mode of INPUT_MODES) {
      it(`${name} as a ${mode.name}: ${want.entries} entries, ${want.rt} retweets apart, ids unique`, async () => {
        const records = await collect(readTweetsJs(mode.open(xFile(name))));
        expect(records).toHaveLength(want.entries as number);
        expect(records.filter((r) => r.kind === 'malformed')).toEqual([]);
        expect(records.filter((r) => r.kind === 'repost')).toHaveLength(want.rt as number);
        expect(new Set(records.map((r) => (r.kind === 'malformed' ? undefined : r.id))).size).toBe(want.unique_id_str);
        expect(records.every((r) => r.kind === 'malformed' || /^\d{4}-\d\d-\d\dT/.test(r.at ?? ''))).toBe(true);
      });
    }

    it(`${name}: replies, entities, line breaks and lengths as X has them`, async () => {
      const records = await collect(readTweetsJs(createReadStream(xFile(name))));
      const whole = parsedWhole(name);
      const own = whole.filter((t) => !String(t.full_text).startsWith('RT @'));
      const replies = whole.filter((t) => t.in_reply_to_status_id_str !== undefined || /^@\w/.test(String(t.full_text)));
      expect(records.filter((r) => r.kind !== 'malformed' && r.reply)).toHaveLength(replies.length);
      expect(replies.length).toBeGreaterThanOrEqual(Math.max(want.replies as number, want.leading_mention as number));
      const posts = records.filter((r): r is Extract<RawRecord, { kind: 'post' }> => r.kind === 'post');
      expect(posts.filter((p) => /&(amp|lt|gt);/.test(p.text))).toEqual([]);
      expect(posts.filter((p) => p.text.includes('\n'))).toHaveLength(own.filter((t) => String(t.full_text).includes('\n')).length);
      expect(overLimit(records)).toBe(STILL_OVER[name] ?? 0);
    });
  }

  // Listed only when the shared folder is there: a skipped suite's body still runs to collect its tests.
  const archives = present ? readdirSync(resolve(REAL, 'twitter')).filter((f) => f.endsWith('.manifest.js')).map((f) => f.replace(/\.manifest\.js$/, '')) : [];
  for (const owner of archives) {
    const parts = readdirSync(resolve(REAL, 'twitter')).filter((f) => f.startsWith(`${owner}.`) && f.endsWith('.js'));
    const layout = Object.fromEntries(parts.map((f) => [`data/${f.slice(owner.length + 1)}`, xFile(f)]));
    const tweets = parts.find((f) => /\.tweets?\.js$/.test(f)) as string;
    for (const [how, files] of [
      ['Node files', nodeFiles(owner, layout)],
      ['browser files', blobFiles(owner, Object.entries(layout).map(([path, file]) => ({ path, blob: new Blob([readFileSync(file)]) })))],
    ] as const) {
      it(`${owner} as an archive of ${how}: the manifest's tweet parts, its count, deleted tweets left out`, async () => {
        const { plan, records } = await openArchive(files);
        expect(plan.parts.map((p) => p.path)).toEqual([`data/${tweets.slice(owner.length + 1)}`]);
        expect(plan.parts[0]?.expected).toBe(X.files[tweets]?.manifest_count);
        const all = await collect(records);
        expect(all).toHaveLength(X.files[tweets]?.entries as number);
        expect(plan.notes).toEqual([]);
        expect(plan.owner?.userName).toMatch(/\w/);
      });
    }
  }

  it('smithjd.tweets.js without a manifest: read by name, and said so', async () => {
    const { plan, records } = await openArchive(nodeFiles('smithjd', { 'data/tweets.js': xFile('smithjd.tweets.js') }));
    expect(await collect(records)).toHaveLength(X.files['smithjd.tweets.js']?.entries as number);
    expect(plan.notes).toEqual(['smithjd has no manifest.js; read data/tweets.js by name.']);
  });
});

function nodeFiles(name: string, layout: Record<string, string>): ArchiveFiles {
  return { name, paths: Object.keys(layout), open: (path) => createReadStream(layout[path] as string) };
}

describe.skipIf(!present)('real LinkedIn exports (../shared/realworld/linkedin)', () => {
  for (const [name, want] of Object.entries(LINKEDIN.files).filter(([n]) => n.endsWith('Shares.csv'))) {
    const sample = want.sample_first_record as { Date: string; commentary_unwrapped: string };
    for (const mode of INPUT_MODES) {
      it(`${name} as a ${mode.name}: ${want.records} shares, whole, ${want.empty_commentary} without commentary`, async () => {
        const records = await collect(readLinkedInShares(mode.open(resolve(REAL, 'linkedin', name))));
        expect(records.filter((r) => r.kind === 'malformed')).toEqual([]);
        expect(records).toHaveLength(want.records as number);
        expect(records.filter((r) => r.kind === 'empty')).toHaveLength(want.empty_commentary as number);
        const posts = records.filter((r): r is Extract<RawRecord, { kind: 'post' }> => r.kind === 'post');
        expect(posts.filter((p) => p.text.includes('\n'))).toHaveLength(want.multiline_commentary as number);
        // No line of a post keeps the export's wrapping quotes.
        expect(posts.filter((p) => /(^|\n)"(\n|$)/.test(p.text) || /\n""/.test(p.text))).toEqual([]);
        const first = records[0] as Extract<RawRecord, { kind: 'post' | 'empty' }>;
        expect(first.kind === 'post' ? first.text : '').toBe(sample.commentary_unwrapped);
        expect(first.at?.slice(0, 10).replace(/-/g, '')).toBe(sample.Date.slice(0, 10).replace(/[-/]/g, ''));
        expect(records.every((r) => r.kind === 'malformed' || r.id?.startsWith('urn:li:'))).toBe(true);
      });
    }
  }

  for (const [name, want] of Object.entries(LINKEDIN.files).filter(([n]) => n.endsWith('Comments.csv'))) {
    const sample = (want.sample as { Date: string; Message: string }[])[0] as { Date: string; Message: string };
    for (const mode of INPUT_MODES) {
      it(`${name} as a ${mode.name}: ${want.records} comments (not the ${want.naive_rfc4180_rows} rows a CSV parser sees), each a reply`, async () => {
        const records = await collect(readLinkedInComments(mode.open(resolve(REAL, 'linkedin', name))));
        expect(records.filter((r) => r.kind === 'malformed')).toEqual([]);
        expect(records).toHaveLength(want.records as number);
        expect(records.every((r) => r.kind !== 'malformed' && r.reply === true && /^\d{4}-/.test(r.at ?? ''))).toBe(true);
        const posts = records.filter((r): r is Extract<RawRecord, { kind: 'post' }> => r.kind === 'post');
        expect(posts.filter((p) => p.text.includes('\n'))).toHaveLength(want.multiline_messages as number);
        const match = records.find((r) => r.kind === 'post' && r.at === `${sample.Date.replace(' ', 'T')}.000Z` && r.text === sample.Message.replace(/\r\n/g, '\n'));
        expect(match, sample.Message.slice(0, 40)).toBeDefined();
      });
    }
  }
});
