import type { Finding, Severity } from './types';

/**
 * Rules that name one problem from several principles: pushing a sale (a plug, a hard sell, an order where
 * an invitation belongs, a post that only pitches). Other rules on the same words (shouting, a weak hook)
 * are another problem and keep their own card.
 */
const PROBLEM: ReadonlyMap<string, string> = new Map(['self-promotion', 'hard-sell', 'missing-invitation', 'sales-pitch'].map((id) => [id, 'selling']));

const STRENGTH: Record<Severity, number> = { suggestion: 0, warning: 1, error: 2 };

/**
 * One finding per problem. Rules of one problem that flag overlapping words describe it from several
 * principles ("Order now" is a hard sell, a plug and an order where an invitation belongs; "Buy it now" and
 * "Buy it now at acme.example" are the same push): the user sees one card, with the strongest rule's advice
 * and its span (so its fix still lands where it says), that names every other rule and principle in
 * `also`, and the score counts it once. Overlap chains: a finding overlapping any finding of the group
 * joins it. Words that only touch (one ends where the next starts) are two problems. Each merged rule's
 * fixes stay on the finding. A rule never reports the same span twice: the second is dropped.
 * Findings are expected sorted by position; the result is sorted the same way.
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const groups: Finding[][] = [];
  const reported = new Set<string>();
  /** The open group of each problem, and where its words end so far. */
  const open = new Map<string, { group: Finding[]; end: number }>();
  for (const f of findings) {
    const key = `${f.ruleId}:${f.start}:${f.end}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const problem = PROBLEM.get(f.ruleId);
    const current = problem === undefined ? undefined : open.get(problem);
    if (problem !== undefined && current && f.start < current.end) {
      current.group.push(f);
      current.end = Math.max(current.end, f.end);
      continue;
    }
    const group = [f];
    groups.push(group);
    if (problem !== undefined) open.set(problem, { group, end: f.end });
  }
  return groups.map(mergeGroup).sort((a, b) => a.start - b.start || a.end - b.end);
}

function mergeGroup(group: readonly Finding[]): Finding {
  if (group.length === 1) return group[0]!;
  // The strongest severity leads; among equals, the first rule to report it.
  const lead = group.reduce((best, f) => (STRENGTH[f.severity] > STRENGTH[best.severity] ? f : best));
  const named = new Set([lead.ruleId, ...(lead.also ?? []).map((a) => a.ruleId)]);
  const also = [...(lead.also ?? [])];
  for (const { ruleId, principle } of group) {
    if (named.has(ruleId)) continue;
    named.add(ruleId);
    also.push({ ruleId, principle });
  }
  // Every fix stays on offer: the card's advice is the lead's, but a merged rule's remedy is not lost.
  const fixes = group.flatMap((f) => f.fixes ?? []).filter((fix, i, all) => all.findIndex((o) => o.start === fix.start && o.end === fix.end && o.text === fix.text) === i);
  return { ...lead, ...(fixes.length > 0 ? { fixes } : {}), also };
}
