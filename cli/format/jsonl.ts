import type { Analysis, PostKind } from '../../rules/index';

/**
 * One post of `rapport audit --format jsonl`: its place in the input, its kind for the ratio, its signals,
 * its findings reduced to what a spreadsheet or a script needs (no messages or fixes, which repeat the
 * post's text), its score.
 */
export function jsonlLine(index: number, kind: PostKind, analysis: Pick<Analysis, 'findings' | 'signals' | 'score'>): string {
  return JSON.stringify({
    index,
    kind,
    signals: analysis.signals,
    findings: analysis.findings.map(({ ruleId, principle, severity, start, end }) => ({ ruleId, principle, severity, start, end })),
    score: analysis.score,
  });
}

/** One post of `rapport audit --kinds-only --format jsonl`: its place in the input and its kind, nothing else. */
export function jsonlKindLine(index: number, kind: PostKind): string {
  return JSON.stringify({ index, kind });
}
