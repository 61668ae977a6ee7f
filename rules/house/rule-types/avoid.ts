import type { AnyRule } from '../../engine/rule';
import type { PackRuleOf } from '../schema';
import { docTermSpans, houseMeta, termMatcher, type CompileContext } from './shared';

/** `avoid`: words and phrases the brand never uses (competitors, banned claims), whole words, with plurals. */
export function compileAvoid(rule: PackRuleOf<'avoid'>, context: CompileContext): AnyRule {
  const matcher = termMatcher(rule.terms, { ignoreCase: rule.ignoreCase ?? true, inflect: true });
  return {
    meta: houseMeta(rule, context, {
      principle: 'be-human',
      message: 'The house style avoids "{actual}".',
      summary: `Avoids: ${rule.terms.slice(0, 5).join(', ')}${rule.terms.length > 5 ? ', …' : ''}.`,
    }),
    check: ({ doc }) => docTermSpans(doc, matcher),
  };
}
