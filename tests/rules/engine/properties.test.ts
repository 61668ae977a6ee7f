import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../rules/engine/analyze';
import { PLATFORM_IDS } from '../../../platforms/types';

const analyzer = createAnalyzer();

/** Pieces that break naive text code: emoji (with ZWJ and skin tones), marks, RTL, CJK, newlines, shouting. */
const awkward = fc.constantFrom(
  '👨‍👩‍👧', '👍🏽', '🎉', '\u200b', '\u200d', '\u200f', '\u202e', '\ufeff', 'مرحبا', 'שלום', '日本語', 'é', 'e\u0301',
  '\n', '\r\n', '\t', ' ', '!!!', '?!', 'BUY NOW', '#Sale', '@someone', 'https://example.com/x', 'you', 'we', '.',
  '\ud800', '\udfff', // lone surrogates
);
const texts = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(awkward, fc.string({ maxLength: 12 })), { maxLength: 80 }).map((parts) => parts.join('')),
);

describe('analyze on any input', () => {
  it('returns without throwing, with spans inside the text that match `actual`', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(undefined, ...PLATFORM_IDS), (text, platform) => {
        const { findings, score, signals } = analyzer.analyze(text, { platform });
        // Null when the draft was not scored (empty, another language).
        if (score !== null) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        for (const value of Object.values(signals)) expect(Number.isFinite(value)).toBe(true);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(text.slice(f.start, f.end)).toBe(f.actual);
          for (const fix of f.fixes ?? []) {
            expect(fix.start).toBeGreaterThanOrEqual(0);
            expect(fix.end).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty, emoji-only, mark-only and huge texts', () => {
    const cases = ['', ' ', '🎉'.repeat(500), '\u200b\u200f\u202e'.repeat(100), 'word '.repeat(40_000), 'A'.repeat(100_000)];
    for (const text of cases) {
      const result = analyzer.analyze(text, { platform: 'x' });
      for (const f of result.findings) expect(text.slice(f.start, f.end)).toBe(f.actual);
    }
    expect(analyzer.analyze('word '.repeat(40_000)).notes.join(' ')).toMatch(/first/);
  });

  // Not a speed test (the benchmark measures speed): a guard that no rule has a quadratic path. Eight times
  // the text must cost well under the 64 times a quadratic rule would need.
  it.each([
    ['prose', 'We shipped a new feature today and you can try it now. '],
    ['shouting', 'BUY NOW!!! '],
    ['no spaces', 'x'],
    ['punctuation', '!?'],
    ['mentions and tags', '@a #b '],
  ])('grows linearly on %s', (_name, unit) => {
    const timeOf = (text: string) => {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const fresh = createAnalyzer();
        const t0 = performance.now();
        fresh.analyze(text, { platform: 'linkedin' });
        runs.push(performance.now() - t0);
      }
      return runs.sort((a, b) => a - b)[1]!;
    };
    const small = unit.repeat(Math.ceil(2_500 / unit.length));
    const large = unit.repeat(Math.ceil(20_000 / unit.length));
    timeOf(small); // warm-up
    expect(timeOf(large) / Math.max(timeOf(small), 1)).toBeLessThan(24);
  });
});
