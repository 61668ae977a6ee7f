import type { AnyRule } from '../../engine/rule';
import type { PackRuleOf } from '../schema';
import { docTermSpans, houseMeta, termMatcher, type CompileContext } from './shared';

/** `capitalization`: a brand name written in any case but its own ("acmepay", "ACME cloud"), with the fix. */
export function compileCapitalization(rule: PackRuleOf<'capitalization'>, context: CompileContext): AnyRule {
  const matcher = termMatcher(rule.terms, { ignoreCase: true, inflect: false });
  // The canonical spelling of each term by its folded form, spaces normalised as the matcher matches them.
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  const canonical = new Map(rule.terms.map((t) => [fold(t.trim()), t.trim()]));
  return {
    meta: houseMeta(rule, context, {
      principle: 'be-human',
      message: 'Write "{term}" the way the brand writes it.',
      summary: `Writes ${rule.terms.map((t) => `"${t}"`).join(', ')} in the brand's own case.`,
    }),
    check: ({ doc }) =>
      docTermSpans(doc, matcher).flatMap(({ start, end }) => {
        const found = doc.text.slice(start, end);
        const term = canonical.get(fold(found));
        if (!term || found.replace(/\s+/g, ' ') === term) return [];
        return [{ start, end, data: { term }, expected: [term], fixes: [{ label: `Write "${term}"`, start, end, text: term }] }];
      }),
  };
}
