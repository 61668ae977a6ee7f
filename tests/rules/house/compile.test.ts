import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../rules/engine/analyze';
import { compilePack, loadPack, packSlug } from '../../../rules/house/compile';
import { validatePack, type Pack } from '../../../rules/house/schema';

const examplePack = (): Pack => {
  const checked = validatePack(JSON.parse(readFileSync(path.resolve(__dirname, '../../fixtures/packs/issue-example.json'), 'utf8')));
  if (!checked.ok) throw new Error(checked.problems.join('\n'));
  return checked.pack;
};

describe('compilePack', () => {
  it('namespaces every rule under the slug of the pack name and turns builtins into overrides', () => {
    const compiled = compilePack(examplePack());
    expect(compiled.rules.map((r) => r.meta.id)).toEqual([
      'house/acme-social-house-style/no-competitors',
      'house/acme-social-house-style/say-customers',
      'house/acme-social-house-style/disclose-ads',
      'house/acme-social-house-style/two-hashtags',
      'house/acme-social-house-style/brand-case',
      'house/acme-social-house-style/no-prices',
      'house/acme-social-house-style/stay-conversational',
    ]);
    expect(compiled.rules.map((r) => r.meta.principle)).toEqual([
      'be-human',
      'be-human',
      'honest-and-open',
      'channel-fit',
      'be-human',
      'be-human',
      'conversation-not-campaign',
    ]);
    expect(compiled.overrides).toEqual({ shouting: { severity: 'error' }, 'hashtag-overload': { enabled: false } });
  });

  it('caches by content: the same JSON gives the same compiled pack, a changed one a new one', () => {
    expect(compilePack(examplePack())).toBe(compilePack(examplePack()));
    const changed = examplePack();
    changed.description = 'changed';
    expect(compilePack(changed)).not.toBe(compilePack(examplePack()));
  });

  it('runs in the engine: findings carry the namespaced id, the pack message and severity, and builtins follow the pack', () => {
    const house = compilePack(examplePack());
    const text = 'We beat Globex for our users with acmepay, only $20! #a #b #c';
    const analysis = analyze(text, { house, platform: 'linkedin' });
    const mine = analysis.findings.filter((f) => f.ruleId.startsWith('house/'));
    const byRule = Object.fromEntries(mine.map((f) => [f.ruleId.split('/')[2], f]));
    expect(byRule['no-competitors']).toMatchObject({ actual: 'Globex', severity: 'error', message: 'Do not name competitors.' });
    expect(byRule['say-customers']?.fixes?.[0]?.text).toBe('customers');
    expect(byRule['brand-case']?.fixes?.[0]?.text).toBe('AcmePay');
    expect(byRule['no-prices']).toMatchObject({ actual: '$20', severity: 'warning' });
    expect(byRule['two-hashtags']?.actual).toBe('#c');
    expect(analysis.findings.some((f) => f.ruleId === 'hashtag-overload')).toBe(false);
  });

  it('loadPack refuses a bad pack whole', () => {
    const result = loadPack({ name: 'X', rules: [{ id: 'a', type: 'avoid', terms: ['x'] }, { id: 'b', type: 'banned' }] });
    expect(result.ok).toBe(false);
  });

  it('slugs names to ids', () => {
    expect(packSlug('Acme social house style')).toBe('acme-social-house-style');
    expect(packSlug('Café Crème!')).toBe('cafe-creme');
    expect(packSlug('★★★')).toBe('pack');
  });

  it('matches 5,000 terms in one scan', () => {
    const terms = Array.from({ length: 5_000 }, (_, i) => `word${i}`);
    const checked = validatePack({ name: 'Big', rules: [{ id: 'many', type: 'avoid', terms }] });
    if (!checked.ok) throw new Error(checked.problems.join('\n'));
    const house = compilePack(checked.pack);
    const text = 'A post with word4999 and word12 in it. '.repeat(70);
    const began = performance.now();
    const found = analyze(text, { house }).findings.filter((f) => f.ruleId === 'house/big/many');
    expect(found).toHaveLength(140);
    expect(performance.now() - began).toBeLessThan(2_000);
  });
});
