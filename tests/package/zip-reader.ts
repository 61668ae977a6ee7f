/**
 * Just enough of the ZIP format to check a store package: the names in its central directory and the bytes
 * of one entry (stored or deflated), with node's zlib. Enough for what `wxt zip` writes; not a general reader.
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

export class ZipFile {
  private readonly bytes: Buffer;
  private readonly entries = new Map<string, Entry>();

  constructor(path: string) {
    this.bytes = readFileSync(path);
    // The end-of-central-directory record is the last thing in the file, before an optional comment.
    const end = this.bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0) throw new Error(`${path} is not a zip file`);
    const count = this.bytes.readUInt16LE(end + 10);
    let at = this.bytes.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
      if (this.bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: broken central directory`);
      const nameLength = this.bytes.readUInt16LE(at + 28);
      const extraLength = this.bytes.readUInt16LE(at + 30);
      const commentLength = this.bytes.readUInt16LE(at + 32);
      const name = this.bytes.toString('utf8', at + 46, at + 46 + nameLength);
      this.entries.set(name, {
        name,
        method: this.bytes.readUInt16LE(at + 10),
        compressedSize: this.bytes.readUInt32LE(at + 20),
        localHeader: this.bytes.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  read(name: string): Buffer {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`no ${name} in the zip`);
    const local = entry.localHeader;
    const start = local + 30 + this.bytes.readUInt16LE(local + 26) + this.bytes.readUInt16LE(local + 28);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return Buffer.from(data);
    if (entry.method === 8) return inflateRawSync(data);
    throw new Error(`${name}: compression method ${entry.method} is not read here`);
  }
}
