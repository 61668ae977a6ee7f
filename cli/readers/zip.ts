import { Inflate } from 'fflate';
import type { ArchiveFiles } from './archive';
import { InputError } from './types';

/**
 * Bytes that can be read at any offset: a `File` or `Blob` in the browser (`blobAccess`), a file handle in
 * Node (`cli/readers/node-files.ts`), or bytes in memory. A zip's directory is at its end, so a zip is read
 * this way rather than as a stream: the directory comes first, and then only the entries wanted are read
 * (an X archive is mostly media, which is never touched).
 */
export interface RandomAccess {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function bytesAccess(bytes: Uint8Array): RandomAccess {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

export function blobAccess(blob: Blob): RandomAccess {
  return { size: blob.size, read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()) };
}

/** The first bytes of every zip file (a local file header), and of an empty one (the end record). */
export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

interface Entry {
  path: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const READ = 64 * 1024;
const INFLATE_SLICE = 4 * 1024;
const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 1_000_000;

/**
 * A zip archive's files: the central directory is read once (zip64 too: an X archive with its media passes
 * 4 GB), and each entry is streamed when opened, inflated chunk by chunk with fflate (stored entries are
 * passed on as they are). Encrypted entries and other compression methods are refused with a clear error.
 */
export async function openZip(access: RandomAccess, name: string): Promise<ArchiveFiles> {
  const entries = await readDirectory(access, name);
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  return {
    name,
    paths: entries.map((entry) => entry.path),
    open(path) {
      const entry = byPath.get(path);
      if (!entry) throw new InputError(`${name} has no file ${path}.`);
      return entryChunks(access, entry, name);
    },
  };
}

async function readDirectory(access: RandomAccess, name: string): Promise<Entry[]> {
  const notZip = (why: string): InputError => new InputError(`${name} is not a zip archive Rapport can read: ${why}.`);
  const tailLength = Math.min(access.size, 22 + 0xffff);
  const tail = await access.read(access.size - tailLength, tailLength);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === EOCD) {
      at = i;
      break;
    }
  }
  if (at === -1) throw notZip('its directory at the end is missing (is the download complete?)');
  let count = view.getUint16(at + 10, true);
  let dirSize = view.getUint32(at + 12, true);
  let dirOffset = view.getUint32(at + 16, true);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    // Zip64: a locator just before the end record points at the zip64 end record.
    if (at < 20 || view.getUint32(at - 20, true) !== EOCD64_LOCATOR) throw notZip('its zip64 directory is missing');
    const recordOffset = u64(view, at - 20 + 8);
    const record = await access.read(recordOffset, 56);
    const rv = new DataView(record.buffer, record.byteOffset, record.byteLength);
    if (record.length < 56 || rv.getUint32(0, true) !== EOCD64) throw notZip('its zip64 directory is damaged');
    count = u64(rv, 32);
    dirSize = u64(rv, 40);
    dirOffset = u64(rv, 48);
  }
  if (count > MAX_ENTRIES || dirOffset + dirSize > access.size) throw notZip('its directory is damaged');
  const dir = await access.read(dirOffset, dirSize);
  const dv = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
  const names = new TextDecoder('utf-8');
  const entries: Entry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.length || dv.getUint32(p, true) !== CENTRAL) throw notZip('its directory is damaged');
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let size = dv.getUint32(p + 24, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    let localOffset = dv.getUint32(p + 42, true);
    const path = names.decode(dir.subarray(p + 46, p + 46 + nameLength));
    // Zip64 sizes and offset live in extra field 0x0001, in this order, only for the values that overflowed.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = dv.getUint16(e, true);
      const length = dv.getUint16(e + 2, true);
      if (id === 1) {
        let q = e + 4;
        const next = (): number => {
          const value = u64(dv, q);
          q += 8;
          return value;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localOffset === 0xffffffff) localOffset = next();
      }
      e += 4 + length;
    }
    p = extraEnd + commentLength;
    if (!path.endsWith('/')) entries.push({ path: path.replace(/\\/g, '/').replace(/^\.\//, ''), method, flags, compressedSize, size, localOffset });
  }
  return entries;
}

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

async function* entryChunks(access: RandomAccess, entry: Entry, name: string): AsyncGenerator<Uint8Array> {
  if (entry.flags & 1) throw new InputError(`${entry.path} in ${name} is encrypted; unzip it with its password first.`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new InputError(`${entry.path} in ${name} is compressed with method ${entry.method}, which Rapport cannot read; unzip it and give the folder.`);
  }
  const header = await access.read(entry.localOffset, 30);
  const hv = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.length < 30 || hv.getUint32(0, true) !== LOCAL) throw new InputError(`${entry.path} in ${name} is damaged.`);
  let offset = entry.localOffset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true);
  const end = offset + entry.compressedSize;
  if (end > access.size) throw new InputError(`${entry.path} in ${name} is cut short (is the download complete?).`);
  if (entry.method === 0) {
    for (; offset < end; offset += READ) yield await access.read(offset, Math.min(READ, end - offset));
    return;
  }
  const out: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => out.push(chunk));
  do {
    const length = Math.min(READ, end - offset);
    const input = await access.read(offset, length);
    offset += length;
    // Inflated text is often ten times its zipped size: feed small slices, so each output chunk stays small.
    for (let i = 0; i < input.length; i += INFLATE_SLICE) {
      try {
        inflate.push(input.subarray(i, i + INFLATE_SLICE), offset >= end && i + INFLATE_SLICE >= input.length);
      } catch (error) {
        throw new InputError(`${entry.path} in ${name} could not be unzipped (${(error as Error).message}).`);
      }
      while (out.length) yield out.shift() as Uint8Array;
    }
  } while (offset < end);
}
