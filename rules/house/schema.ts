import { z } from 'zod';
import { OBJECTIVES, PLATFORM_IDS, PRINCIPLE_IDS, SIGNAL_NAMES } from '../engine/types';
import { LIMITS } from './limits';

/**
 * The house-rule pack: JSON a brand lead writes (or a Vale style read as one), checked by these schemas.
 * Fields are as written, without defaults filled in, so the JSON Schema generated from here describes what
 * people type; the compiler applies the defaults. `version` is the format's version: version 1 is the shape
 * first published, version 2 (current) calls require's threshold `min` (and adds `max`) as threshold rules
 * do. Older packs are migrated forward (`migrate.ts`), never refused for their age.
 */
export const PACK_VERSION = 2;

export const RULE_TYPES = ['avoid', 'prefer', 'require', 'limit', 'capitalization', 'pattern', 'threshold', 'repetition'] as const;
export type PackRuleType = (typeof RULE_TYPES)[number];

/** What a `limit` rule can count; `characters` in the platform's own counting. */
export const COUNTABLES = ['hashtags', 'mentions', 'links', 'emoji', 'exclamations', 'questions', 'sentences', 'words', 'characters'] as const;
export type Countable = (typeof COUNTABLES)[number];

export const RATIO_POLICIES = ['80/20', '4-1-1', 'thirds'] as const;

const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PACK_ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** A whole number, named so in errors ("expected a whole number, got "two""). */
const whole = () => z.int({ error: 'expected a whole number' });
const text = (max: number, what: string) => z.string().min(1).max(max, { error: `at most ${max} characters in ${what}` });
const term = text(LIMITS.patternLength, 'a term');
const terms = z.array(term).min(1).max(LIMITS.termsPerRule, { error: `at most ${LIMITS.termsPerRule} terms in one rule` });
const pattern = text(LIMITS.patternLength, 'a pattern').meta({
  description: 'A regular expression in RE2 syntax (no lookahead, no backreferences), run in linear time.',
});

/** Fields every rule has. */
const common = {
  id: z
    .string()
    .max(100)
    .regex(RULE_ID, { error: 'use letters, digits, ".", "_" or "-", starting with a letter or digit' })
    .meta({ description: 'Unique in the pack; findings carry it as house/<pack>/<id>.' }),
  message: text(LIMITS.messageLength, 'a message')
    .optional()
    .meta({ description: 'What the writer sees. {actual} is the flagged text; prefer and capitalization add {expected}.' }),
  severity: z.enum(['suggestion', 'warning', 'error']).optional().meta({ description: 'Default: warning.' }),
  description: text(LIMITS.descriptionLength, 'a description').optional().meta({ description: 'Why the rule exists, for the rule list.' }),
  link: z.url({ protocol: /^https?$/ }).optional().meta({ description: 'Where the style guide explains the rule.' }),
  platforms: z.array(z.enum(PLATFORM_IDS)).min(1).optional().meta({ description: 'Only on these platforms; all when absent.' }),
  enabled: z.boolean().optional().meta({ description: 'false keeps the rule in the pack but off (the user can turn it on).' }),
  principle: z.enum(PRINCIPLE_IDS).optional().meta({ description: 'The principle findings are grouped under.' }),
};

/** How terms and patterns match, for the rules that take terms. */
const matching = {
  ignorecase: z.boolean().optional().meta({ description: 'Match in any case. Default: true.' }),
  regex: z.boolean().optional().meta({ description: 'Terms are RE2 regular expressions rather than words. Default: false.' }),
  wholeWord: z.boolean().optional().meta({ description: 'Only match whole words. Default: true.' }),
  inflections: z.boolean().optional().meta({ description: 'Also match simple plurals ("user" and "users"). Default: true.' }),
  exceptions: z.array(term).max(LIMITS.termsPerRule).optional().meta({ description: 'Matches containing one of these are left alone.' }),
};

const avoid = z
  .strictObject({
    ...common,
    type: z.literal('avoid'),
    terms: terms.meta({ description: 'Words or phrases the house does not use.' }),
    ...matching,
  })
  .meta({ id: 'AvoidRule', description: 'Words and phrases the house does not use.' });

