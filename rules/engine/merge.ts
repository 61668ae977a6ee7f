import type { Finding, Severity } from './types';

/**
 * Rules that name one problem from several principles: pushing a sale (a plug, a hard sell, an order where
 * an invitation belongs, a post that only pitches). Other rules on the same words (shouting, a weak hook)
 * are another problem and keep their own card.
 */
const PROBLEM: ReadonlyMap<string, string> = new Map(['self-promotion', 'hard-sell', 'missing-invitation', 'sales-pitch'].map((id) => [id, 'selling']));

const STRENGTH: Record<Severity, number> = { suggestion: 0, warning: 1, error: 2 };

/**
 * One finding per problem. Rules of one problem that flag the same words (the same span) describe it from
 * several principles ("Order now" is a hard sell, a plug and an order where an invitation belongs): the
 * user sees one card, with the strongest rule's advice, that names every other rule and principle in
 * `also`, and the score counts it once. Each merged rule's fixes stay on the finding. A rule that reports the same span twice keeps one of them.
 * Findings are expected sorted by position; the order is kept.
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const bySpan = new Map<string, Finding[]>();
  for (const f of findings) {
    const span = `${f.start}:${f.end}:${PROBLEM.get(f.ruleId) ?? f.ruleId}`;
    const group = bySpan.get(span);
    if (!group) bySpan.set(span, [f]);
    else if (!group.some((g) => g.ruleId === f.ruleId)) group.push(f);
  }
  const merged: Finding[] = [];
  for (const group of bySpan.values()) {
    if (group.length === 1) {
      merged.push(group[0]!);
      continue;
    }
    // The strongest severity leads; among equals, the first rule to report it.
    const lead = group.reduce((best, f) => (STRENGTH[f.severity] > STRENGTH[best.severity] ? f : best));
    const also = group.filter((f) => f !== lead).map(({ ruleId, principle }) => ({ ruleId, principle }));
    // Every fix stays on offer: the card's advice is the lead's, but a merged rule's remedy is not lost.
    const fixes = group.flatMap((f) => f.fixes ?? []).filter((fix, i, all) => all.findIndex((o) => o.start === fix.start && o.end === fix.end && o.text === fix.text) === i);
    merged.push({ ...lead, ...(fixes.length > 0 ? { fixes } : {}), also: [...(lead.also ?? []), ...also] });
  }
  return merged;
}
