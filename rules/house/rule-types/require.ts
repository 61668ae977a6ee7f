import { cacheKey, type Doc, type LocalSpan } from '../../engine/document';
import { defineRule, type AnyRule, type DraftFinding, type Fix, type RuleContext } from '../../engine/rule';
import { compileRegex, findAll, type SafeRegex } from '../regex';
import { problem, type PackProblem } from '../problems';
import type { PackRuleOf } from '../schema';
import { badPattern, houseMeta, leadSpan, SIGNAL_LABEL, type CompileContext, type Compiled } from './shared';

/**
 * `require`: what a post must carry. Once per post (a disclosure such as "#ad"), always or only when a
 * signal is in a range (self-promotion at least 0.5) or another rule fired (this pack's or a built-in
 * one's); or, with `each`, for every match of another pattern (an acronym must be spelled out somewhere,
 * as Vale's conditional check does). A missing disclosure gets a fix that adds `append` (or the pattern's
 * own text, when it is a plain word) at the end of the post.
 */
export function compileRequire(rule: PackRuleOf<'require'>, ctx: CompileContext): Compiled {
  const problems: PackProblem[] = [];
  const ignorecase = rule.ignorecase ?? true;
  const pattern = compileAt(rule.pattern, ignorecase, [...ctx.path, 'pattern'], problems);
  const each = rule.each === undefined ? undefined : compileAt(rule.each, ignorecase, [...ctx.path, 'each'], problems);
  const when = rule.when;
  let dependency: AnyRule | undefined;
  if (when && 'rule' in when) {
    dependency = ctx.resolve(when.rule);
    if (!dependency) problems.push(problem([...ctx.path, 'when', 'rule'], `no rule "${when.rule}" in this pack or among the built-in rules`));
  }
  const append = rule.append ?? literalOf(rule.pattern);
  const exceptions = new Set(rule.exceptions ?? []);

  const requiredKey = cacheKey(ctx.key, 'required');
  const eachKey = cacheKey(ctx.key, 'each');
  const compiled = defineRule({
    meta: houseMeta(rule, ctx, {
      principle: 'honest-and-open',
      summary: `Requires /${rule.pattern}/${when ? (('rule' in when) ? ` when "${when.rule}" fires` : ` when ${SIGNAL_LABEL[when.signal].toLowerCase()} is in range`) : ''}.`,
      messages: {
        missing: append ? `The house style asks for "${append}" in a post like this.` : 'This post is missing what the house style asks for here.',
        undefined: '"{actual}" needs the definition the house style asks for, somewhere in the post.',
      },
    }),
    check(context) {
      if (!pattern) return [];
      const { doc } = context;
      const found = doc.spans(requiredKey, (chunk) => findAll(pattern, chunk.text, each !== undefined));
      if (each) return undefinedTerms(doc, each, found, pattern, exceptions, eachKey);
      if (found.length > 0) return [];
      const trigger = triggered(context, when, dependency);
      if (!trigger) return [];
      const fix = append ? appendFix(doc.text, append) : undefined;
      return [{ ...trigger, messageId: 'missing', ...(fix ? { fixes: [fix] } : {}) }];
    },
  });
  return { rule: compiled, problems };
}

function compileAt(source: string, ignorecase: boolean, path: PropertyKey[], problems: PackProblem[]): SafeRegex | undefined {
  const compiled = compileRegex(source, { ignorecase });
  if (compiled.ok) return compiled.regex;
  problems.push(problem(path, badPattern(source, compiled.reason)));
  return undefined;
}

/**
 * Whether the condition holds, and where to point: at the other rule's first finding, or at the post's
 * first sentence. Undefined when the condition does not hold.
 */
function triggered(context: RuleContext, when: PackRuleOf<'require'>['when'], dependency: AnyRule | undefined): LocalSpan | undefined {
  if (!when) return leadSpan(context.doc);
  if ('rule' in when) {
    if (!dependency) return undefined;
    const options = dependency.meta.options.safeParse({});
    if (!options.success) return undefined;
    try {
      const first = dependency.check({ ...context, options: options.data })[0];
      return first ? { start: first.start, end: first.end } : undefined;
    } catch {
      return undefined;
    }
  }
  const value = context.signals[when.signal];
  const inRange = (when.min === undefined || value >= when.min) && (when.max === undefined || value <= when.max);
  return inRange ? leadSpan(context.doc) : undefined;
}

/**
 * Vale's conditional: each match of `each` (its first group, or all of it) must appear among what the
 * pattern captured anywhere in the post; without a group in the pattern, the pattern must simply appear.
 */
function undefinedTerms(
  doc: Doc,
  each: SafeRegex,
  definitions: readonly { groups: (string | undefined)[] }[],
  pattern: SafeRegex,
  exceptions: ReadonlySet<string>,
  eachKey: string,
): DraftFinding[] {
  const capturing = pattern.re.groupCount() > 0;
  if (!capturing && definitions.length > 0) return [];
  const defined = new Set(definitions.flatMap((d) => d.groups.filter((g): g is string => !!g)));
  const out: DraftFinding[] = [];
  for (const m of doc.spans(eachKey, (chunk) => findAll(each, chunk.text, true))) {
    const term = m.groups[0] ?? doc.text.slice(m.start, m.end);
    if (exceptions.has(term) || defined.has(term)) continue;
    out.push({ start: m.start, end: m.end, messageId: 'undefined' });
  }
  return out;
}

/** "#ad\b" -> "#ad": a pattern that is a plain text between word boundaries can be added as it is. */
export function literalOf(pattern: string): string | undefined {
  const bare = pattern.replace(/^\^|\$$/g, '').replace(/^\\b|\\b$/g, '');
  if (/[\\^$.|?*+()[\]{}]/.test(bare.replace(/\\[#@&\-]/g, ''))) return undefined;
  const text = bare.replace(/\\([#@&\-])/g, '$1');
  return text.trim() ? text : undefined;
}

function appendFix(text: string, addition: string): Fix {
  const end = text.trimEnd().length;
  const space = end > 0 ? ' ' : '';
  return { label: `Add "${addition}"`, start: end, end, text: `${space}${addition}` };
}
