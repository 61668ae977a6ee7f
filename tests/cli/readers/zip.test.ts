import { readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../cli/readers/detect';
import { fileAccess } from '../../../cli/readers/node-files';
import { blobAccess, bytesAccess, isZip, openZip } from '../../../cli/readers/zip';
import { collect, fixture } from '../helpers';

const ROOT = fixture('x-archive');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [relative(ROOT, full)];
  });
}

/** The fixture archive zipped as X ships it (files at the root), deflated or stored. */
function zipped(level: 0 | 6): Uint8Array {
  const tree: Zippable = {};
  for (const path of walk(ROOT)) tree[path] = [readFileSync(join(ROOT, path)), { level }];
  return zipSync(tree);
}

const text = async (chunks: AsyncIterable<Uint8Array | string>): Promise<string> => {
  const decoder = new TextDecoder();
  let out = '';
  for await (const chunk of chunks) out += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return out + decoder.decode();
};

describe('openZip', () => {
  it('lists the files and streams each one back byte for byte, deflated or stored', async () => {
    for (const level of [0, 6] as const) {
      const files = await openZip(bytesAccess(zipped(level)), 'archive.zip');
      expect([...files.paths].sort()).toEqual(walk(ROOT).sort());
      for (const path of files.paths) expect(await text(files.open(path) as AsyncIterable<Uint8Array>)).toBe(readFileSync(join(ROOT, path), 'utf8'));
    }
  });

  it('inflates a large entry in bounded chunks', async () => {
    const big = 'window.YTD.tweets.part0 = [' + Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ tweet: { full_text: `post ${i}` } })).join(',') + ']';
    const files = await openZip(bytesAccess(zipSync({ 'data/tweets.js': new TextEncoder().encode(big) })), 'big.zip');
    let largest = 0;
    for await (const chunk of files.open('data/tweets.js') as AsyncIterable<Uint8Array>) largest = Math.max(largest, chunk.length);
    expect(largest).toBeLessThan(300 * 1024);
    const { records } = await openArchive(files);
    expect(await collect(records)).toHaveLength(20_000);
  });

  it('reads the X archive inside a zip from a Blob (the browser) and from a file on disk (the CLI)', async () => {
    const zip = zipped(6);
    const dir = mkdtempSync(join(tmpdir(), 'rapport-zip-'));
    writeFileSync(join(dir, 'archive.zip'), zip);
    const onDisk = await fileAccess(join(dir, 'archive.zip'));
    try {
      for (const access of [blobAccess(new Blob([zip as Uint8Array<ArrayBuffer>])), onDisk]) {
        const { plan, records } = await openArchive(await openZip(access, 'archive.zip'));
        expect(plan.parts.map((p) => p.path)).toEqual(['data/tweets.js', 'data/tweets-part1.js', 'data/tweets-part2.js']);
        expect((await collect(records)).map((r) => r.kind)).toEqual(['post', 'post', 'post', 'repost', 'post', 'post']);
      }
    } finally {
      await onDisk.close();
    }
  });

  it('reads zip64 directories (an archive with its media passes 4 GB)', async () => {
    const files = await openZip(bytesAccess(zip64({ 'data/tweets.js': 'window.YTD.tweets.part0 = [{"tweet": {"full_text": "big archive"}}]' })), 'huge.zip');
    expect(files.paths).toEqual(['data/tweets.js']);
    expect((await collect((await openArchive(files)).records)).map((r) => r.kind === 'post' && r.text)).toEqual(['big archive']);
  });

  it('refuses what it cannot read with a clear message, never a crash', async () => {
    const zip = zipped(6);
    expect(isZip(zip)).toBe(true);
    expect(isZip(new TextEncoder().encode('Date,ShareLink'))).toBe(false);
    await expect(openZip(bytesAccess(zip.subarray(0, zip.length - 30)), 'cut.zip')).rejects.toThrow(/cut\.zip is not a zip archive Rapport can read: its directory at the end is missing/);
    const encrypted = zip.slice();
    // Set the "encrypted" flag of the first central directory entry.
    const dir = findSignature(encrypted, 0x02014b50);
    encrypted[dir + 8] = (encrypted[dir + 8] as number) | 1;
    const files = await openZip(bytesAccess(encrypted), 'locked.zip');
    await expect(collect(files.open(files.paths[0] as string) as AsyncIterable<Uint8Array>)).rejects.toThrow(/is encrypted/);
    const damaged = zip.slice();
    const local = findSignature(damaged, 0x04034b50);
    const start = local + 30 + (damaged[local + 26] as number) + (damaged[local + 28] as number);
    damaged.fill(0xff, start, start + 8);
    const broken = await openZip(bytesAccess(damaged), 'damaged.zip');
    await expect(collect(broken.open(broken.paths[0] as string) as AsyncIterable<Uint8Array>)).rejects.toThrow(/could not be unzipped/);
  });
});

function findSignature(bytes: Uint8Array, signature: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === signature) return i;
  throw new Error('no such signature');
}

/** A stored zip whose sizes, offsets and counts all live in zip64 records, as large archives write them. */
function zip64(entries: Record<string, string>): Uint8Array {
  const out: number[] = [];
  const u16 = (n: number) => out.push(n & 0xff, (n >>> 8) & 0xff);
  const u32 = (n: number) => out.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
  const u64 = (n: number) => (u32(n % 2 ** 32), u32(Math.floor(n / 2 ** 32)));
  const bytes = (b: Uint8Array) => out.push(...b);
  const central: { name: Uint8Array; size: number; offset: number }[] = [];
  for (const [path, content] of Object.entries(entries)) {
    const name = new TextEncoder().encode(path);
    const data = new TextEncoder().encode(content);
    const offset = out.length;
    u32(0x04034b50), u16(45), u16(0), u16(0), u16(0), u16(0), u32(0), u32(0xffffffff), u32(0xffffffff), u16(name.length), u16(20);
    bytes(name), u16(1), u16(16), u64(data.length), u64(data.length), bytes(data);
    central.push({ name, size: data.length, offset });
  }
  const dirOffset = out.length;
  for (const { name, size, offset } of central) {
    u32(0x02014b50), u16(45), u16(45), u16(0), u16(0), u16(0), u16(0), u32(0), u32(0xffffffff), u32(0xffffffff);
    u16(name.length), u16(28), u16(0), u16(0), u16(0), u32(0), u32(0xffffffff);
    bytes(name), u16(1), u16(24), u64(size), u64(size), u64(offset);
  }
  const dirSize = out.length - dirOffset;
  const record = out.length;
  u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(central.length), u64(central.length), u64(dirSize), u64(dirOffset);
  u32(0x07064b50), u32(0), u64(record), u32(1);
  u32(0x06054b50), u16(0), u16(0), u16(0xffff), u16(0xffff), u32(0xffffffff), u32(0xffffffff), u16(0);
  return new Uint8Array(out);
}
