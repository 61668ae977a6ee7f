import type { InputFormat } from '@/cli/readers/types';

/*
 * What an import reports, and how several workers share one: no reader and no engine here, so the
 * dashboard page that shows the summary loads neither (they run in the import workers).
 */

export interface ImportProgress {
  /** Records read so far, whatever they held. */
  records: number;
  /** Posts sent on to be stored. */
  posts: number;
}

/** What the reading found; the background's answers add how many were new and how many it already had. */
export interface ImportSummary {
  /** What the file or folder was read as: an X archive, a LinkedIn export, a CSV... */
  format: InputFormat;
  posts: number;
  /** Other people's posts passed on (X retweets): left out, never counted as the user's. */
  reposts: number;
  /** Records with no text (a LinkedIn repost without a comment). */
  empty: number;
  /** Records that could not be read, with where: at most `MAX_LISTED` of them. */
  unreadable: { file?: string; line: number; reason: string }[];
  unreadableCount: number;
  /** What the archive's own manifest or layout told the reader (a count that differs, a part missing). */
  notes: string[];
}

export const MAX_LISTED = 10;

/** One worker's share of an import: the records whose position, counted from 0, is `index` modulo `count`. */
export interface ImportShard {
  index: number;
  count: number;
}

/**
 * How many workers share an import: one per core, at most four. Reading the archive is repeated in each (a
 * tenth of the work), classifying the posts is split between them, and the background stores what each sends.
 */
export function importShards(cores: number | undefined): number {
  return Math.max(1, Math.min(4, Math.floor(cores ?? 1)));
}

/** The summaries of the shards of one import, as one. */
export function mergeSummaries(summaries: readonly ImportSummary[]): ImportSummary {
  const [first] = summaries;
  if (!first) throw new RangeError('no summaries to merge');
  const add = (pick: (s: ImportSummary) => number) => summaries.reduce((total, s) => total + pick(s), 0);
  const unreadable = summaries
    .flatMap((s) => s.unreadable)
    .sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line)
    .slice(0, MAX_LISTED);
  return {
    format: first.format,
    posts: add((s) => s.posts),
    reposts: add((s) => s.reposts),
    empty: add((s) => s.empty),
    unreadable,
    unreadableCount: add((s) => s.unreadableCount),
    notes: [...new Set(summaries.flatMap((s) => s.notes))],
  };
}
