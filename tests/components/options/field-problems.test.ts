import { describe, expect, it } from 'vitest';
import { formPaths, placeProblems, ruleFieldPaths } from '../../../components/options/field-problems';

const problem = (path: string, message = 'wrong') => ({ path, message });

describe('placing the compiler\'s problems beside the form\'s fields', () => {
  const shown = new Set(['name', 'rules', 'rules[0]', 'rules[0].max', 'rules[0].terms', 'rules[0].swap', 'ratio']);

  it('puts a problem under the field its path names, or the nearest field holding it, saying what is left of the path', () => {
    const placed = placeProblems(
      [problem('rules[0].max', 'expected a whole number'), problem('rules[0].terms[2]', 'must not be empty'), problem('rules[0].colour', 'unknown field'), problem('rules[0].swap["a b"]'), problem('ratio.policy')],
      shown,
    );
    expect(Object.fromEntries(placed.at)).toEqual({
      'rules[0].max': ['expected a whole number'],
      'rules[0].terms': ['entry 3: must not be empty'],
      'rules[0]': ['colour: unknown field'],
      'rules[0].swap': ['\u201ca b\u201d: wrong'],
      ratio: ['policy: wrong'],
    });
    expect(placed.loose).toEqual([]);
  });

  it('lists at the top what no shown field holds', () => {
    const placed = placeProblems([problem('(pack)'), problem('builtins.shouting'), problem('["x-owner"]'), problem('name')], shown);
    expect(placed.loose.map((p) => p.path)).toEqual(['(pack)', 'builtins.shouting', '["x-owner"]']);
    expect(placed.at.get('name')).toEqual(['wrong']);
  });

  it('knows which fields each rule shows, by how it is written', () => {
    expect(ruleFieldPaths({ type: 'require', when: { rule: 'x' } }, 2)).toContain('when.rule');
    expect(ruleFieldPaths({ type: 'require', when: { signal: 'risk', atLeast: 0.5 } }, 1)).toContain('when.atLeast');
    expect(ruleFieldPaths({ type: 'require' }, 2)).not.toContain('when.signal');
    expect(ruleFieldPaths({ type: 'prefer', swap: {} }, 2)).not.toContain('use');
    expect(ruleFieldPaths({ type: 'prefer', swap: {}, use: 'a' }, 2)).toEqual(expect.arrayContaining(['use', 'swap']));
    expect(ruleFieldPaths({ type: 'limit', count: { pattern: 'x' } }, 2)).toContain('count.pattern');
    expect(ruleFieldPaths({ type: 'banned' }, 2)).not.toContain('terms');
    expect(formPaths({ rules: 'nope' }).has('rules[0]')).toBe(false);
  });
});
