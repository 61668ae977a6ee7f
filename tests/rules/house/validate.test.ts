import { describe, expect, it } from 'vitest';
import { parsePack } from '../../../rules/house/validate';
import { problemsOf } from './helpers';
import { ISSUE_PACK } from './schema.test';

describe('parsePack', () => {
  it('takes the issue pack and migrates it to the current format', () => {
    const parsed = parsePack(ISSUE_PACK);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.sourceVersion).toBe(1);
    expect(parsed.pack.version).toBe(2);
    expect(parsed.pack.rules[2]).toMatchObject({ when: { signal: 'selfPromotion', min: 0.5 } });
  });

  it('refuses a bad pack whole, listing every problem at its path in plain words', () => {
    const pack = {
      name: 'Acme',
      rules: [
        { id: 'a', type: 'avoid', terms: ['x'] },
        { id: 'b', type: 'prefer', use: 'y', instead: ['z'] },
        { id: 'c', type: 'banned', terms: ['q'] },
        { id: 'd', type: 'limit', count: 'hashtags', max: 'two' },
        { id: 'e', type: 'avoid', tems: ['w'] },
        { type: 'pattern', pattern: 'x' },
        { id: 'bad id!', type: 'threshold', signal: 'risk', max: 0.5 },
      ],
      ratio: { policy: 'custom' },
      objective: 'fame',
    };
    expect(problemsOf(pack)).toEqual([
      'rules[2].type: unknown type "banned" (use one of: avoid, prefer, require, limit, capitalization, pattern, threshold, repetition)',
      'rules[3].max: expected a whole number, got "two"',
      'rules[4].terms: missing (expected a list)',
      'rules[4].tems: unknown field (did you mean "terms"?)',
      'rules[5].id: missing (expected text)',
      'rules[6].id: "bad id!": use letters, digits, ".", "_" or "-", starting with a letter or digit',
      'ratio.share: missing; a custom policy needs a share, such as 0.25',
      'objective: expected "community", "support", "awareness", "sales" or "thought-leadership", got "fame"',
    ]);
  });

  it('names a pattern RE2 cannot compile with the pattern and the reason, next to the other problems', () => {
    expect(
      problemsOf({
        name: 'p',
        rules: [
          { id: 'a', type: 'pattern', pattern: '(\\w+)\\s\\1' },
          { id: 'b', type: 'require', pattern: 'x', each: '[z-a]' },
          { id: 'a', type: 'avoid', terms: ['ok'] },
        ],
      }),
    ).toEqual([
      'rules[0].pattern: the pattern "(\\\\w+)\\\\s\\\\1" cannot run: backreferences (\\1, \\k<name>) are not supported: they have no linear-time form',
      'rules[1].each: the pattern "[z-a]" cannot run: invalid character class range: `z-a`',
      'rules[2].id: "a" is already the id of rules[0]; ids must be unique',
    ]);
  });

  it('lists what compiling finds in the sound rules next to the broken fields of others', () => {
    expect(
      problemsOf({
        name: 'p',
        rules: [
          { id: 'a', type: 'limit', count: 'hashtags', max: 'two' },
          { id: 'b', type: 'pattern', pattern: '(a)\\1' },
          // "a" is broken, not missing: it is not reported again here.
          { id: 'c', type: 'require', pattern: '#ad', when: { rule: 'a' } },
          { id: 'd', type: 'require', pattern: '#ad', when: { rule: 'nope' } },
        ],
      }),
    ).toEqual([
      'rules[0].max: expected a whole number, got "two"',
      'rules[1].pattern: the pattern "(a)\\\\1" cannot run: backreferences (\\1, \\k<name>) are not supported: they have no linear-time form',
      'rules[3].when.rule: no rule "nope" in this pack or among the built-in rules',
    ]);
    expect(problemsOf({ name: 'p', version: 1, rules: [{ id: 'c', type: 'require', pattern: '#ad', when: { rule: 'a' } }] })).toContain('rules[0].when.rule: not a field here');
  });

  it('checks built-in rule ids and their options against the rules themselves', () => {
    expect(problemsOf({ name: 'p', rules: [], builtins: { shoutng: 'off', 'self-promotion': { options: { threshold: 'high' } }, 'hard-sell': 'loud' } })).toEqual([
      'builtins["hard-sell"]: expected "off", "on", "suggestion", "warning" or "error", got "loud"',
    ]);
    expect(problemsOf({ name: 'p', rules: [], builtins: { shoutng: 'off', 'self-promotion': { options: { threshold: 'high' } } } })).toEqual([
      'builtins.shoutng: no built-in rule has this id (did you mean "shouting"?)',
      'builtins["self-promotion"].options.threshold: expected a number, got "high"',
    ]);
  });

  it('says what is wrong with input that is not a pack at all', () => {
    expect(problemsOf('{"name": "p", "rules": [')).toEqual([expect.stringMatching(/^\(pack\): not valid JSON: /)]);
    expect(problemsOf([1, 2])).toEqual(['(pack): expected a pack (a JSON object with "name" and "rules"), got a list of 2']);
    expect(problemsOf({ name: 'p', rules: [], version: 3 })).toEqual([
      'version: this pack is written in format 3; this Rapport reads formats 1 to 2. Update Rapport to use it.',
    ]);
    expect(problemsOf({ name: 'p', rules: [], version: 'one' })).toEqual(['version: expected a format version (1 to 2), got "one"']);
  });
});
