import { describe, expect, it } from 'vitest';
import { badgeLabel, suggestionCount } from '../../../entrypoints/composer.content/badge';
import type { AnalysisPayload } from '../../../utils/messages';

function analysis(count: number, score: number | null): AnalysisPayload {
  const finding = { key: 'k', start: 0, end: 1 };
  return { score, findings: Array.from({ length: count }, () => finding), notes: [], principles: [] } as unknown as AnalysisPayload;
}

describe('the badge label', () => {
  it('counts in words, singular and plural, and says so when there is nothing', () => {
    expect(suggestionCount(0)).toBe('No suggestions');
    expect(suggestionCount(1)).toBe('1 suggestion');
    expect(suggestionCount(7)).toBe('7 suggestions');
  });

  it('names the count and the score for the tooltip and screen readers', () => {
    expect(badgeLabel({ state: 'ready', analysis: analysis(7, 54) })).toBe('7 suggestions, score 54');
    expect(badgeLabel({ state: 'ready', analysis: analysis(0, 100) })).toBe('No suggestions, score 100');
    expect(badgeLabel({ state: 'checking', analysis: analysis(1, 80) })).toBe('1 suggestion, score 80 (checking again)');
    expect(badgeLabel({ state: 'idle' })).toBe('checking your draft');
    // A draft the checks could not read (another language) is never given a score it did not earn.
    expect(badgeLabel({ state: 'ready', analysis: analysis(1, null) })).toBe('1 suggestion, not scored');
  });
});
