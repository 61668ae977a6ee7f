import { defineRule } from '../../engine/rule';
import type { PackRuleOf } from '../schema';
import { houseMeta, termProblems, wordListFinder, type CompileContext, type Compiled } from './shared';

/**
 * `avoid`: words and phrases the house does not use (a competitor's name, a banned word). Whole words, any
 * case, plural or singular unless the rule says otherwise; a link with the word is flagged too, since a
 * competitor's address is as much the competitor as its name.
 */
export function compileAvoid(rule: PackRuleOf<'avoid'>, ctx: CompileContext): Compiled {
  const finder = wordListFinder(rule, rule.terms, ctx);
  const compiled = defineRule({
    meta: houseMeta(rule, ctx, {
      principle: 'be-human',
      summary: `Avoids ${rule.terms.length === 1 ? `"${rule.terms[0]}"` : `${rule.terms.length} words and phrases`}.`,
      messages: { avoid: '"{actual}" is on the house list of words to avoid.' },
    }),
    check: ({ doc }) => finder.find(doc).map((m) => ({ start: m.start, end: m.end, messageId: 'avoid' })),
  });
  return { rule: compiled, problems: termProblems(ctx, finder.problems, rule.terms, rule.exceptions) };
}
