import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine/analyze';
import { loadPack } from '../../rules/house/compile';

const repoRoot = path.resolve(__dirname, '../..');
const load = (name: string) => {
  const result = loadPack(JSON.parse(readFileSync(path.join(repoRoot, 'examples/packs', name), 'utf8')));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.pack;
};
const houseIds = (text: string, name: string, platform?: 'x') =>
  analyze(text, { house: load(name), ...(platform ? { platform } : {}) })
    .findings.map((f) => f.ruleId)
    .filter((id) => id.startsWith('house/'));

describe('example packs', () => {
  it('cautious bank: flags a promise, a rate without terms and the wrong case, and turns the hype builtin to error', () => {
    const ids = houseIds('Guaranteed returns with the northbank saver: 4.5% AER for all users!', 'cautious-bank.json');
    expect(ids).toEqual(
      expect.arrayContaining([
        'house/cautious-bank/no-guarantees',
        'house/cautious-bank/rates-need-terms',
        'house/cautious-bank/terms-apply',
        'house/cautious-bank/brand-case',
        'house/cautious-bank/say-customers',
        'house/cautious-bank/calm',
      ]),
    );
    expect(houseIds('Our savings rate is 4.5% AER. Terms apply.', 'cautious-bank.json')).not.toContain('house/cautious-bank/terms-apply');
    expect(load('cautious-bank.json').overrides).toEqual({ hype: { severity: 'error' } });
  });

  it('playful brand: flags a rival, a health claim and a miscased brand', () => {
    const ids = houseIds('Crispyjoy beats Crunchco, and it is healthy too. #snack', 'playful-brand.json');
    expect(ids).toEqual(expect.arrayContaining(['house/playful-brand/no-rivals', 'house/playful-brand/health-claims', 'house/playful-brand/brand-case']));
  });

  it('personal creator: a sponsored post must say so, and a quiet one passes', () => {
    const ids = houseIds('This video is sponsored by a camera maker, use promo code FILM.', 'personal-creator.json');
    expect(ids).toEqual(expect.arrayContaining(['house/personal-creator/sponsor-words', 'house/personal-creator/disclose-sponsor']));
    expect(houseIds('Sponsored by a camera maker. #ad', 'personal-creator.json')).not.toContain('house/personal-creator/disclose-sponsor');
    expect(houseIds('What got you into film photography? Mine was an old camera from my dad.', 'personal-creator.json')).toEqual([]);
  });
});
