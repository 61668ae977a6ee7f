/**
 * The dashboard's import, off the page's thread: reads the picked files and classifies its shard of the
 * posts (see import-archive.ts), posting batches, progress and the summary back to the page, which stores the batches
 * through the background (a worker cannot message it). The page stops the import by terminating the worker.
 */
import type { PlatformId } from '@/platforms/types';
import type { ImportedPost } from '@/utils/messages';
import { importArchive, importError } from './import-archive';
import type { ImportProgress, ImportShard, ImportSummary } from './import-summary';

export interface ImportStart {
  name: string;
  files: { path: string; blob: Blob }[];
  platform: PlatformId;
  shard: ImportShard;
  /** The history's salt and whether the user keeps texts (`history-import-start`). */
  salt: string;
  keepText: boolean;
}

export type ImportEvent =
  | { type: 'batch'; posts: ImportedPost[] }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'failed'; error: string };

const post = (event: ImportEvent) => (self as unknown as Worker).postMessage(event);

self.onmessage = async (message: MessageEvent<ImportStart>) => {
  const { name, files, platform, shard, salt, keepText } = message.data;
  try {
    const summary = await importArchive(name, files, {
      platform,
      shard,
      salt,
      keepText,
      onBatch: (posts) => post({ type: 'batch', posts }),
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    post({ type: 'done', summary });
  } catch (error) {
    post({ type: 'failed', error: importError(error) });
  }
};
