import { z } from 'zod';

/**
 * How much self-promotion a feed can carry, over a window of recent posts:
 * - `80/20`: at most a fifth of posts promote (the default; 2 in 10);
 * - `4-1-1`: of every six posts four share others' work, one is your own content and one may sell (1 in 6);
 * - `thirds`: a third promotes, a third shares others' ideas, a third is conversation (3 in 9);
 * - `custom`: a share and a window of your own.
 */
export const POLICY_IDS = ['80/20', '4-1-1', 'thirds', 'custom'] as const;
export type PolicyId = (typeof POLICY_IDS)[number];

export interface RatioPolicy {
  id: PolicyId;
  /** The largest share of posts that may promote, above 0 and below 1. */
  share: number;
  /** How many recent posts the share is judged over. */
  window: number;
  /** How many promoting posts fit in a full window: the share of the window, rounded down. */
  allowed: number;
  /** How the policy is named to people: "80/20", "4-1-1", "thirds" or a percentage. */
  label: string;
}

const NAMED: Record<Exclude<PolicyId, 'custom'>, { share: number; window: number }> = {
  '80/20': { share: 0.2, window: 10 },
  '4-1-1': { share: 1 / 6, window: 6 },
  thirds: { share: 1 / 3, window: 9 },
};
const CUSTOM_WINDOW = 10;
const MAX_WINDOW = 1000;

/** The default policy: 80/20 over the last 10 posts. */
export const DEFAULT_POLICY: RatioPolicy = build('80/20', NAMED['80/20'].share, NAMED['80/20'].window);

/**
 * A policy as a house pack or a command line writes it: a name or a share alone ("80/20", "4-1-1",
 * "thirds", "25%", "0.25", "70/30"), or an object `{policy, share?, window?}` as in a pack's `ratio` field.
 */
export const ratioSpecSchema = z.union([
  z.string(),
  z.number(),
  z.object({
    policy: z.union([z.string(), z.number()]).optional(),
    share: z.union([z.string(), z.number()]).optional(),
    window: z.number().optional(),
  }),
]);
export type RatioSpec = z.infer<typeof ratioSpecSchema>;

export type PolicyResult = { ok: true; policy: RatioPolicy } | { ok: false; error: string };

/** Reads a policy, with an error in plain words when it is not one. Never throws. */
export function parsePolicy(spec: RatioSpec | undefined, window?: number): PolicyResult {
  if (spec === undefined) return withWindow(DEFAULT_POLICY, window);
  if (typeof spec === 'string' || typeof spec === 'number') return fromName(spec, window);
  const given = spec.window ?? window;
  if (spec.policy !== undefined && spec.policy !== 'custom') {
    if (spec.share !== undefined) return { ok: false, error: `give either a named policy ("${spec.policy}") or a share, not both` };
    return fromName(spec.policy, given);
  }
  if (spec.share === undefined) {
    return spec.policy === 'custom' ? { ok: false, error: 'a custom policy needs a share, such as 0.25 or "25%"' } : withWindow(DEFAULT_POLICY, given);
  }
  return fromName(spec.share, given);
}

function fromName(name: string | number, window: number | undefined): PolicyResult {
  const key = typeof name === 'string' ? name.trim().toLowerCase() : name;
  if (typeof key === 'string' && key in NAMED) {
    const named = NAMED[key as keyof typeof NAMED];
    return withWindow(build(key as PolicyId, named.share, named.window), window);
  }
  const share = shareOf(key);
  if (share === undefined) {
    return { ok: false, error: `unknown policy "${name}": use 80/20, 4-1-1, thirds, or a share such as 25%, 0.25 or 70/30` };
  }
  if (!(share > 0 && share < 1)) return { ok: false, error: `a share of promotion must be above 0% and below 100%, not "${name}"` };
  // A small share needs a longer window for even one promotion to fit in it.
  return withWindow(build('custom', share, Math.max(CUSTOM_WINDOW, Math.ceil(1 / share - 1e-9))), window);
}

/** "25%", "0.25", "70/30" (value/promotion, adding up to 100) or "1/4". */
function shareOf(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  let m = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
  if (m) return Number(m[1]) / 100;
  if (/^(0?\.\d+|[01](?:\.0+)?)$/.test(value)) return Number(value);
  m = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a + b === 100) return b / 100;
    if (b > 0 && a < b) return a / b;
  }
  return undefined;
}

function withWindow(policy: RatioPolicy, window: number | undefined): PolicyResult {
  if (window === undefined) return { ok: true, policy };
  if (!Number.isInteger(window) || window < 1 || window > MAX_WINDOW) {
    return { ok: false, error: `the window must be a whole number of posts from 1 to ${MAX_WINDOW}, not ${window}` };
  }
  const sized = build(policy.id, policy.share, window);
  if (sized.allowed < 1) {
    const least = Math.ceil(1 / policy.share - 1e-9);
    return { ok: false, error: `a window of ${window} posts is too short for ${policy.label}: not one promotion would fit; use ${least} posts or more` };
  }
  return { ok: true, policy: sized };
}

/**
 * The policy a rule's context carries (`recent.policy`: share, window and label, from the profile's house
 * pack, checked by `parsePolicy` when the pack was read), or the default when there is none.
 */
export function policyOf(given: { share: number; window: number; label?: string } | undefined): RatioPolicy {
  if (!given || !(given.share > 0 && given.share < 1) || !Number.isInteger(given.window) || given.window < 1) return DEFAULT_POLICY;
  const named = (Object.keys(NAMED) as (keyof typeof NAMED)[]).find((id) => id === given.label);
  const policy = build(named ?? 'custom', given.share, given.window);
  return given.label ? { ...policy, label: given.label } : policy;
}

function build(id: PolicyId, share: number, window: number): RatioPolicy {
  // The epsilon keeps 1/6 of 6 at 1 despite floating point.
  const allowed = Math.floor(share * window + 1e-9);
  const label = id === 'custom' ? `${Math.round(share * 1000) / 10}%` : id;
  return { id, share, window, allowed, label };
}
