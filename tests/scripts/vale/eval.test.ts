import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateEngineChecks, evaluatePackage, PACKAGES } from '../../../scripts/vale/eval';

/** The published styles with their own fixtures, beside the repository (never copied into it). */
const ROOT = resolve(import.meta.dirname, '../../../../shared/realworld/vale');
const present = existsSync(ROOT);

describe.skipIf(!present)('Vale styles from the real packages', () => {
  for (const pkg of PACKAGES) {
    it(`${pkg}: loads its rules and finds the alerts its feature file expects`, () => {
      const report = evaluatePackage(ROOT, pkg);
      // Every rule loads but those reported: markup-only, or a type packs lack; each with a reason.
      expect(report.rules).toBeGreaterThan(0);
      expect(report.loaded + report.skipped.length).toBe(report.rules);
      for (const skipped of report.skipped) expect(skipped.reason).toMatch(/markup-only|is not supported/);
      expect(report.expected).toBeGreaterThan(0);
      expect(report.missed).toEqual([]);
      expect(report.found).toBe(report.expected);
      // A handful of findings beyond Vale's own, each explained in rules/house/README.md.
      expect(report.extras.length).toBeLessThanOrEqual(2);
    });
  }

  it('runs the rule types of Vale own feature file on rule semantics as Vale does', () => {
    const reports = new Map(evaluateEngineChecks(ROOT).map((r) => [r.name.replace('vale-engine: ', ''), r]));
    for (const check of ['Existence', 'Substitution', 'Occurrence', 'Repetition', 'Conditional']) {
      const report = reports.get(check);
      expect(report?.expected, check).toBeGreaterThan(0);
      expect(report?.missed, check).toEqual([]);
    }
    // Capitalization and sentence case in Vale's fixtures check headings only: markup, left out.
    expect(reports.get('Capitalization')).toMatchObject({ expected: 0, markupOnly: 3 });
  });
});
