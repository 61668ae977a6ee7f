import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../cli/args';
import { loadRulesOption, readPackSource, withHouse } from '../../cli/house';
import { createAnalyzer, createKindClassifier } from '../../rules/index';

const dir = mkdtempSync(join(tmpdir(), 'rapport-house-'));
const RULE = "extends: existence\nmessage: \"Avoid '%s'.\"\ntokens:\n  - synergy\n";
const PACKAGE = join(dir, 'Package');
mkdirSync(join(PACKAGE, 'Brand'), { recursive: true });
mkdirSync(join(PACKAGE, 'fixtures'));
writeFileSync(join(PACKAGE, 'Brand', 'Avoid.yml'), RULE);
writeFileSync(join(PACKAGE, 'README.md'), '# a package');
writeFileSync(join(dir, 'Avoid.yml'), RULE);
writeFileSync(join(dir, 'style.zip'), zipSync({ 'Brand/Avoid.yml': strToU8(RULE) }));
writeFileSync(join(dir, 'broken.zip'), 'PK not really');
writeFileSync(join(dir, 'bad.json'), '{"name": "x", "rules": [{"id": "a"}]}');

describe('readPackSource', () => {
  it('tells a pack, a style folder (or a package holding one), a zip and a single Vale rule apart', async () => {
    const kinds = await Promise.all(
      [resolve(import.meta.dirname, '../../examples/packs/playful-brand.json'), join(PACKAGE, 'Brand'), PACKAGE, join(dir, 'style.zip'), join(dir, 'Avoid.yml')].map(readPackSource),
    );
    expect(kinds.map((k) => [k.kind, k.total, k.result.ok])).toEqual([
      ['pack', 10, true],
      ['vale-folder', 1, true],
      ['vale-folder', 1, true],
      ['vale-zip', 1, true],
      ['vale-file', 1, true],
    ]);
    expect(kinds[2]?.result.ok && kinds[2].result.pack.rules[0]?.meta.id).toBe('house/brand/Brand.Avoid');
  });

  it('makes what cannot be read a usage error, and keeps a bad pack for its problems', async () => {
    await expect(readPackSource(join(dir, 'missing.json'))).rejects.toThrow(UsageError);
    await expect(readPackSource(join(dir, 'broken.zip'))).rejects.toThrow(/not a readable zip/);
    const bad = await readPackSource(join(dir, 'bad.json'));
    expect(bad.result.ok).toBe(false);
    await expect(loadRulesOption(join(dir, 'bad.json'))).rejects.toThrow(/is not a valid pack \(1 problem\):\n {2}rules\[0\]\.type: missing/);
  });
});

describe('withHouse', () => {
  it('runs every analysis with the pack and lists its rules beside the built-in ones', async () => {
    const house = await loadRulesOption(join(dir, 'Avoid.yml'));
    const engine = withHouse({ analyzer: createAnalyzer([]), kinds: createKindClassifier([]), rules: [] }, house);
    expect(engine.rules.map((r) => r.meta.id)).toEqual(['house/vale/Vale.Avoid']);
    expect(engine.analyzer.analyze('Such synergy.', { platform: 'x' }).findings.map((f) => f.ruleId)).toEqual(['house/vale/Vale.Avoid']);
    const plain = { analyzer: createAnalyzer([]), kinds: createKindClassifier([]), rules: [] };
    expect(withHouse(plain, undefined)).toBe(plain);
  });
});
