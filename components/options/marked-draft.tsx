import type { FindingPayload } from '@/utils/messages';

/** A stretch of the sample post, with the findings that flag all of it (none for plain text). */
export interface DraftPiece {
  text: string;
  findings: readonly FindingPayload[];
}

const RANK = { suggestion: 0, warning: 1, error: 2 } as const;

/** The rule's own id from a finding's `house/<pack>/<rule>`. */
export function houseRuleId(ruleId: string): string {
  return ruleId.startsWith('house/') ? ruleId.split('/').slice(2).join('/') : ruleId;
}

/**
 * The post cut where findings start and end: each piece is flagged by the same findings throughout, so
 * overlapping findings give one piece for their overlap. Findings of no width (the whole post, a missing
 * disclosure) flag no words and are left to the list.
 */
export function draftPieces(draft: string, findings: readonly FindingPayload[]): DraftPiece[] {
  const spans = findings
    .map((f) => ({ finding: f, start: Math.max(0, Math.min(draft.length, f.start)), end: Math.max(0, Math.min(draft.length, f.end)) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, draft.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces: DraftPiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i] as number, cuts[i + 1] as number];
    const over = spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.finding);
    const last = pieces.at(-1);
    if (last && last.findings.length === over.length && last.findings.every((f, j) => f === over[j])) last.text += draft.slice(from, to);
    else pieces.push({ text: draft.slice(from, to), findings: over });
  }
  return pieces;
}

/**
 * The sample post with the words each rule flags marked, in the colour of the most severe finding
 * there, the rules named in the mark's title. Built of text nodes: the post is never read as HTML.
 */
export function MarkedDraft({ draft, findings }: { draft: string; findings: readonly FindingPayload[] }) {
  const pieces = draftPieces(draft, findings);
  return (
    <p class="marked-draft" aria-label="The sample post, with what the pack flags marked">
      {pieces.map((piece, i) => {
        if (piece.findings.length === 0) return piece.text;
        const worst = piece.findings.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
        const title = piece.findings.map((f) => `${houseRuleId(f.ruleId)}: ${f.message}`).join('\n');
        return (
          <mark key={i} class={worst.severity} title={title}>
            {piece.text}
          </mark>
        );
      })}
    </p>
  );
}
