import { openBlobs } from '@/cli/readers/detect';
import { InputError, type InputFormat } from '@/cli/readers/types';
import type { PlatformId } from '@/platforms/types';
import { kindOf } from '@/rules/history';
import { createKindClassifier } from '@/rules/index';
import { IMPORT_BATCH, IMPORT_BATCH_CHARS } from '@/utils/import-batch';
import type { ImportedPost } from '@/utils/messages';
import { saltedHash } from '@/utils/post-hash';
import { MAX_LISTED, type ImportProgress, type ImportShard, type ImportSummary } from './import-summary';

/** Platforms by what the archive is; a plain CSV or JSON file of posts takes the one the user chose. */
const PLATFORM_OF: Partial<Record<InputFormat, PlatformId>> = { 'tweets-js': 'x', 'linkedin-shares': 'linkedin', 'linkedin-comments': 'linkedin' };

/**
 * Reads an archive the user picked (an X archive or its data/ folder, a LinkedIn export, a zip, one file of
 * posts) with the same readers as `rapport audit`, gives each post its kind with the engine's fast kind path
 * (the ratio needs only that), and hands the posts on in batches the background takes. Runs in a worker: it
 * never touches the page. Given a shard, it reads every record but counts and classifies only its share, so
 * several workers can split an import and their summaries add up (`mergeSummaries`). A post without a date cannot be placed in the history and is reported as unreadable.
 *
 * Imported posts carry no principle results, findings or score: those belong to posts written with
 * Rapport, and the dashboard's principle trends count only posts that have them.
 */
export async function importArchive(
  name: string,
  files: readonly { path: string; blob: Blob }[],
  options: {
    platform: PlatformId;
    onBatch(posts: ImportedPost[]): Promise<void> | void;
    onProgress?(progress: ImportProgress): void;
    /** Only this share of the records, counted and classified; every record when absent. */
    shard?: ImportShard;
    /** The history's salt (`history-import-start`): each post is sent with its hash, and its text only if `keepText`. */
    salt?: string;
    keepText?: boolean;
  },
): Promise<ImportSummary> {
  const opened = await openBlobs(name, files);
  const platform = PLATFORM_OF[opened.format] ?? options.platform;
  const classifier = createKindClassifier();
  const summary: ImportSummary = { format: opened.format, posts: 0, reposts: 0, empty: 0, unreadable: [], unreadableCount: 0, notes: [] };
  const unreadable = (line: number, reason: string, file?: string) => {
    summary.unreadableCount += 1;
    if (summary.unreadable.length < MAX_LISTED) summary.unreadable.push({ ...(file ? { file } : {}), line, reason });
  };
  let batch: ImportedPost[] = [];
  let batchChars = 0;
  const { index: shard, count: shards } = options.shard ?? { index: 0, count: 1 };
  let position = -1;
  let records = 0;
  // With the history's salt, each post goes with its hash, and its text only when the user keeps texts;
  // without one, with its text alone, which the background hashes.
  const { salt, keepText = true } = options;
  const flush = async () => {
    if (batch.length === 0) return;
    const sending = batch;
    batch = [];
    batchChars = 0;
    if (salt !== undefined) {
      const hashes = await Promise.all(sending.map((post) => saltedHash(salt, post.text!)));
      sending.forEach((post, i) => {
        post.hash = hashes[i];
        if (!keepText) delete post.text;
      });
    }
    await options.onBatch(sending);
  };
  for await (const record of opened.records) {
    position += 1;
    if (position % shards !== shard) continue;
    records += 1;
    if (record.kind === 'malformed') unreadable(record.line, record.reason, record.file);
    else if (record.kind === 'repost') summary.reposts += 1;
    else if (record.kind === 'empty') summary.empty += 1;
    else if (!record.at || Number.isNaN(Date.parse(record.at))) unreadable(record.line, 'no date, so it cannot be placed in your history', record.file);
    else {
      const { start, end } = record.counted ?? { start: 0, end: record.text.length };
      const { kind, because } = classifier.classify(record.text.slice(start, end), platform);
      const reply = record.reply === true;
      batch.push({
        record: { at: new Date(record.at).toISOString(), platform, reply, kind: kindOf(kind, { reply, thread: record.thread }), signals: because },
        text: record.text,
      });
      summary.posts += 1;
      batchChars += record.text.length;
      if (batch.length >= IMPORT_BATCH || batchChars >= IMPORT_BATCH_CHARS) await flush();
    }
    if (records % 500 === 0) options.onProgress?.({ records, posts: summary.posts });
  }
  await flush();
  options.onProgress?.({ records, posts: summary.posts });
  summary.notes = [...(opened.plan?.notes ?? [])];
  return summary;
}

/** A reading error the user can act on (not an archive, a broken zip), in plain words; anything else as it is. */
export function importError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  return `The file could not be read: ${error instanceof Error ? error.message : String(error)}`;
}
