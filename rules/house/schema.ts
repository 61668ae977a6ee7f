/**
 * The house-rule pack a brand lead writes (issue 11), checked by zod. Every regular expression in a pack is
 * compiled here with RE2 (linear time), so a pack that passes can never hang a browser. A pack that fails is
 * refused whole, with every problem listed by JSON path in plain words.
 */
import { RE2JS } from 're2js';
import { z } from 'zod';
import { OBJECTIVES, PLATFORM_IDS, PRINCIPLE_IDS, SIGNAL_NAMES } from '../engine/types';

export const PACK_LIMITS = { rules: 500, termsPerRule: 5_000, termLength: 200, patternLength: 1_000, textLength: 2_000 } as const;
export const RULE_TYPES = ['avoid', 'prefer', 'require', 'limit', 'capitalization', 'pattern', 'threshold'] as const;
export const LIMIT_COUNTS = ['hashtags', 'mentions', 'links', 'emoji', 'exclamations', 'sentences', 'characters'] as const;
export const RATIO_POLICIES = ['80/20', '4-1-1', 'thirds', 'custom'] as const;

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value));
const wholeNumber = (min: number) =>
  z.int({ error: (issue) => `expected a whole number, got ${show(issue.input)}` }).min(min);
const text = (max: number) => z.string().trim().min(1).max(max);

/** RE2's reason a pattern cannot compile, or undefined when it compiles. */
export function re2Problem(pattern: string): string | undefined {
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const pattern = text(PACK_LIMITS.patternLength).superRefine((value, ctx) => {
  const reason = re2Problem(value);
  if (reason) ctx.addIssue({ code: 'custom', message: `the pattern ${show(value)} cannot be compiled (RE2: ${reason})` });
});
const terms = z.array(text(PACK_LIMITS.termLength)).min(1).max(PACK_LIMITS.termsPerRule);

const common = {
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/i, 'expected letters, digits, "-" or "_" (at most 64)'),
  message: text(PACK_LIMITS.textLength).optional(),
  severity: z.enum(['suggestion', 'warning', 'error']).optional(),
  platforms: z.array(z.enum(PLATFORM_IDS)).min(1).optional(),
};
const signal = z.enum(SIGNAL_NAMES);

export const avoidRuleSchema = z.strictObject({ ...common, type: z.literal('avoid'), terms, ignoreCase: z.boolean().optional() });
export const preferRuleSchema = z.strictObject({
  ...common,
  type: z.literal('prefer'),
  use: text(PACK_LIMITS.termLength),
  instead: terms,
  ignoreCase: z.boolean().optional(),
});
export const requireRuleSchema = z.strictObject({
  ...common,
  type: z.literal('require'),
  pattern,
  ignoreCase: z.boolean().optional(),
  /** Only when a signal reaches a value, or when another rule of the pack fires; always when absent. */
  when: z
    .union([
      z.strictObject({ signal, atLeast: z.number().min(-1).max(1) }),
      z.strictObject({ rule: z.string().min(1) }),
    ])
    .optional(),
});
export const limitRuleSchema = z.strictObject({ ...common, type: z.literal('limit'), count: z.enum(LIMIT_COUNTS), max: wholeNumber(0) });
export const capitalizationRuleSchema = z.strictObject({ ...common, type: z.literal('capitalization'), terms });
export const patternRuleSchema = z.strictObject({
  ...common,
  type: z.literal('pattern'),
  pattern,
  ignoreCase: z.boolean().optional(),
  principle: z.enum(PRINCIPLE_IDS).optional(),
});
export const thresholdRuleSchema = z
  .strictObject({
    ...common,
    type: z.literal('threshold'),
    signal,
    min: z.number().min(-1).max(1).optional(),
    max: z.number().min(-1).max(1).optional(),
  })
  .refine((rule) => rule.min !== undefined || rule.max !== undefined, { message: 'give "min", "max" or both' });

export const packRuleSchema = z.discriminatedUnion('type', [
  avoidRuleSchema,
  preferRuleSchema,
  requireRuleSchema,
  limitRuleSchema,
  capitalizationRuleSchema,
  patternRuleSchema,
  thresholdRuleSchema,
]);

