import { describe, expect, it } from 'vitest';
import { draftPieces, houseRuleId } from '../../../components/options/marked-draft';
import type { FindingPayload } from '../../../utils/messages';

const finding = (start: number, end: number, severity: FindingPayload['severity'] = 'warning'): FindingPayload => ({
  ruleId: `house/acme/r${start}`,
  principle: 'people-first',
  severity,
  message: 'm',
  start,
  end,
  actual: '',
  key: `k${start}`,
});

describe('the sample post cut into flagged pieces', () => {
  it('cuts where findings start and end, overlaps flagged by both, and leaves findings of no width to the list', () => {
    const a = finding(0, 6);
    const b = finding(4, 11, 'error');
    const whole = finding(0, 0);
    const pieces = draftPieces('Globex Inc. rocks', [a, b, whole, finding(40, 50)]);
    expect(pieces.map((p) => [p.text, p.findings.length])).toEqual([
      ['Glob', 1],
      ['ex', 2],
      [' Inc.', 1],
      [' rocks', 0],
    ]);
    expect(pieces[1]!.findings).toEqual([a, b]);
    expect(pieces.map((p) => p.text).join('')).toBe('Globex Inc. rocks');
  });

  it('is the whole post, unflagged, when nothing fires', () => {
    expect(draftPieces('hello', [])).toEqual([{ text: 'hello', findings: [] }]);
    expect(draftPieces('', [])).toEqual([]);
  });

  it('names a house rule by its own id', () => {
    expect(houseRuleId('house/acme/no-rivals')).toBe('no-rivals');
    expect(houseRuleId('hard-sell')).toBe('hard-sell');
  });
});
