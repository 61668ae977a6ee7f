import type { LocalSpan } from './document';
import type { DraftFinding } from './rule';

/** What a finding says about its span: everything but the place. */
export type FindingWords = Omit<DraftFinding, 'start' | 'end'>;

/**
 * One finding per span, the way most rules end: "flag each of these with this message (and this fix)".
 * `describe` is a message id, or a function of the span for what depends on it (its kind, a fix).
 */
export function flagEach<S extends LocalSpan>(spans: readonly S[], describe: string | ((span: S) => FindingWords)): DraftFinding[] {
  return spans.map((span) => ({ start: span.start, end: span.end, ...(typeof describe === 'string' ? { messageId: describe } : describe(span)) }));
}
