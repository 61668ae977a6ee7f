import { defineRule, type DraftFinding } from '../../engine/rule';
import { termFinder } from '../matcher';
import type { PackRuleOf } from '../schema';
import { houseMeta, termProblems, type CompileContext, type Compiled } from './shared';

/**
 * `pattern`: a regular expression the house does not want in a post (prices, internal codes, a date
 * format), run on RE2 in linear time. Case as written unless the rule says `ignorecase`; `replace` offers
 * a fixed text as the fix.
 */
export function compilePattern(rule: PackRuleOf<'pattern'>, ctx: CompileContext): Compiled {
  const finder = termFinder(
    ctx.index,
    [rule.pattern],
    { regex: true, ignorecase: rule.ignorecase ?? false, wholeWord: false, inflections: false, exceptions: rule.exceptions ?? [] },
    undefined,
    ctx.key,
  );
  const compiled = defineRule({
    meta: houseMeta(rule, ctx, {
      principle: 'be-human',
      summary: `Flags text matching /${rule.pattern}/.`,
      messages: { match: `"{actual}" goes against the house rule "${rule.id}".` },
    }),
    check: ({ doc }) =>
      finder.find(doc).flatMap((m): DraftFinding[] => {
        if (m.end === m.start) return [];
        const fix = rule.replace === undefined ? undefined : { label: rule.replace ? `Replace with "${rule.replace}"` : 'Remove it', start: m.start, end: m.end, text: rule.replace };
        return [{ start: m.start, end: m.end, messageId: 'match', ...(fix ? { fixes: [fix] } : {}) }];
      }),
  });
  return { rule: compiled, problems: termProblems(ctx, finder.problems, [rule.pattern], rule.exceptions, () => ['pattern']) };
}
