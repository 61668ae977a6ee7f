import { PRINCIPLE_IDS, PRINCIPLES, type PrincipleId } from '../../rules/principles';
import type { Analysis, Finding } from '../../rules/index';
import type { Paint } from './colour';
import { contextLine, snippet } from './context';

const STATUS_MARK = { pass: '\u2713', suggestion: '\u25cb', problem: '\u2717', 'not-checked': '\u2013' } as const;

export function principleTitle(id: string): string {
  return (PRINCIPLES as Record<string, { title: string } | undefined>)[id]?.title ?? id;
}

/** Findings grouped by principle, in the catalogue's order (unknown principles last, by id). */
export function groupByPrinciple(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.principle) ?? [];
    list.push(finding);
    groups.set(finding.principle, list);
  }
  const rank = (id: string): number => {
    const i = (PRINCIPLE_IDS as readonly string[]).indexOf(id);
    return i === -1 ? PRINCIPLE_IDS.length : i;
  };
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The human report of `rapport check`: findings by principle, the score, the checklist, notes once. */
export function formatCheck(text: string, analysis: Analysis, p: Paint): string {
  const out: string[] = [];
  const count = analysis.findings.length;
  const unchecked = analysis.principles.filter((r) => r.status === 'not-checked').length;
  if (!text.trim()) out.push('The draft is empty: nothing to coach.', '');
  else if (count === 0 && analysis.score === null) out.push(`No findings from the checks that ran; ${unchecked} of ${analysis.principles.length} principles were not checked (see the note).`, '');
  else if (count === 0) out.push(p.green('No findings: this draft reads well.'), '');
  else out.push(`${count} ${count === 1 ? 'finding' : 'findings'} in this draft.`, '');

  for (const [principle, findings] of groupByPrinciple(analysis.findings)) {
    out.push(p.bold(principleTitle(principle)));
    const why = (PRINCIPLES as Record<string, { why: string } | undefined>)[principle]?.why;
    if (why) out.push(p.dim(`  ${why}`));
    for (const finding of findings) out.push(...formatFinding(text, finding, p), '');
  }

  out.push(`${p.bold('Score:')} ${analysis.score === null ? p.dim('not scored') : `${scoreColour(analysis.score, p)}/100`}`);
  const costly = [...analysis.principles].filter((r) => r.penalty > 0).sort((a, b) => b.penalty - a.penalty)[0];
  if (costly) out.push(`Most to gain: ${principleTitle(costly.id)} (+${costly.penalty}).`);
  // What the post is for the 80/20 ratio; a draft that was not scored (empty, another language) is not judged.
  if (analysis.score !== null) out.push(`${p.bold('Counts as:')} ${analysis.kind.kind}, in the self-promotion ratio.`);
  out.push('', p.bold('Checklist'));
  for (const result of analysis.principles) {
    const mark = STATUS_MARK[result.status];
    const title = principleTitle(result.id as PrincipleId);
    if (result.status === 'pass') out.push(`  ${p.green(mark)} ${title}`);
    else if (result.status === 'not-checked') out.push(p.dim(`  ${mark} ${title} (not checked)`));
    else {
      const colour = result.status === 'problem' ? p.red : p.cyan;
      const what = `${result.count} ${result.count === 1 ? 'finding' : 'findings'}, costs ${result.penalty} ${result.penalty === 1 ? 'point' : 'points'}`;
      out.push(`  ${colour(mark)} ${title} ${p.dim(`(${what})`)}`);
    }
  }
  const notes = [...new Set(analysis.notes)];
  if (notes.length) out.push('', ...notes.map((note) => `${p.bold('Note:')} ${note}`));
  return out.join('\n') + '\n';
}

function formatFinding(text: string, finding: Finding, p: Paint): string[] {
  const label = p.severity(finding.severity, finding.severity.padEnd(10));
  const lines = [`  ${label} ${finding.message}`];
  const indent = ' '.repeat(13);
  const also = [...new Set((finding.also ?? []).map((a) => a.principle))].filter((id) => id !== finding.principle);
  if (also.length) lines.push(`${indent}${p.dim(`Also: ${also.map(principleTitle).join(' \u00b7 ')}`)}`);
  const where = contextLine(text, finding.start, finding.end);
  const quoted = finding.actual ? `"${snippet(finding.actual, 50)}"` : '(here)';
  lines.push(`${indent}${p.dim(`line ${where.line}, column ${where.column}:`)} ${quoted} ${p.dim(`[${finding.ruleId}]`)}`);
  // The context line helps when the flagged text is part of a line; a whole-line finding already shows it all.
  if (where.text.trim() && where.text.trim() !== finding.actual.trim()) {
    const gutter = String(where.line);
    lines.push(`${indent}${p.dim(`${gutter} |`)} ${where.text}`);
    lines.push(`${indent}${p.dim(`${' '.repeat(gutter.length)} |`)} ${p.severity(finding.severity, where.underline)}`);
  }
  for (const fix of finding.fixes ?? []) lines.push(`${indent}${p.green('Fix:')} ${fix.label}`);
  if (!finding.fixes?.length && finding.expected?.length) {
    lines.push(`${indent}${p.green('Try:')} ${finding.expected.map((e) => `"${e}"`).join(' or ')}`);
  }
  return lines;
}

function scoreColour(score: number, p: Paint): string {
  const s = String(score);
  return score >= 80 ? p.green(s) : score >= 50 ? p.yellow(s) : p.red(s);
}
