import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/builtin/index';
import { createAnalyzer } from '../../rules/engine/analyze';
import type { Example } from '../../rules/engine/rule';
import { isPrincipleId, PRINCIPLES } from '../../rules/principles';

const rulesDir = join(import.meta.dirname, '../../rules/builtin');
const ruleFiles = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('rule conventions', () => {
  it('registers every rule file, and only those, in alphabetical order', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ruleFiles].sort());
    expect(ids).toEqual([...ids].sort());
  });

  it('has a test file for every rule', () => {
    const tests = readdirSync(join(import.meta.dirname, 'builtin')).map((f) => f.replace(/\.test\.ts$/, ''));
    for (const id of ruleFiles) expect(tests, `tests/rules/builtin/${id}.test.ts`).toContain(id);
  });

  for (const rule of RULES) {
    describe(rule.meta.id, () => {
      const { meta } = rule;
      const analyzer = createAnalyzer([{ ...rule, meta: { ...meta, enabledByDefault: true } }]);

      it('names an existing principle that a draft shows', () => {
        expect(isPrincipleId(meta.principle)).toBe(true);
        expect(PRINCIPLES[meta.principle].inDraft).toBe(true);
      });

      it('is a noun phrase id in kebab-case, with docs and messages', () => {
        expect(meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(meta.id.startsWith('no-')).toBe(false);
        expect(meta.docs.summary.length).toBeGreaterThan(10);
        expect(meta.docs.rationale.length).toBeGreaterThan(10);
        expect(meta.docs.whenNotToUse.length).toBeGreaterThan(5);
        expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
        expect(meta.options.safeParse({}).success).toBe(true);
      });

      it('flags each bad example and none of the good ones', () => {
        expect(meta.examples.bad.length).toBeGreaterThan(0);
        expect(meta.examples.good.length).toBeGreaterThan(0);
        const ruleIds = (example: Example) => {
          const { text, platform, recent } = typeof example === 'string' ? { text: example, platform: undefined, recent: undefined } : example;
          return analyzer.analyze(text, { platform, recent }).findings.map((f) => f.ruleId);
        };
        for (const example of meta.examples.bad) expect(ruleIds(example), JSON.stringify(example)).toContain(meta.id);
        for (const example of meta.examples.good) expect(ruleIds(example), JSON.stringify(example)).not.toContain(meta.id);
      });
    });
  }
});