const prefer = z
  .strictObject({
    ...common,
    type: z.literal('prefer'),
    use: term.optional().meta({ description: 'The house word, offered as a one-click fix.' }),
    instead: terms.optional().meta({ description: 'The words it replaces.' }),
    swap: z
      .record(term, term)
      .optional()
      .meta({ description: 'Several pairs at once: {"flagged": "replacement"}; "a|b" offers either.' }),
    ...matching,
  })
  .check((ctx) => {
    const { use, instead, swap } = ctx.value;
    if (swap !== undefined && (use !== undefined || instead !== undefined)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: ['swap'], message: 'give either "use" with "instead", or "swap", not both' });
    } else if (swap === undefined && (use === undefined || instead === undefined)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: [use === undefined ? 'use' : 'instead'], message: 'missing; prefer needs "use" and "instead" (or "swap")' });
    } else if (swap !== undefined && Object.keys(swap).length === 0) {
      ctx.issues.push({ code: 'custom', input: swap, path: ['swap'], message: 'needs at least one pair' });
    } else if (swap !== undefined && Object.keys(swap).length > LIMITS.termsPerRule) {
      ctx.issues.push({ code: 'custom', input: swap, path: ['swap'], message: `at most ${LIMITS.termsPerRule} pairs in one rule` });
    }
  })
  .meta({ id: 'PreferRule', description: 'The house word instead of others, with a one-click fix.' });

const bounds = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape).check((ctx) => {
    const value = ctx.value as { min?: number; max?: number };
    if (value.min === undefined && value.max === undefined) ctx.issues.push({ code: 'custom', input: ctx.value, path: [], message: 'needs "min", "max" or both' });
    else if (value.min !== undefined && value.max !== undefined && value.min > value.max) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: ['min'], message: `is above max (${value.min} > ${value.max})` });
    }
  });

const signal = z.enum(SIGNAL_NAMES);
/** Signals run 0..1 (sentiment -1..1). */
const level = z.number().min(-1).max(1);

const whenRule = z.strictObject({ rule: z.string().min(1).meta({ description: 'Another rule of this pack, or a built-in rule, that must fire first.' }) });
const whenSignalV2 = bounds({ signal, min: level.optional(), max: level.optional() });
const whenSignalV1 = z.strictObject({ signal, atLeast: level });

const requireRule = <W extends z.ZodType>(when: W, id: string) =>
  z.strictObject({
    ...common,
    type: z.literal('require'),
    pattern: pattern.meta({ description: 'What the post must contain, as an RE2 regular expression.' }),
    ignorecase: z.boolean().optional().meta({ description: 'Default: true.' }),
    when: when.optional().meta({ description: 'Only then: a signal in a range, or another rule firing. Always when absent.' }),
    each: pattern.optional().meta({
      description:
        'Instead of once per post: every match of this must be backed by the pattern, matched on its first group ' +
        '(an acronym must be spelled out somewhere).',
    }),
    append: term.optional().meta({ description: 'Text a one-click fix adds at the end of the post (for example "#ad").' }),
    exceptions: matching.exceptions,
  }).meta({ id, description: 'What a post must carry: always, when a signal is in a range, or when another rule fires.' });

const limit = z
  .strictObject({
    ...common,
    type: z.literal('limit'),
    count: z
      .union([z.enum(COUNTABLES), z.strictObject({ pattern, ignorecase: z.boolean().optional() })])
      .meta({ description: `One of ${COUNTABLES.join(', ')}; or {"pattern": "..."} to count matches.` }),
    min: whole().min(0).optional(),
    max: whole().min(0).optional(),
    per: z.enum(['post', 'sentence', 'paragraph']).optional().meta({ description: 'Count per post (default), sentence or paragraph.' }),
  })
  .check((ctx) => {
    const { min, max } = ctx.value;
    if (min === undefined && max === undefined) ctx.issues.push({ code: 'custom', input: ctx.value, path: ['max'], message: 'missing; limit needs "max", "min" or both' });
    else if (min !== undefined && max !== undefined && min > max) ctx.issues.push({ code: 'custom', input: min, path: ['min'], message: `is above max (${min} > ${max})` });
  })
  .meta({ id: 'LimitRule', description: 'At most (or at least) so many hashtags, mentions, links, emoji, marks, sentences, words or characters.' });

const capitalization = z
  .strictObject({
    ...common,
    type: z.literal('capitalization'),
    terms: terms.meta({ description: 'Names as the brand writes them ("AcmePay"); any other case is flagged and fixed.' }),
    inflections: matching.inflections,
    exceptions: matching.exceptions,
  })
  .meta({ id: 'CapitalizationRule', description: 'Brand names written the brand’s way.' });

const patternRule = z
  .strictObject({
    ...common,
    type: z.literal('pattern'),
    pattern,
    ignorecase: z.boolean().optional().meta({ description: 'Default: false (write (?i) or set this for any case).' }),
    replace: z.string().max(LIMITS.patternLength).optional().meta({ description: 'Offered as a one-click fix for each match.' }),
    exceptions: matching.exceptions,
  })
  .meta({ id: 'PatternRule', description: 'A regular expression (RE2) the house does not want in a post.' });

