import { createReadStream } from 'node:fs';
import { access, constants, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { UsageError } from '../args';

/**
 * The bytes of FILE, or of standard input for "-", as a stream read in 64 KiB chunks. Problems a user can
 * fix (no such file, a folder, no permission) are usage errors, found before anything is read.
 */
export async function openInput(path: string, stdin: Readable): Promise<{ stream: Readable; name: string }> {
  if (path === '-') return { stream: stdin, name: 'standard input' };
  let info;
  try {
    info = await stat(path);
    if (!info.isDirectory()) await access(path, constants.R_OK);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`No such file: ${path}`);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError(`Not allowed to read ${path}`);
    throw new UsageError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  if (info.isDirectory()) {
    throw new UsageError(`${path} is a folder. Give a file, such as data/tweets.js in an X archive or Shares.csv in a LinkedIn export.`);
  }
  return { stream: createReadStream(path, { highWaterMark: 64 * 1024 }), name: path };
}
