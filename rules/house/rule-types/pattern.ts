import { RE2JS } from 're2js';
import type { AnyRule } from '../../engine/rule';
import type { PackRuleOf } from '../schema';
import { houseMeta, patternFlags, re2Spans, type CompileContext } from './shared';

/** `pattern`: any regular expression, run on RE2 (linear time), so no pack can hang the browser. */
export function compilePattern(rule: PackRuleOf<'pattern'>, context: CompileContext): AnyRule {
  const re = RE2JS.compile(rule.pattern, patternFlags(rule.ignoreCase));
  return {
    meta: houseMeta(rule, context, {
      principle: rule.principle ?? 'be-human',
      message: 'The house style flags "{actual}".',
      summary: `Flags text matching ${rule.pattern}.`,
    }),
    // The whole text, not chunk by chunk: a pack's pattern may span lines.
    check: ({ doc }) => re2Spans(re, doc.text),
  };
}
