import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../rules/engine/analyze';
import { loadHousePack } from '../../../rules/house/index';
import { LIMITS } from '../../../rules/house/limits';
import { problemsOf } from './helpers';

const terms = (rule: number, n: number) => Array.from({ length: n }, (_, i) => `word${rule}x${i}`);

/** A pack right at every limit: the most rules, the most terms in a rule and in the pack, the longest pattern. */
function packAtLimits(): { name: string; rules: Record<string, unknown>[] } {
  const perRule = LIMITS.termsPerRule;
  const termRules = LIMITS.termsPerPack / perRule;
  const rules: Record<string, unknown>[] = [];
  for (let r = 0; r < termRules; r++) rules.push({ id: `terms-${r}`, type: 'avoid', terms: terms(r, perRule) });
  rules.push({ id: 'long-pattern', type: 'pattern', pattern: `%${'y?'.repeat((LIMITS.patternLength - 1) / 2)}` });
  while (rules.length < LIMITS.rules) rules.push({ id: `limit-${rules.length}`, type: 'limit', count: 'hashtags', max: 5 });
  return { name: 'At the limits', rules };
}

describe('limits', () => {
  it('takes a pack at every limit, compiles it and runs it', () => {
    const pack = packAtLimits();
    expect(JSON.stringify(pack).length).toBeLessThan(LIMITS.packCharacters);
    const result = loadHousePack(pack);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.rules).toHaveLength(LIMITS.rules);
    const analysis = createAnalyzer([]).analyze('We said word3x1999 and word9x0 today #a', { house: result.pack });
    expect(analysis.findings.map((f) => f.actual)).toEqual(['word3x1999', 'word9x0']);
  });

  it('names each limit a pack passes', () => {
    const one = (rule: Record<string, unknown>) => problemsOf({ name: 'p', rules: [rule] });
    expect(one({ id: 'a', type: 'avoid', terms: terms(0, LIMITS.termsPerRule + 1) })).toEqual([`rules[0].terms: at most ${LIMITS.termsPerRule} terms in one rule (got ${LIMITS.termsPerRule + 1})`]);
    expect(one({ id: 'a', type: 'pattern', pattern: 'x'.repeat(LIMITS.patternLength + 1) })).toEqual([
      `rules[0].pattern: at most ${LIMITS.patternLength} characters in a pattern (got ${LIMITS.patternLength + 1})`,
    ]);
    expect(one({ id: 'a', type: 'avoid', terms: ['x'.repeat(LIMITS.patternLength + 1)] })).toEqual([`rules[0].terms[0]: at most ${LIMITS.patternLength} characters in a term (got ${LIMITS.patternLength + 1})`]);
    const many = Array.from({ length: LIMITS.rules + 1 }, (_, i) => ({ id: `r${i}`, type: 'limit', count: 'links', max: 1 }));
    expect(problemsOf({ name: 'p', rules: many })).toEqual([`rules: at most ${LIMITS.rules} rules in one pack (got ${LIMITS.rules + 1})`]);
    const pack = packAtLimits();
    (pack.rules[0] as { terms: string[] }).terms.pop();
    pack.rules.push({ id: 'one-more', type: 'avoid', terms: ['a', 'b'] });
    pack.rules.splice(LIMITS.termsPerPack / LIMITS.termsPerRule + 1, 1);
    expect(problemsOf(pack)).toEqual([`rules: at most ${LIMITS.termsPerPack} terms across the pack (got ${LIMITS.termsPerPack + 1})`]);
    const huge = JSON.stringify({ name: 'p', rules: [], description: 'x'.repeat(LIMITS.packCharacters) });
    expect(problemsOf(huge)).toEqual([`(pack): the pack is ${huge.length.toLocaleString('en')} characters; at most ${LIMITS.packCharacters.toLocaleString('en')} are read`]);
  });
});