export const packSchema = z
  .strictObject({
    schemaVersion: z.literal(1).optional(),
    name: text(100),
    version: z.union([wholeNumber(0), text(40)]).optional(),
    description: z.string().max(PACK_LIMITS.textLength).optional(),
    rules: z.array(packRuleSchema).max(PACK_LIMITS.rules),
    builtins: z.record(z.string().min(1), z.enum(['suggestion', 'warning', 'error', 'off'])).optional(),
    ratio: z
      .strictObject({
        policy: z.enum(RATIO_POLICIES),
        /** The most promotion allowed, as a share of the window; only for `custom`. */
        share: z.number().min(0).max(1).optional(),
        window: wholeNumber(1).max(200),
      })
      .refine((ratio) => (ratio.policy === 'custom') === (ratio.share !== undefined), {
        message: 'give "share" (0 to 1) with the custom policy, and only with it',
      })
      .optional(),
    objective: z.enum(OBJECTIVES).optional(),
  })
  .superRefine((pack, ctx) => {
    const byId = new Map<string, number>();
    pack.rules.forEach((rule, index) => {
      if (byId.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `the id "${rule.id}" is used twice` });
      else byId.set(rule.id, index);
    });
    pack.rules.forEach((rule, index) => {
      if (rule.type !== 'require' || !rule.when || !('rule' in rule.when)) return;
      const target = byId.get(rule.when.rule);
      const path = ['rules', index, 'when', 'rule'];
      if (target === undefined) ctx.addIssue({ code: 'custom', path, message: `no rule of this pack has the id "${rule.when.rule}"` });
      // A require rule depending on a require rule could loop; one level is all a brand lead needs.
      else if (pack.rules[target]?.type === 'require') ctx.addIssue({ code: 'custom', path, message: 'a require rule cannot depend on another require rule' });
    });
  });

export type Pack = z.infer<typeof packSchema>;
export type PackRule = z.infer<typeof packRuleSchema>;
export type PackRuleOf<T extends PackRule['type']> = Extract<PackRule, { type: T }>;

export type PackValidation = { ok: true; pack: Pack } | { ok: false; problems: string[] };

/** The pack, or every problem in it as `path: plain words`. */
export function validatePack(json: unknown): PackValidation {
  const result = packSchema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${formatPath(issue.path)}: ${describe(issue)}`) };
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || '(the pack)';
}

function describe(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `required (${article(issue.expected)})`;
      return issue.message.startsWith('expected') ? issue.message : `expected ${article(issue.expected)}, got ${show(input)}`;
    case 'invalid_union': {
      if ((issue as { note?: string }).note === 'No matching discriminator') {
        const type = (input as { type?: unknown } | undefined)?.type;
        const head = type === undefined ? 'missing' : `unknown type ${show(type)}`;
        return `${head}; use one of ${RULE_TYPES.join(', ')}`;
      }
      return `does not match any accepted form, got ${show(input)}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => show(v)).join(', ')}, got ${show(input)}`;
    case 'too_big':
      return `${sizeWords(issue.origin, 'at most', issue.maximum)}${got(issue.origin, input)}`;
    case 'too_small':
      return `${sizeWords(issue.origin, 'at least', issue.minimum)}${got(issue.origin, input)}`;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  const words: Record<string, string> = { string: 'a text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'an object' };
  return words[expected] ?? expected;
}

function sizeWords(origin: string, bound: string, limit: number | bigint): string {
  if (origin === 'array') return `expected ${bound} ${limit} item${limit === 1 ? '' : 's'}`;
  if (origin === 'string') return `expected ${bound} ${limit} character${limit === 1 ? '' : 's'}`;
  return `expected ${bound} ${limit}`;
}

function got(origin: string, input: unknown): string {
  if (Array.isArray(input)) return `, got ${input.length}`;
  if (typeof input === 'string') return origin === 'string' ? `, got ${input.length}` : '';
  return input === undefined ? '' : `, got ${show(input)}`;
}
