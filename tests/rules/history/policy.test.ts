import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parsePolicy, policyOf, ratioSpecSchema } from '../../../rules/history/policy';

const policy = (spec: Parameters<typeof parsePolicy>[0], window?: number) => {
  const result = parsePolicy(spec, window);
  if (!result.ok) throw new Error(result.error);
  return result.policy;
};
const error = (spec: Parameters<typeof parsePolicy>[0], window?: number) => {
  const result = parsePolicy(spec, window);
  return result.ok ? undefined : result.error;
};

describe('parsePolicy', () => {
  it('defaults to 80/20 over the last 10 posts: 2 promotions fit', () => {
    expect(policy(undefined)).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY).toMatchObject({ id: '80/20', share: 0.2, window: 10, allowed: 2, label: '80/20' });
  });

  it('knows 4-1-1 (1 in 6) and thirds (3 in 9)', () => {
    expect(policy('4-1-1')).toMatchObject({ id: '4-1-1', window: 6, allowed: 1 });
    expect(policy('Thirds')).toMatchObject({ id: 'thirds', window: 9, allowed: 3 });
    expect(policy('4-1-1', 12).allowed).toBe(2);
  });

  it('reads a custom share as a percentage, a decimal, a value/promotion split or a fraction', () => {
    for (const spec of ['25%', '0.25', '75/25', '1/4', 0.25]) expect(policy(spec)).toMatchObject({ id: 'custom', share: 0.25, window: 10, allowed: 2, label: '25%' });
  });

  it('reads a house pack\'s ratio field, window included', () => {
    expect(policy({ policy: '80/20', window: 20 })).toMatchObject({ id: '80/20', window: 20, allowed: 4 });
    expect(policy({ policy: 'custom', share: 0.3, window: 10 })).toMatchObject({ id: 'custom', allowed: 3 });
    expect(policy({ share: '10%' })).toMatchObject({ window: 10, allowed: 1 });
    expect(ratioSpecSchema.safeParse({ policy: 'thirds', window: 9 }).success).toBe(true);
  });

  it('gives a small share a window long enough for one promotion', () => {
    expect(policy('5%')).toMatchObject({ window: 20, allowed: 1 });
  });

  it('explains what is wrong instead of throwing', () => {
    expect(error('90/20')).toMatch(/unknown policy "90\/20"/);
    expect(error('0%')).toMatch(/above 0% and below 100%/);
    expect(error('80/20', 0)).toMatch(/whole number of posts from 1/);
    expect(error('80/20', 4)).toMatch(/window of 4 posts is too short for 80\/20.*use 5 posts or more/);
    expect(error({ policy: 'custom' })).toMatch(/needs a share/);
    expect(error({ policy: '80/20', share: 0.1 })).toMatch(/not both/);
  });
});

describe('policyOf (the policy a rule context carries)', () => {
  it('keeps a named policy\'s id, counts how many promotions fit, and falls back to 80/20', () => {
    expect(policyOf({ share: 1 / 6, window: 6, label: '4-1-1' })).toMatchObject({ id: '4-1-1', allowed: 1, label: '4-1-1' });
    expect(policyOf({ share: 0.25, window: 12, label: '25%' })).toMatchObject({ id: 'custom', allowed: 3, label: '25%' });
    expect(policyOf(undefined)).toBe(DEFAULT_POLICY);
    expect(policyOf({ share: 2, window: 10, label: 'broken' })).toBe(DEFAULT_POLICY);
  });
});
