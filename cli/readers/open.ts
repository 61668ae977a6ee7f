import { createReadStream } from 'node:fs';
import { access, constants, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ArchiveFiles } from './archive';
import { fileAccess, folderFiles } from './node-files';
import { isZip, openZip } from './zip';
import { InputError } from './types';

/** What a path on the command line holds: one file's bytes, or an archive's files. */
export type OpenedInput =
  | { kind: 'stream'; stream: Readable; name: string; close(): Promise<void> }
  | { kind: 'archive'; files: ArchiveFiles; name: string; close(): Promise<void> };

/**
 * The input at PATH: standard input for "-", a file as a stream read in 64 KiB chunks, and an archive for a
 * folder (an unzipped X archive or its `data/` folder, a LinkedIn export) or a zip file (told by its first
 * bytes, whatever it is called). Problems a user can fix (no such file, no permission) are input errors,
 * found before anything is read.
 */
export async function openInput(path: string, stdin: Readable): Promise<OpenedInput> {
  if (path === '-') return { kind: 'stream', stream: stdin, name: 'standard input', close: async () => undefined };
  let info;
  try {
    info = await stat(path);
    await access(path, constants.R_OK);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`No such file: ${path}`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`Not allowed to read ${path}`);
    throw new InputError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  if (info.isDirectory()) return { kind: 'archive', files: await folderFiles(path), name: path, close: async () => undefined };
  // A pipe (`<(cat export.csv)`) cannot be read at an offset: only a regular file can be a zip here.
  if (info.isFile()) {
    const file = await fileAccess(path);
    try {
      if (isZip(await file.read(0, 4))) return { kind: 'archive', files: await openZip(file, path), name: path, close: () => file.close() };
    } catch (error) {
      await file.close();
      throw error;
    }
    await file.close();
  }
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  return { kind: 'stream', stream, name: path, close: async () => void stream.destroy() };
}
