import { RE2JS } from 're2js';
import type { AnyRule, RuleContext } from '../../engine/rule';
import type { PackRuleOf } from '../schema';
import { houseMeta, openingSpan, patternFlags, type CompileContext } from './shared';

/**
 * `require`: text the draft must carry ("#ad" on a promotional post), when a signal reaches a value or
 * another rule of the pack fires; always when the rule gives no condition. One finding at the draft's start.
 */
export function compileRequire(rule: PackRuleOf<'require'>, context: CompileContext): AnyRule {
  const re = RE2JS.compile(rule.pattern, patternFlags(rule.ignoreCase));
  const when = rule.when;
  // The schema made sure the rule depended on exists and is not itself a require rule (compiled before it).
  const dependency = when && 'rule' in when ? context.compiled.get(when.rule) : undefined;
  const applies = (ctx: RuleContext): boolean => {
    if (!when) return true;
    if ('signal' in when) return ctx.signals[when.signal] >= when.atLeast;
    if (!dependency) return false;
    const { platforms } = dependency.meta;
    if (platforms && !(ctx.platform && platforms.includes(ctx.platform))) return false;
    return dependency.check({ ...ctx, options: {} }).length > 0;
  };
  return {
    meta: houseMeta(rule, context, {
      principle: 'honest-and-open',
      message: 'The house style asks this post to carry text matching {pattern}.',
      summary: `Requires text matching ${rule.pattern}${when ? ' when its condition holds' : ''}.`,
      // A condition on a signal reads English signals; a plain requirement holds for any language.
      languageIndependent: !(when && 'signal' in when),
    }),
    check: (ctx) => {
      if (!ctx.doc.text.trim() || !applies(ctx) || re.matcher(ctx.doc.text).find()) return [];
      return [{ ...openingSpan(ctx.doc.text), data: { pattern: rule.pattern } }];
    },
  };
}
