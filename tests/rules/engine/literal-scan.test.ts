import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Haystack, mayMatch } from '../../../rules/engine/literal-prefilter';
import { LiteralScan } from '../../../rules/engine/literal-scan';
import { allMatches } from '../../../rules/engine/matches';

const spans = (re: RegExp, text: string) => allMatches(re, text).map((m) => [m.index, m[0]]);
/** 1 for each expression the scan would run on the text, 0 for each it rules out. */
const mayRun = (scan: LiteralScan, haystack: Haystack) => scan.runs(haystack).map((re) => (re ? 1 : 0));

describe('LiteralScan', () => {
  it('marks the expressions whose literals a text holds, overlapping ones included', () => {
    const scan = new LiteralScan([/\bshe\b/gi, /he/gi, /hers/gi, /HIS/g, /\d+/g, /\bsale\b/giu]);
    expect(mayRun(scan, new Haystack('Ushers'))).toEqual([1, 1, 1, 0, 1, 0]);
    expect(mayRun(scan, new Haystack('his and HIS'))).toEqual([0, 0, 0, 1, 1, 0]);
    expect(mayRun(scan, new Haystack('a ſale'))).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it('says what testing each expression alone says, on any text', () => {
    const expressions = [/\bshe\b/gi, /he|hers/gi, /HIS/g, /ab(?:ab)?c/gi, /\d+/g, /\bsale\b/giu, /ſs/g, /we['’]re/gi, /\bhe\s+is\b|we\s+are/gi, /(?<!a)(?:ab|ce|hi)s(?!b)/giu];
    const scan = new LiteralScan(expressions);
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'h', 'e', 's', 'r', 'S', 'H', 'I', 'ſ', "'", '’', 'w', ' ', 'é'), { maxLength: 24 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        const haystack = new Haystack(sample);
        expect(mayRun(scan, haystack)).toEqual(expressions.map((re) => (mayMatch(re, haystack) ? 1 : 0)));
      }),
      { numRuns: 2000 },
    );
  });

  it('runs an expression narrowed to the alternatives whose literals the text holds', () => {
    const whole = /\bcheck\s+out\b|\bsubscribe\b|(?<=^|\. )now\s+live\b/gi;
    const scan = new LiteralScan([whole]);
    expect(scan.runs(new Haystack('Check the news, and subscribe'))[0]?.source).toBe(String.raw`\bsubscribe\b`);
    expect(scan.runs(new Haystack('Now live. Check out the demo'))[0]?.source).toBe(String.raw`\bcheck\s+out\b|(?<=^|\. )now\s+live\b`);
    expect(scan.runs(new Haystack('check out, subscribe, now live'))[0]).toBe(whole);
    expect(scan.runs(new Haystack('nothing to see'))[0]).toBeUndefined();
    // The same narrowed form each time, and with the expression's flags.
    const narrowed = scan.runs(new Haystack('subscribe'))[0]!;
    expect(scan.runs(new Haystack('SUBSCRIBE'))[0]).toBe(narrowed);
    expect(narrowed.flags).toBe(whole.flags);
    // Inside a group that is all the expression consumes, around its assertions.
    const wrapped = /(?<![\p{L}])(?:thanks|cheers|many thanks)(?![\p{L}])/giu;
    expect(new LiteralScan([wrapped]).runs(new Haystack('Cheers!'))[0]?.source).toBe(String.raw`(?<![\p{L}])(?:cheers)(?![\p{L}])`);
  });

  it('finds with the narrowed form exactly the matches of the whole expression, on any text', () => {
    // Alternatives that overlap, share prefixes and lean on what comes before and after them.
    const expressions = [
      /\bab\b|abc|\bca|ce(?=h)|(?<=s)he/gi,
      /(?<![a-z])(?:ab|abc|bc|sh|she|hers)(?!e)/giu,
      /(?:ab)+c|ba|\bce\b|s'?he|[wh]e'?s/g,
      /^(?:hi|he)|(?:is|ce)$|ab\s*c/gim,
    ];
    const scan = new LiteralScan(expressions);
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'h', 'e', 's', 'i', 'w', 'S', 'H', 'E', "'", ' ', '\n', 'ſ'), { maxLength: 24 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        scan.runs(new Haystack(sample)).forEach((re, i) => {
          const whole = spans(expressions[i]!, sample);
          expect(re ? spans(re, sample) : [], `/${expressions[i]!.source}/ on ${JSON.stringify(sample)}`).toEqual(whole);
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('finds with the engine’s cue lists what their whole expressions find, on real posts', async () => {
    const { BRAND } = await import('../../../rules/signals/brand-voice');
    const { BAIT } = await import('../../../rules/signals/engagement-bait');
    const { PROMO } = await import('../../../rules/signals/self-promotion');
    const { VALUE } = await import('../../../rules/signals/value-add');
    const csv = readFileSync(new URL('../../fixtures/posts/brand-posts.csv', import.meta.url), 'utf8');
    const texts = csv.split('\n').slice(1);
    const variants = texts.flatMap((t) => [t, t.toUpperCase(), t.replace(/s/g, '\u017f')]);
    let narrowed = 0;
    for (const list of [[...PROMO, ...BRAND], BAIT, VALUE]) {
      const expressions = list.map((p) => p.re);
      const scan = new LiteralScan(expressions);
      for (const text of variants) {
        scan.runs(new Haystack(text)).forEach((re, i) => {
          if (re && re !== expressions[i]) narrowed++;
          expect(re ? spans(re, text) : [], `/${expressions[i]!.source}/ on ${text}`).toEqual(spans(expressions[i]!, text));
        });
      }
    }
    expect(narrowed).toBeGreaterThan(variants.length);
  });
});
