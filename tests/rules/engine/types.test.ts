import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingKey, houseRuleId, parseFindingKey, parseHouseRuleId } from '../../../rules/engine/types';

describe('houseRuleId', () => {
  it('namespaces a pack rule as house/<pack>/<rule>', () => {
    expect(houseRuleId('acme', 'no-prices')).toBe('house/acme/no-prices');
    expect(houseRuleId('acme', 'no:prices')).toBe('house/acme/no:prices');
  });

  it('gives the names back, and one id for each pair, whatever characters they hold', () => {
    expect(houseRuleId('a/b', 'c')).not.toBe(houseRuleId('a', 'b/c'));
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (pack, rule, otherPack, otherRule) => {
        expect(parseHouseRuleId(houseRuleId(pack, rule))).toEqual({ pack, rule });
        if (pack !== otherPack || rule !== otherRule) expect(houseRuleId(pack, rule)).not.toBe(houseRuleId(otherPack, otherRule));
      }),
    );
  });

  it('says a built-in rule id is not a house rule id', () => {
    expect(parseHouseRuleId('hard-sell')).toBeUndefined();
    expect(parseHouseRuleId('house/only-pack')).toBeUndefined();
    expect(parseHouseRuleId('house/a/%E0')).toBeUndefined();
  });
});

describe('findingKey', () => {
  it('turns back into its rule and lower-cased words through the one parser, for any rule id', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (pack, rule, actual) => {
        const ruleId = houseRuleId(pack, rule);
        expect(parseFindingKey(findingKey(ruleId, actual))).toEqual({ ruleId, actual: actual.toLowerCase() });
      }),
    );
  });
});
