/**
 * The contract: every shape the engine shares with the extension and the CLI, declared once as a zod schema
 * with its type inferred from it. It depends on nothing but zod (the mini build, which the background already
 * carries) and the platform id list, a leaf of data; never on the engine's internals. The content script
 * imports only its types, so zod stays out of every page.
 */
import * as z from 'zod/mini';
import { PLATFORM_IDS } from '../../platforms/types';

export { PLATFORM_IDS };
export type { PlatformId } from '../../platforms/types';
export const platformIdSchema = z.enum(PLATFORM_IDS);

/** The closed catalogue of coaching principles, in the order the panel and the CLI show them. */
export const PRINCIPLE_IDS = [
  'know-your-objective',
  'people-first',
  'conversation-not-campaign',
  'content-as-means',
  'add-value',
  'listen-dont-shout',
  'spread-the-love',
  'be-prepared',
  'measure-progress',
  'optimise-as-you-go',
  'make-a-commitment',
  'quality-over-quantity',
  'be-human',
  'honest-and-open',
  'keep-private-private',
  'channel-fit',
] as const;
export const principleIdSchema = z.enum(PRINCIPLE_IDS);
export type PrincipleId = z.infer<typeof principleIdSchema>;

export const severitySchema = z.enum(['suggestion', 'warning', 'error']);
export type Severity = z.infer<typeof severitySchema>;

export const SIGNAL_NAMES = [
  'selfPromotion',
  'callToAction',
  'engagementBait',
  'conversational',
  'valueAdd',
  'shouting',
  'clickbait',
  'corporate',
  'risk',
  'privacy',
  'sentiment',
] as const;
export const signalNameSchema = z.enum(SIGNAL_NAMES);
export type SignalName = z.infer<typeof signalNameSchema>;
/** All in 0..1 except `sentiment`, which is -1..1. */
export const signalsSchema = z.record(signalNameSchema, z.number());
export type Signals = Record<SignalName, number>;

/** A replacement the user can apply: `text.slice(start, end)` becomes `text`. UTF-16 offsets. */
export const fixSchema = z.object({ label: z.string(), start: z.number(), end: z.number(), text: z.string() });
export type Fix = z.infer<typeof fixSchema>;

export const findingSchema = z.object({
  /** Built-in rules by id (`hard-sell`); house rules namespaced (`house/<pack>/<rule>`). */
  ruleId: z.string(),
  principle: principleIdSchema,
  severity: severitySchema,
  message: z.string(),
  /** UTF-16 offsets into the analysed text, end exclusive: `text.slice(start, end) === actual`. */
  start: z.number(),
  end: z.number(),
  actual: z.string(),
  expected: z.optional(z.array(z.string())),
  fixes: z.optional(z.array(fixSchema)),
  /** Position-free identity for "ignore this": the rule id and the flagged text (see `findingKey`). */
  key: z.string(),
  /**
   * Other rules that flagged the same words for the same problem, merged into this finding (one card per
   * problem): each with the principle it touches. The finding's own rule gave the strongest advice.
   */
  also: z.optional(z.array(z.object({ ruleId: z.string(), principle: principleIdSchema }))),
});
export type Finding = z.infer<typeof findingSchema>;

/**
 * `not-checked`: no rule of the principle ran on this draft (it is empty, it is in a language the rules are
 * not written for, or the user turned those rules off). It is never shown as passed.
 */
export const principleStatusSchema = z.enum(['pass', 'suggestion', 'problem', 'not-checked']);
export type PrincipleStatus = z.infer<typeof principleStatusSchema>;
export const principleResultSchema = z.object({
  id: principleIdSchema,
  status: principleStatusSchema,
  /** Number of findings under this principle. */
  count: z.number(),
  /** Points this principle costs the score: what fixing its findings would win back. */
  penalty: z.number(),
});
export type PrincipleResult = z.infer<typeof principleResultSchema>;

/** What a post is, for the self-promotion ratio across posts. */
export const POST_KINDS = ['promotion', 'conversation', 'value', 'other'] as const;
export const postKindSchema = z.enum(POST_KINDS);
export type PostKind = z.infer<typeof postKindSchema>;
export const kindResultSchema = z.object({
  kind: postKindSchema,
  /** The signals that decided the kind, so a reader can see why. */
  because: z.partialRecord(signalNameSchema, z.number()),
});
export type KindResult = z.infer<typeof kindResultSchema>;

