import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Haystack, mayMatch } from '../../../rules/engine/literal-prefilter';
import { LiteralScan } from '../../../rules/engine/literal-scan';

describe('LiteralScan', () => {
  it('marks the expressions whose literals a text holds, overlapping ones included', () => {
    const scan = new LiteralScan([/\bshe\b/gi, /he/gi, /hers/gi, /HIS/g, /\d+/g, /\bsale\b/giu]);
    expect([...scan.scan(new Haystack('Ushers'))]).toEqual([1, 1, 1, 0, 1, 0]);
    expect([...scan.scan(new Haystack('his and HIS'))]).toEqual([0, 0, 0, 1, 1, 0]);
    expect([...scan.scan(new Haystack('a ſale'))]).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it('says what testing each expression alone says, on any text', () => {
    const expressions = [/\bshe\b/gi, /he|hers/gi, /HIS/g, /ab(?:ab)?c/gi, /\d+/g, /\bsale\b/giu, /ſs/g, /we['’]re/gi];
    const scan = new LiteralScan(expressions);
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'h', 'e', 's', 'r', 'S', 'H', 'I', 'ſ', "'", '’', 'w', ' ', 'é'), { maxLength: 24 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        const haystack = new Haystack(sample);
        expect([...scan.scan(haystack)]).toEqual(expressions.map((re) => (mayMatch(re, haystack) ? 1 : 0)));
      }),
      { numRuns: 2000 },
    );
  });
});
