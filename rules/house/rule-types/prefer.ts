import { defineRule, type DraftFinding } from '../../engine/rule';
import { matchCase, otherNumber } from '../inflect';
import type { PackRuleOf } from '../schema';
import { houseMeta, inside, protectedSpans, termProblems, wordListFinder, type CompileContext, type Compiled } from './shared';

/**
 * `prefer`: the house word instead of others ("customers", not "users" or "consumers"), with a one-click
 * fix that keeps the number and capitals of what it replaces ("Users" becomes "Customers", "user" becomes
 * "customer"). `swap` gives many pairs at once, as Vale's substitution does; "a|b" offers either. Text that
 * already is a replacement is left alone (a pattern for "java script" in any case must not flag
 * "JavaScript"), and so are links, mentions and addresses, which a fix would break.
 */
export function compilePrefer(rule: PackRuleOf<'prefer'>, ctx: CompileContext): Compiled {
  const pairs: { term: string; replacements: string[] }[] = rule.swap
    ? Object.entries(rule.swap).map(([term, replacement]) => ({ term, replacements: replacement.split('|').filter(Boolean) }))
    : (rule.instead ?? []).map((term) => ({ term, replacements: [rule.use ?? ''] }));
  const terms = pairs.map((p) => p.term);
  const finder = wordListFinder(rule, terms, ctx);
  const summary = rule.use ? `Prefers "${rule.use}" to ${(rule.instead ?? []).map((t) => `"${t}"`).join(', ')}.` : `Prefers the house word in ${pairs.length} pairs.`;
  const compiled = defineRule({
    meta: houseMeta(rule, ctx, { principle: 'be-human', summary, messages: { prefer: 'The house style says "{expected}" rather than "{actual}".' } }),
    check({ doc }) {
      const found = finder.find(doc);
      if (found.length === 0) return [];
      const out: DraftFinding[] = [];
      const guarded = protectedSpans(doc);
      for (const m of found) {
        const actual = doc.text.slice(m.start, m.end);
        const pair = pairs[m.index];
        if (!pair || pair.replacements.includes(actual) || inside(m, guarded)) continue;
        const expected = pair.replacements.map((r) => matchCase(actual, m.inflected ? otherNumber(r) : r));
        out.push({
          start: m.start,
          end: m.end,
          messageId: 'prefer',
          data: { expected: expected.join(' or ') },
          expected,
          fixes: expected.map((text) => ({ label: `Replace with "${text}"`, start: m.start, end: m.end, text })),
        });
      }
      return out;
    },
  });
  return {
    rule: compiled,
    problems: termProblems(ctx, finder.problems, terms, rule.exceptions, (index) => (rule.swap ? ['swap', terms[index] ?? index] : ['instead', index])),
  };
}
