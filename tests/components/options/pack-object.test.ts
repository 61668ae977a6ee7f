import { describe, expect, it } from 'vitest';
import { changeType, COMMON_FIELDS, freshId, newRule, readPack, TYPE_FIELDS } from '../../../components/options/pack-object';
import { checkPackText } from '../../../entrypoints/background/house-packs';
import { packSchemaV2, RULE_TYPES } from '../../../rules/house/schema';

/** Each rule type's fields as the schema declares them, read off the zod objects. */
function schemaFields(): Record<string, string[]> {
  const union = packSchemaV2.shape.rules.element as unknown as { options: { shape: Record<string, { value?: unknown }> }[] };
  return Object.fromEntries(union.options.map((o) => [String(o.shape.type!.value), Object.keys(o.shape)]));
}

describe('the pack object the form edits', () => {
  it('knows each rule type by the fields the schema gives it', () => {
    const fields = schemaFields();
    expect(Object.keys(fields).sort()).toEqual([...RULE_TYPES].sort());
    for (const type of RULE_TYPES) {
      expect(new Set([...COMMON_FIELDS, 'type', ...TYPE_FIELDS[type]]), type).toEqual(new Set(fields[type]));
    }
  });

  it('reads only a JSON object', () => {
    expect(readPack('{"name":"A"}')).toEqual({ ok: true, pack: { name: 'A' } });
    expect(readPack('{"name":')).toMatchObject({ ok: false, reason: expect.stringContaining('not valid JSON') });
    expect(readPack('null')).toMatchObject({ ok: false, reason: expect.stringContaining('not an object') });
    expect(readPack('[1]')).toMatchObject({ ok: false });
  });

  it('gives a new rule an id no rule has, and fields that load', () => {
    expect(freshId('limit', ['limit-1', 'limit-3'])).toBe('limit-2');
    const pack = { name: 'A', rules: [{ id: 'avoid-1', type: 'avoid', terms: ['x'] }] };
    expect(newRule('avoid', pack).id).toBe('avoid-2');
    for (const type of RULE_TYPES) {
      for (const version of [1, 2]) {
        const text = JSON.stringify({ name: 'A', version, rules: [newRule(type, { version })] });
        expect(checkPackText(text), `${type} in version ${version}`).toEqual({ ok: true, name: 'A', rules: 1 });
      }
    }
  });

  it('changes a type in place: common and unknown fields stay where they were, the old type\'s own go', () => {
    const rule = { id: 'r', 'x-mine': 1, type: 'pattern', pattern: 'x+', replace: 'x', severity: 'error', exceptions: ['xx'] };
    const changed = changeType(rule, 'require', { version: 2 });
    expect(Object.keys(changed)).toEqual(['id', 'x-mine', 'type', 'pattern', 'severity', 'exceptions', 'when', 'append']);
    expect(changed).toMatchObject({ pattern: 'x+', exceptions: ['xx'] });
    expect(changeType({ id: 'r', type: 'limit', count: 'emoji', min: 1 }, 'threshold', {})).toEqual({ id: 'r', type: 'threshold', signal: 'engagementBait', max: 0.5 });
  });
});
