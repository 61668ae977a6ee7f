import { describe, expect, it } from 'vitest';
import { RULES } from '../../../rules/builtin/index';
import { createAnalyzer } from '../../../rules/engine/analyze';
import { OBJECTIVES } from '../../../rules/engine/types';
import { mergeOverrides, OBJECTIVE_OVERRIDES } from '../../../rules/house/objective';
import { compiled } from './helpers';

describe('objective', () => {
  it('tunes only built-in rules that exist, with options their schemas accept', () => {
    const ids = new Map(RULES.map((r) => [r.meta.id, r]));
    for (const objective of OBJECTIVES) {
      for (const [id, override] of Object.entries(OBJECTIVE_OVERRIDES[objective])) {
        const rule = ids.get(id);
        expect(rule, `${objective}: ${id}`).toBeDefined();
        if (override.options) expect(rule?.meta.options.safeParse(override.options).success, `${objective}: ${id}`).toBe(true);
      }
    }
  });

  it('makes sales more lenient on self-promotion than community, and quiets missing-invitation', () => {
    const text = 'We just opened our new store in Leeds. Come say hi!';
    const analyzer = createAnalyzer();
    const ids = (objective: string) => analyzer.analyze(text, { house: compiled([], { objective }) }).findings.map((f) => `${f.ruleId}:${f.severity}`);
    expect(ids('community')).toEqual(expect.arrayContaining(['self-promotion:warning', 'missing-invitation:warning']));
    expect(ids('sales').some((id) => id.startsWith('self-promotion') || id.startsWith('missing-invitation'))).toBe(false);
  });

  it('lets the pack own builtins settings win, options merged', () => {
    expect(mergeOverrides({ a: { options: { x: 1, y: 2 }, severity: 'warning' } }, { a: { options: { y: 3 } }, b: { enabled: false } })).toEqual({
      a: { options: { x: 1, y: 3 }, severity: 'warning' },
      b: { enabled: false },
    });
    const pack = compiled([], { objective: 'sales', builtins: { 'missing-invitation': 'error', 'self-promotion': { options: { threshold: 0.9 } } } });
    expect(pack.overrides['missing-invitation']).toEqual({ enabled: true, severity: 'error' });
    expect(pack.overrides['self-promotion']).toEqual({ options: { threshold: 0.9 } });
  });
});
