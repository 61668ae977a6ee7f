import { storage } from 'wxt/utils/storage';
import { DEFAULT_POLICY, parsePolicy, POLICY_IDS, type PolicyId, type RatioPolicy } from '../rules/history';
import { HISTORY_OPTIONS_KEY } from './storage-keys';

/**
 * The history's options, in `storage.local`: whether the text is kept, how much is kept, and the
 * self-promotion policy the dashboard and the composer's ratio rule judge by. Pages read them from storage;
 * only the background writes them (`set-history-options`), as with the settings.
 */
export interface HistoryOptions {
  /** Keep each post's text beside its record; off by default, only the salted hash is kept. */
  keepPostText: boolean;
  maxPosts: number;
  maxAgeDays: number;
  /** The self-promotion policy: a named one, or `custom` with `share`. */
  policy: PolicyId;
  /** The custom policy's largest share of promotion, above 0 and below 1. */
  share: number;
  /** How many recent posts the share is judged over; 0 takes the policy's own window. */
  window: number;
}

export const DEFAULT_HISTORY_OPTIONS: HistoryOptions = {
  keepPostText: false,
  maxPosts: 10_000,
  maxAgeDays: 730,
  policy: '80/20',
  share: 0.2,
  window: 0,
};

/** The bounds the settings offer; a value outside them is replaced by the default. */
export const HISTORY_LIMITS = { maxPosts: { min: 100, max: 100_000 }, maxAgeDays: { min: 7, max: 3650 }, window: { min: 0, max: 1000 } } as const;

export const historyOptionsItem = storage.defineItem<HistoryOptions>(`local:${HISTORY_OPTIONS_KEY}`, {
  fallback: DEFAULT_HISTORY_OPTIONS,
});

/** Keeps every valid field of a stored value (older installs stored only the first three) and defaults the rest. */
export function parseHistoryOptions(value: unknown): HistoryOptions {
  const o = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof HistoryOptions, unknown>>;
  const d = DEFAULT_HISTORY_OPTIONS;
  return {
    keepPostText: o.keepPostText === true,
    maxPosts: whole(o.maxPosts, 1, HISTORY_LIMITS.maxPosts.max, d.maxPosts),
    maxAgeDays: whole(o.maxAgeDays, 1, HISTORY_LIMITS.maxAgeDays.max, d.maxAgeDays),
    policy: POLICY_IDS.includes(o.policy as PolicyId) ? (o.policy as PolicyId) : d.policy,
    share: typeof o.share === 'number' && o.share > 0 && o.share < 1 ? o.share : d.share,
    window: whole(o.window, 0, HISTORY_LIMITS.window.max, d.window),
  };
}

export async function loadHistoryOptions(): Promise<HistoryOptions> {
  return parseHistoryOptions(await historyOptionsItem.getValue());
}

/**
 * The policy the options name, with its window; a combination that cannot work (a window too short for one
 * promotion) falls back to the policy's own window, then to the default, and says why.
 */
export function policyOfOptions(o: Pick<HistoryOptions, 'policy' | 'share' | 'window'>): { policy: RatioPolicy; error?: string } {
  const spec = o.policy === 'custom' ? { policy: 'custom', share: o.share } : o.policy;
  const sized = parsePolicy(spec, o.window || undefined);
  if (sized.ok) return { policy: sized.policy };
  const own = parsePolicy(spec);
  return { policy: own.ok ? own.policy : DEFAULT_POLICY, error: sized.error };
}

/** Within a tenth of the count limit: the oldest posts are about to be dropped, so the pages warn. */
export function historyNearlyFull(count: number, o: Pick<HistoryOptions, 'maxPosts'>): boolean {
  return count >= o.maxPosts * 0.9;
}

function whole(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}
