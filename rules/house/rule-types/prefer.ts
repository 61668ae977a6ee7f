import type { AnyRule } from '../../engine/rule';
import type { PackRuleOf } from '../schema';
import { docTermSpans, houseMeta, looksPlural, termMatcher, withNumber, type CompileContext } from './shared';

/** `prefer`: the brand's word in place of others ("customers", not "users"), with a one-click fix. */
export function compilePrefer(rule: PackRuleOf<'prefer'>, context: CompileContext): AnyRule {
  const matcher = termMatcher(rule.instead, { ignoreCase: rule.ignoreCase ?? true, inflect: true });
  return {
    meta: houseMeta(rule, context, {
      principle: 'be-human',
      message: 'The house style says "{use}" instead of "{actual}".',
      summary: `Says "${rule.use}" instead of ${rule.instead.map((t) => `"${t}"`).join(', ')}.`,
    }),
    check: ({ doc }) =>
      docTermSpans(doc, matcher).map(({ start, end }) => {
        const found = doc.text.slice(start, end);
        // "user" for "users" gets "customer" for "customers": the replacement keeps the number it replaces.
        const replacement = keepInitialCase(found, withNumber(rule.use, looksPlural(found)));
        return { start, end, data: { use: rule.use }, expected: [replacement], fixes: [{ label: `Use "${replacement}"`, start, end, text: replacement }] };
      }),
  };
}

/** "Users love it" becomes "Customers love it": the replacement takes the first letter's case of what it replaces. */
export function keepInitialCase(found: string, use: string): string {
  const first = found.charAt(0);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return use;
  return use.charAt(0).toUpperCase() + use.slice(1);
}
