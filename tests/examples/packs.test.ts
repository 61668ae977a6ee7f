import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../rules/engine/analyze';
import { loadHousePack } from '../../rules/house/index';

const DIR = resolve(import.meta.dirname, '../../examples/packs');

/** For each example, a post its rules must catch (rule ids, in order of position) and one they must leave alone. */
const CASES: Record<string, { bad: string; fires: string[]; good: string }> = {
  'cautious-bank.json': {
    bad: 'Our new Northbridge saver pays 4.5% AER with guaranteed returns!!! Our clients love it. Send your sort code 12-34-56 #savings #money',
    fires: ['low-risk', 'product-names', 'rates', 'terms-with-rates', 'no-promised-returns', 'calm', 'calm', 'calm', 'say-customers', 'no-account-details', 'one-hashtag'],
    good: 'Questions about your account? Our team is here 8am to 8pm. Send us a private message and we will help.',
  },
  'playful-brand.json': {
    bad: 'Hey customers! Try new fizzpop, way better than Sodaco 🎉🎉🎉🎉🎉',
    fires: ['fizz-fam', 'brand-names', 'competitors', 'emoji-budget'],
    good: 'What flavour should FizzPop try next? Tell us below 🍓',
  },
  'personal-creator.json': {
    bad: 'New episode of the slow build is out. I utilize the the best tools: amzn.to/3xYz please share',
    fires: ['show-name', 'plain-words', 'repeats', 'affiliate-links', 'disclose', 'no-begging'],
    good: 'This week on The Slow Build: why I stopped posting daily, and what happened to my replies. What would you cut?',
  },
};

describe('example packs', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

  it('are the three the README names, each with cases here', () => {
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const file of files) {
    it(`${file} is valid, names the JSON Schema, and its rules fire where they should`, () => {
      const text = readFileSync(resolve(DIR, file), 'utf8');
      expect(JSON.parse(text).$schema).toBe('../../schemas/house-pack.schema.json');
      const result = loadHousePack(text);
      expect(result.ok ? [] : result.problems).toEqual([]);
      if (!result.ok) return;
      const { bad, fires, good } = CASES[file] ?? { bad: '', fires: [], good: '' };
      const analyzer = createAnalyzer();
      const house = (post: string) =>
        analyzer
          .analyze(post, { house: result.pack, platform: 'instagram' })
          .findings.filter((f) => f.ruleId.startsWith(`house/${result.pack.id}/`))
          .map((f) => f.ruleId.split('/')[2]);
      expect(house(bad)).toEqual(fires);
      expect(house(good)).toEqual([]);
    });
  }
});