const threshold = z
  .strictObject({
    ...common,
    type: z.literal('threshold'),
    signal,
    min: level.optional(),
    max: level.optional(),
  })
  .check((ctx) => {
    const { min, max } = ctx.value;
    if (min === undefined && max === undefined) ctx.issues.push({ code: 'custom', input: ctx.value, path: ['max'], message: 'missing; threshold needs "min", "max" or both' });
    else if (min !== undefined && max !== undefined && min > max) ctx.issues.push({ code: 'custom', input: min, path: ['min'], message: `is above max (${min} > ${max})` });
  })
  .meta({ id: 'ThresholdRule', description: 'A bound on one of the engine’s signals (0 to 1; sentiment -1 to 1).' });

const repetition = z.strictObject({
  ...common,
  type: z.literal('repetition'),
  tokens: z.array(pattern).min(1).max(50).optional().meta({ description: 'What counts as a word (RE2). Default: letters, digits and apostrophes.' }),
  ignorecase: z.boolean().optional().meta({ description: 'Default: true.' }),
  alpha: z.boolean().optional().meta({ description: 'Only repeated words of letters (not "1 1").' }),
  max: whole().min(0).optional().meta({ description: 'Repeats allowed before flagging. Default: 0.' }),
  exceptions: matching.exceptions,
}).meta({ id: 'RepetitionRule', description: 'Words repeated by mistake ("the the").' });

const builtinSetting = z.union([
  z.enum(['off', 'on', 'suggestion', 'warning', 'error']),
  z.strictObject({
    enabled: z.boolean().optional(),
    severity: z.enum(['suggestion', 'warning', 'error']).optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  }),
]);

const ratio = z.union([
  z.enum(RATIO_POLICIES),
  z
    .strictObject({
      policy: z.enum([...RATIO_POLICIES, 'custom']),
      share: z.number().gt(0).lt(1).optional().meta({ description: 'For custom: the largest share of posts that may promote, such as 0.25.' }),
      window: whole().min(1).max(1000).optional().meta({ description: 'How many recent posts the share is judged over.' }),
    })
    .check((ctx) => {
      const { policy, share } = ctx.value;
      if (policy === 'custom' && share === undefined) ctx.issues.push({ code: 'custom', input: ctx.value, path: ['share'], message: 'missing; a custom policy needs a share, such as 0.25' });
      if (policy !== 'custom' && share !== undefined) ctx.issues.push({ code: 'custom', input: share, path: ['share'], message: `only a custom policy takes a share ("${policy}" has its own)` });
    }),
]);

function packSchema<V extends number, W extends z.ZodType>(version: V, requireWhen: W) {
  const rule = z.discriminatedUnion('type', [avoid, prefer, requireRule(requireWhen, `RequireRuleV${version}`), limit, capitalization, patternRule, threshold, repetition]);
  return z.strictObject({
    $schema: z.string().optional(),
    name: text(100, 'a name').meta({ description: 'Shown to writers, as in "Acme social house style".' }),
    id: z
      .string()
      .max(60)
      .regex(PACK_ID, { error: 'use lower-case letters, digits and "-"' })
      .optional()
      .meta({ description: 'Stable id for findings (house/<id>/<rule>); derived from the name when absent.' }),
    version: (version === PACK_VERSION ? z.literal(version).optional() : z.literal(version)).meta({ description: 'The pack format version.' }),
    description: text(LIMITS.descriptionLength, 'a description').optional(),
    link: common.link,
    rules: z.array(rule).max(LIMITS.rules, { error: `at most ${LIMITS.rules} rules in one pack` }),
    builtins: z.record(z.string(), builtinSetting).optional().meta({ description: 'Built-in rules by id: "off", "on", a severity, or {enabled, severity, options}.' }),
    ratio: ratio.optional().meta({ description: 'How much self-promotion the feed may carry over recent posts.' }),
    objective: z.enum(OBJECTIVES).optional().meta({ description: 'What the profile posts for; tunes how strict built-in rules are.' }),
  }).meta({ id: `PackV${version}`, description: `A house-rule pack in format ${version}.` });
}

/** The current format. */
export const packSchemaV2 = packSchema(2, z.union([whenSignalV2, whenRule]));
/** The first published format: `require.when` is `{signal, atLeast}`. */
export const packSchemaV1 = packSchema(1, whenSignalV1);

export type HousePack = z.infer<typeof packSchemaV2>;
export type HousePackV1 = z.infer<typeof packSchemaV1>;
export type PackRule = HousePack['rules'][number];
export type PackRuleOf<T extends PackRuleType> = Extract<PackRule, { type: T }>;
export type BuiltinSetting = z.infer<typeof builtinSetting>;
export type RatioSetting = z.infer<typeof ratio>;