export const analysisSchema = z.object({
  findings: z.array(findingSchema),
  signals: signalsSchema,
  /**
   * 100 less what the findings cost, or null when the draft was not scored: it is empty, or it is in a
   * language the rules are not written for, so a 100 would claim checks that never ran.
   */
  score: z.nullable(z.number()),
  principles: z.array(principleResultSchema),
  /** What the post is for the self-promotion ratio, with the signal values that decided it. */
  kind: kindResultSchema,
  /** `en`, or `other` when the text looks like another language and the language rules stayed quiet. */
  language: z.enum(['en', 'other']),
  /** Things the user should know about the analysis itself, said once (language, truncation, broken rules). */
  notes: z.array(z.string()),
});
export type Analysis = z.infer<typeof analysisSchema>;

/** What a draft does well under one principle, so the panel is not only a list of faults. */
export const strengthSchema = z.object({ principle: principleIdSchema, label: z.string(), detail: z.string() });
export type Strength = z.infer<typeof strengthSchema>;

/** How the platform counts, and what shows before "see more" where its feed folds long posts. */
export const channelReportSchema = z.object({
  platform: platformIdSchema,
  name: z.string(),
  used: z.number(),
  limit: z.number(),
  /** One plain line on how this platform counts ("links count as 23"). */
  countingNote: z.string(),
  fold: z.optional(
    z.object({
      /** What the feed shows before "see more": the whole draft when `folded` is false. */
      preview: z.string(),
      folded: z.boolean(),
      /** The first line as a hook: `weak` when the see-more-fold rule flagged it. */
      hook: z.enum(['good', 'weak']),
      hookMessage: z.string(),
      /** The see-more-fold finding behind a weak hook, so the panel can select it. */
      finding: z.optional(z.object({ key: z.string(), start: z.number() })),
    }),
  ),
});
export type ChannelReport = z.infer<typeof channelReportSchema>;

/** The objective a profile has chosen (PRINCIPLES.md, know-your-objective): it tunes how strict rules are. */
export const OBJECTIVES = ['community', 'support', 'awareness', 'sales', 'thought-leadership'] as const;
export const objectiveSchema = z.enum(OBJECTIVES);
export type Objective = z.infer<typeof objectiveSchema>;

/** The profile the user is writing as (one per brand or person), as rules see it. */
export const activeProfileSchema = z.object({ id: z.string(), name: z.string(), objective: z.optional(objectiveSchema) });
export type ActiveProfile = z.infer<typeof activeProfileSchema>;

/**
 * What a rule knows of the posts before this draft, for the active profile and platform: each post's time
 * and kind, newest last, and the self-promotion policy that applies (from the profile's house pack, or the
 * 80/20 default when absent).
 */
export const recentPostsSchema = z.object({
  posts: z.array(z.object({ at: z.string(), kind: postKindSchema, platform: z.optional(platformIdSchema), reply: z.optional(z.boolean()) })),
  policy: z.optional(z.object({ share: z.number(), window: z.number(), label: z.string() })),
});
export type RecentPosts = z.infer<typeof recentPostsSchema>;
export const NO_RECENT_POSTS: RecentPosts = { posts: [] };

/**
 * The identity of a finding for "ignore this", without its position. A JSON pair, so no character in a rule
 * id (a pack's `house/acme/no:prices`) or in the flagged words can make two keys collide.
 */
export function findingKey(ruleId: string, actual: string): string {
  return JSON.stringify([ruleId, actual.toLowerCase()]);
}

/** A key back into its rule id and (lower-cased) words, or undefined for a key this version did not make. */
export function parseFindingKey(key: string): { ruleId: string; actual: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(key);
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { ruleId: parsed[0], actual: parsed[1] };
    }
  } catch {
    // not a key made by findingKey
  }
  return undefined;
}

/**
 * The id of a rule from a house pack, `house/<pack>/<rule>`. A `/` or `%` inside a name is escaped (`%2F`,
 * `%25`), so any pack and rule name (colons, slashes, spaces) gives one id, and the id gives them back.
 */
export function houseRuleId(pack: string, rule: string): string {
  return `house/${escapeIdPart(pack)}/${escapeIdPart(rule)}`;
}

/** The pack and rule names behind a house rule's id, or undefined for a built-in rule's id. */
export function parseHouseRuleId(id: string): { pack: string; rule: string } | undefined {
  const parts = id.split('/');
  if (parts.length !== 3 || parts[0] !== 'house') return undefined;
  try {
    return { pack: decodeURIComponent(parts[1] ?? ''), rule: decodeURIComponent(parts[2] ?? '') };
  } catch {
    return undefined;
  }
}

function escapeIdPart(name: string): string {
  return name.replace(/[%/]/g, (c) => (c === '%' ? '%25' : '%2F'));
}
