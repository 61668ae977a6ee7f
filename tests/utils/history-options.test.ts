import { describe, expect, it } from 'vitest';
import { DEFAULT_HISTORY_OPTIONS, parseHistoryOptions, policyOfOptions } from '../../utils/history-options';

describe('history options', () => {
  it('default to no text, 10,000 posts, two years and 80/20', () => {
    expect(parseHistoryOptions(undefined)).toEqual(DEFAULT_HISTORY_OPTIONS);
    expect(DEFAULT_HISTORY_OPTIONS).toMatchObject({ keepPostText: false, maxPosts: 10_000, maxAgeDays: 730, policy: '80/20' });
  });

  it('keep valid fields of an older or corrupted value and default the rest', () => {
    expect(parseHistoryOptions({ keepPostText: true, maxPosts: 10, maxAgeDays: 30 })).toEqual({ ...DEFAULT_HISTORY_OPTIONS, keepPostText: true, maxPosts: 10, maxAgeDays: 30 });
    expect(parseHistoryOptions({ keepPostText: 'yes', maxPosts: -3, maxAgeDays: 1.5, policy: '90/10', share: 2, window: -1 })).toEqual(DEFAULT_HISTORY_OPTIONS);
  });

  it('name the policy with its window, falling back when the window is too short for one promotion', () => {
    expect(policyOfOptions(DEFAULT_HISTORY_OPTIONS).policy).toMatchObject({ label: '80/20', window: 10, allowed: 2 });
    expect(policyOfOptions({ policy: 'thirds', share: 0.2, window: 30 }).policy).toMatchObject({ label: 'thirds', window: 30, allowed: 10 });
    expect(policyOfOptions({ policy: 'custom', share: 0.25, window: 0 }).policy).toMatchObject({ label: '25%', allowed: 2 });
    const short = policyOfOptions({ policy: '4-1-1', share: 0.2, window: 3 });
    expect(short.policy).toMatchObject({ label: '4-1-1', window: 6 });
    expect(short.error).toMatch(/too short/);
  });
});
