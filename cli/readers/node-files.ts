import { createReadStream } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ArchiveFiles } from './archive';
import type { RandomAccess } from './zip';

/**
 * Node's side of the archive readers (the CLI only; the extension passes `File`s): a file read at any
 * offset, for zips, and a folder's files, for an unzipped archive or its `data/` folder.
 */
export async function fileAccess(path: string): Promise<RandomAccess & { close(): Promise<void> }> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(offset, length) {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      return buffer.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}

/** Folders of media (thousands of images in `tweets_media`) and the archive's viewer hold no posts. */
const SKIP = /(_media|^assets|^node_modules|^\.git)$/;
const MAX_FILES = 100_000;

export async function folderFiles(root: string): Promise<ArchiveFiles> {
  const paths: string[] = [];
  const walk = async (dir: string, level: number): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (paths.length >= MAX_FILES) return;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (level < 4 && !SKIP.test(entry.name)) await walk(full, level + 1);
      } else if (entry.isFile()) paths.push(relative(root, full).split(sep).join('/'));
    }
  };
  await walk(root, 0);
  return {
    name: root,
    paths,
    open: (path) => createReadStream(join(root, ...path.split('/')), { highWaterMark: 64 * 1024 }),
  };
}
