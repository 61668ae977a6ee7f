import { defineRule, type DraftFinding } from '../../engine/rule';
import { otherNumber } from '../inflect';
import { termFinder } from '../matcher';
import type { PackRuleOf } from '../schema';
import { houseMeta, inside, protectedSpans, termProblems, type CompileContext, type Compiled } from './shared';

/**
 * `capitalization`: brand names written the brand's way. "acmepay", "Acmepay" and "ACMEPAY" all become
 * "AcmePay" with one click. Links, mentions and addresses keep their own case (a domain is not a name).
 */
export function compileCapitalization(rule: PackRuleOf<'capitalization'>, ctx: CompileContext): Compiled {
  const finder = termFinder(
    ctx.index,
    rule.terms,
    { regex: false, ignorecase: true, wholeWord: true, inflections: rule.inflections ?? false, exceptions: rule.exceptions ?? [] },
    ctx.terms,
    ctx.key,
  );
  // A brand may be listed in two accepted forms ("iPhone", "IPHONE" in a legal line): any listed form is right.
  const accepted = new Set(rule.terms);
  const compiled = defineRule({
    meta: houseMeta(rule, ctx, {
      principle: 'be-human',
      summary: `Writes ${rule.terms.map((t) => `"${t}"`).join(', ')} as the brand does.`,
      messages: { case: 'Write "{expected}" the way the brand does, not "{actual}".' },
    }),
    check({ doc }) {
      const found = finder.find(doc);
      if (found.length === 0) return [];
      const out: DraftFinding[] = [];
      const guarded = protectedSpans(doc);
      for (const m of found) {
        const term = rule.terms[m.index];
        if (term === undefined) continue;
        const expected = m.inflected ? otherNumber(term) : term;
        const actual = doc.text.slice(m.start, m.end);
        if (actual === expected || accepted.has(actual) || inside(m, guarded)) continue;
        out.push({
          start: m.start,
          end: m.end,
          messageId: 'case',
          data: { expected },
          expected: [expected],
          fixes: [{ label: `Write "${expected}"`, start: m.start, end: m.end, text: expected }],
        });
      }
      return out;
    },
  });
  return { rule: compiled, problems: termProblems(ctx, finder.problems, rule.terms, rule.exceptions) };
}
