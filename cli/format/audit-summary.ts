import type { SummaryJson } from '../audit/summary';
import type { Paint } from './colour';
import { principleTitle } from './check-text';

export interface SummaryContext {
  /** What was read: a file name, or "standard input". */
  source: string;
  /** The input format's name, as detected or forced. */
  formatName: string;
  /** Plain-words summary of each rule id, where the rule is known. */
  ruleSummaries?: ReadonlyMap<string, string>;
  /** How many rules to list per principle. */
  rulesPerPrinciple?: number;
}

const n = (value: number): string => value.toLocaleString('en-US');
const percent = (ratio: number): string => `${Math.round(ratio * 1000) / 10}%`;
const plural = (count: number, one: string, many = `${one}s`): string => `${n(count)} ${count === 1 ? one : many}`;

/** The human summary of `rapport audit`. */
export function formatAuditSummary(summary: SummaryJson, context: SummaryContext, p: Paint): string {
  const out: string[] = [];
  out.push(p.bold(`Audit of ${context.source}`) + p.dim(` (${context.formatName})`), '');
  out.push(`  Posts read      ${n(summary.posts)}`);
  if (summary.malformed) out.push(`  Malformed       ${p.yellow(plural(summary.malformed, 'record'))} skipped (each reported above with its line)`);
  if (summary.empty) out.push(`  Without text    ${plural(summary.empty, 'record')} skipped`);
  if (summary.reposts) out.push(`  Reposts         ${plural(summary.reposts, 'repost')} of other people's posts skipped (not your words)`);
  if (summary.replies) out.push(`  Replies         ${plural(summary.replies, 'reply', 'replies')} to people (conversation, unless they promote)`);
  if (summary.averageScore !== null) out.push(`  Average score   ${summary.averageScore}/100`);
  if (summary.postsWithErrors) out.push(`  With errors     ${p.red(plural(summary.postsWithErrors, 'post'))}`);
  out.push('');

  if (summary.posts === 0) {
    out.push('No posts to coach.');
    return out.join('\n') + '\n';
  }

  const sp = summary.selfPromotion;
  const policy = sp.policy;
  out.push(p.bold(`Self-promotion (${policy.label}: at most ${percent(policy.share)} of posts promote you, ${policy.allowed} in any ${policy.window})`));
  if (sp.ratio !== null) {
    const share = `${percent(sp.ratio)} of posts promote you (${n(sp.posts)} of ${n(summary.posts)}).`;
    out.push(sp.within ? `  ${p.green(share)} Within ${policy.label}.` : `  ${p.red(share)} Above ${policy.label}.`);
  }
  if (sp.recent) {
    const { posts, promotions, over } = sp.recent;
    const recent = `The last ${plural(posts, 'post')} by date: ${n(promotions)} ${promotions === 1 ? 'promotes' : 'promote'}`;
    out.push(`  ${recent}${over ? p.red(`, more than the ${policy.allowed} that ${policy.label} allows.`) : '.'}`);
  }
  if (sp.within === false || sp.recent?.over) {
    out.push('  Try sharing more tips, answers and other people\u2019s work between promotional posts.');
  }
  out.push('');

  const cadence = summary.cadence;
  if (cadence) {
    out.push(p.bold('Cadence'));
    out.push(`  ${cadence.postsPerWeek} posts a week from ${cadence.from} to ${cadence.to}`);
    out.push(`  Longest streak: ${plural(cadence.longest.days, 'day')} in a row; ${plural(cadence.longest.weeks, 'week')} in a row with a post`);
    const gap = cadence.gaps[0];
    if (gap) out.push(`  Longest gap: ${plural(gap.days, 'day')} without a post (${gap.from} to ${gap.to})`);
    out.push('');
  }

  if (summary.kindsOnly) {
    out.push(p.dim('Only each post\u2019s kind was judged (--kinds-only): run without it for findings and the weakest posts.'));
    return out.join('\n') + '\n';
  }

  out.push(p.bold('Most frequent findings'));
  if (!summary.findings.length) out.push('  None: every post reads well.');
  const perPrinciple = context.rulesPerPrinciple ?? 3;
  for (const tally of summary.findings) {
    out.push(`  ${principleTitle(tally.principle)} ${p.dim(`(${plural(tally.findings, 'finding')} in ${plural(tally.posts, 'post')})`)}`);
    for (const rule of tally.rules.slice(0, perPrinciple)) {
      const about = context.ruleSummaries?.get(rule.ruleId);
      const counts = `${plural(rule.findings, 'time')} in ${plural(rule.posts, 'post')}`;
      out.push(`    ${rule.ruleId}: ${counts}${about ? p.dim(` \u2014 ${about}`) : ''}`);
    }
    const more = tally.rules.length - perPrinciple;
    if (more > 0) out.push(p.dim(`    and ${plural(more, 'other rule')}`));
  }
  out.push('');

  out.push(p.bold('Weakest posts'));
  if (!summary.weakest.length) out.push('  None: every post scored 100.');
  for (const post of summary.weakest) {
    out.push(`  score ${String(post.score).padStart(3)}  "${post.snippet}" ${p.dim(`(index ${post.index}, line ${post.line})`)}`);
    if (post.principles.length) out.push(p.dim(`    ${post.principles.map(principleTitle).join('; ')}`));
  }
  out.push('', p.dim('Coach one post in full with: rapport check "<text>"'));
  return out.join('\n') + '\n';
}
