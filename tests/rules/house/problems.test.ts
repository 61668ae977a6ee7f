import { describe, expect, it } from 'vitest';
import { describeValue, didYouMean, formatPath } from '../../../rules/house/problems';

describe('problems', () => {
  it('write JSON paths as people read them', () => {
    expect(formatPath(['rules', 3, 'max'])).toBe('rules[3].max');
    expect(formatPath(['builtins', 'hard-sell', 'options'])).toBe('builtins["hard-sell"].options');
    expect(formatPath([])).toBe('(pack)');
    expect(formatPath(['rules', 0, 'swap', 'a.b'])).toBe('rules[0].swap["a.b"]');
  });

  it('describe values without dumping them', () => {
    expect(describeValue('two')).toBe('"two"');
    expect(describeValue(2.5)).toBe('2.5');
    expect(describeValue([1, 2])).toBe('a list of 2');
    expect(describeValue({})).toBe('an object');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue('x'.repeat(100))).toHaveLength(62);
  });

  it('guess the word meant only when it is close', () => {
    expect(didYouMean('tems', ['terms', 'type'])).toBe(' (did you mean "terms"?)');
    expect(didYouMean('shoutng', ['shouting', 'hype'])).toBe(' (did you mean "shouting"?)');
    expect(didYouMean('banned', ['avoid', 'prefer'])).toBe('');
    expect(didYouMean(3, ['three'])).toBe('');
  });
});
