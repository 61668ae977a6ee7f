import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS, validatePack } from '../../../rules/house/schema';

const example = (): Record<string, unknown> & { rules: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(path.resolve(__dirname, '../../fixtures/packs/issue-example.json'), 'utf8'));

function problems(json: unknown): string[] {
  const result = validatePack(json);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.problems;
}

describe('validatePack', () => {
  it('accepts the exact example pack of issue 11', () => {
    const result = validatePack(example());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.rules.map((r) => r.type)).toEqual(['avoid', 'prefer', 'require', 'limit', 'capitalization', 'pattern', 'threshold']);
  });

  it('lists every problem by JSON path in plain words, refusing the pack whole', () => {
    const pack = example();
    pack.rules[2] = { id: 'x', type: 'banned' };
    (pack.rules[3] as { max: unknown }).max = 'two';
    (pack.rules[5] as { pattern: string }).pattern = '(?<=\\$)\\d+';
    pack.objective = 'fame';
    expect(problems(pack)).toEqual([
      'rules[2].type: unknown type "banned"; use one of avoid, prefer, require, limit, capitalization, pattern, threshold',
      'rules[3].max: expected a whole number, got "two"',
      expect.stringMatching(/^rules\[5\]\.pattern: the pattern "\(\?<=\\\\\$\)\\\\d\+" cannot be compiled \(RE2: .+\)$/),
      'objective: expected one of "community", "support", "awareness", "sales", "thought-leadership", got "fame"',
    ]);
  });

  it('names missing and unknown fields, fractional counts, duplicate ids and dangling dependencies', () => {
    expect(problems({ rules: [] })).toEqual(['name: required (a text)']);
    expect(problems({ name: 'A', rules: [{ id: 'a', type: 'avoid', terms: ['x'], colour: 'red' }] })).toEqual(['rules[0]: unknown field "colour"']);
    expect(problems({ name: 'A', rules: [{ id: 'a', type: 'limit', count: 'links', max: 1.5 }] })).toEqual(['rules[0].max: expected a whole number, got 1.5']);
    expect(
      problems({
        name: 'A',
        rules: [
          { id: 'a', type: 'avoid', terms: ['x'] },
          { id: 'a', type: 'require', pattern: 'y', when: { rule: 'b' } },
        ],
      }),
    ).toEqual(['rules[1].id: the id "a" is used twice', 'rules[1].when.rule: no rule of this pack has the id "b"']);
    expect(problems({ name: 'A', rules: [{ id: 't', type: 'threshold', signal: 'risk' }] })).toEqual(['rules[0]: give "min", "max" or both']);
    expect(problems(null)).toEqual(['(the pack): expected an object, got null']);
  });

  it('holds a pack to its limits and accepts one exactly at them', () => {
    const term = (i: number) => `term${i}`;
    const atLimit = {
      name: 'Big',
      rules: Array.from({ length: PACK_LIMITS.rules }, (_, i) => ({ id: `r${i}`, type: 'avoid', terms: i === 0 ? Array.from({ length: PACK_LIMITS.termsPerRule }, (_, j) => term(j)) : ['x'] })),
    };
    expect(validatePack(atLimit).ok).toBe(true);
    const over = { ...atLimit, rules: [...atLimit.rules, { id: 'extra', type: 'avoid', terms: ['x'] }] };
    expect(problems(over)).toEqual([`rules: expected at most ${PACK_LIMITS.rules} items, got ${PACK_LIMITS.rules + 1}`]);
    const long = { name: 'A', rules: [{ id: 'p', type: 'pattern', pattern: 'a'.repeat(PACK_LIMITS.patternLength + 1) }] };
    expect(problems(long)).toEqual([`rules[0].pattern: expected at most ${PACK_LIMITS.patternLength} characters, got ${PACK_LIMITS.patternLength + 1}`]);
    const terms = { name: 'A', rules: [{ id: 'p', type: 'avoid', terms: Array.from({ length: PACK_LIMITS.termsPerRule + 1 }, (_, j) => term(j)) }] };
    expect(problems(terms)).toEqual([`rules[0].terms: expected at most ${PACK_LIMITS.termsPerRule} items, got ${PACK_LIMITS.termsPerRule + 1}`]);
  });
});
