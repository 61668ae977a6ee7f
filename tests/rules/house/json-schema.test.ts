import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../../rules/house/json-schema';

describe('packJsonSchema', () => {
  it('describes both formats and every rule type', () => {
    const schema = packJsonSchema() as { anyOf: unknown[]; $defs: Record<string, unknown> };
    expect(schema.anyOf).toEqual([{ $ref: '#/$defs/PackV2' }, { $ref: '#/$defs/PackV1' }]);
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(['AvoidRule', 'PreferRule', 'RequireRuleV2', 'RequireRuleV1', 'LimitRule', 'CapitalizationRule', 'PatternRule', 'ThresholdRule', 'RepetitionRule']),
    );
  });
});
