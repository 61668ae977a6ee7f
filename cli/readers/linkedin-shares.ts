import { readCsv } from './csv';
import type { ByteSource, RawRecord, ReaderOptions } from './types';

/**
 * A LinkedIn data export's `Shares.csv` (Date, ShareLink, ShareCommentary, SharedUrl, MediaUrl, Visibility):
 * the post is ShareCommentary. A share without commentary (a plain repost) has no text of its own and is
 * counted as empty, not coached.
 */
export function readLinkedInShares(source: ByteSource, options: ReaderOptions = {}): AsyncGenerator<RawRecord> {
  return readCsv(source, { ...options, defaultColumn: 'ShareCommentary' });
}
