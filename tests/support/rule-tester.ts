import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../rules/engine/analyze';
import type { AnalyzeOptions } from '../../rules/engine/analyze';
import type { AnyRule, Finding } from '../../rules/engine/rule';

/** A case the rule must stay quiet on. */
export interface ValidCase {
  text: string;
  options?: AnalyzeOptions;
}

/** A case the rule must flag, with what it flags. */
export interface InvalidCase {
  text: string;
  options?: AnalyzeOptions;
  /** The flagged texts, in order (`text.slice(start, end)` of each finding). */
  flags: string[];
  /** Where given, the UTF-16 spans of the findings, in order. */
  spans?: [number, number][];
  /** Where given, the text after applying the first fix of the first finding. */
  output?: string;
}

/**
 * ESLint-style tester: runs only the rule under test through the real engine (its option parsing, its
 * isolation and its span checks), so a rule passes here exactly as it would in the product.
 */
export function ruleTester(rule: AnyRule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  const analyzer = createAnalyzer([{ ...rule, meta: { ...rule.meta, enabledByDefault: true } }]);
  const mine = (text: string, options?: AnalyzeOptions): Finding[] =>
    analyzer.analyze(text, options).findings.filter((f) => f.ruleId === rule.meta.id);

  describe(rule.meta.id, () => {
    for (const entry of cases.valid) {
      const c = typeof entry === 'string' ? { text: entry } : entry;
      it(`stays quiet on ${JSON.stringify(c.text.slice(0, 60))}`, () => {
        expect(mine(c.text, c.options).map((f) => f.actual)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`flags ${JSON.stringify(c.flags)} in ${JSON.stringify(c.text.slice(0, 60))}`, () => {
        const found = mine(c.text, c.options);
        expect(found.map((f) => f.actual)).toEqual(c.flags);
        for (const f of found) {
          expect(c.text.slice(f.start, f.end)).toBe(f.actual);
          expect(f.principle).toBe(rule.meta.principle);
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.message).not.toMatch(/\{\w+\}/);
        }
        if (c.spans) expect(found.map((f) => [f.start, f.end])).toEqual(c.spans);
        if (c.output !== undefined) {
          const fix = found[0]?.fixes?.[0];
          expect(fix, 'a fix on the first finding').toBeDefined();
          if (fix) expect(c.text.slice(0, fix.start) + fix.text + c.text.slice(fix.end)).toBe(c.output);
        }
      });
    }
  });
}
