import type { PlatformId } from '../../platforms/types';
import { createAnalyzer, loadHousePack, type CompiledHousePack } from '../../rules/index';
import type { Contender } from './runner';
import { int, pick, type Rng } from './texts';

/** The pack size issue 11 sets the target at: 200 rules and 2,000 terms. */
export const PACK_RULES = 200;
export const PACK_TERMS = 2000;

const REAL_WORDS = ['users', 'synergy', 'leverage', 'customers', 'innovative', 'solution', 'team', 'launch', 'today', 'free'];

/**
 * A made-up brand pack of every rule type at the issue's size, mostly words nobody writes (as a real
 * style's list mostly is, for any one post) with a few common words so some rules fire: 60 avoid rules of
 * 25 terms, 40 prefer rules of 10, 20 capitalization rules of 5 (2,000 terms), then 80 rules of the other
 * types (patterns, limits, requirements, thresholds, repetition).
 */
export function benchPack(rng: Rng): CompiledHousePack {
  const word = (i: number) => `${pick(rng, ['glo', 'ini', 'zor', 'vex', 'qua', 'blu'])}${pick(rng, ['bex', 'tech', 'mart', 'ly', 'ora'])}${i}`;
  let n = 0;
  const terms = (count: number) => Array.from({ length: count }, (_, i) => (i === 0 ? pick(rng, REAL_WORDS) : word(n++)));
  const rules: unknown[] = [];
  for (let i = 0; i < 60; i++) rules.push({ id: `avoid-${i}`, type: 'avoid', terms: terms(25) });
  for (let i = 0; i < 40; i++) rules.push({ id: `prefer-${i}`, type: 'prefer', use: `house${i}`, instead: terms(10) });
  for (let i = 0; i < 20; i++) rules.push({ id: `brand-${i}`, type: 'capitalization', terms: Array.from({ length: 5 }, () => `Acme${word(n++)}`) });
  for (let i = 0; i < 30; i++) rules.push({ id: `pattern-${i}`, type: 'pattern', pattern: `\\b${word(n++)}\\d{${int(rng, 1, 4)}}\\b|\\$\\s?${i}\\d+` });
  const counts = ['hashtags', 'mentions', 'links', 'emoji', 'exclamations', 'sentences', 'characters'];
  for (let i = 0; i < 20; i++) rules.push({ id: `limit-${i}`, type: 'limit', count: counts[i % counts.length], max: 2 + i * 50 });
  for (let i = 0; i < 10; i++) rules.push({ id: `require-${i}`, type: 'require', pattern: `#ad${i}\\b`, when: { signal: 'selfPromotion', min: 0.5 + i / 25 } });
  const signals = ['conversational', 'selfPromotion', 'corporate', 'risk', 'engagementBait'];
  for (let i = 0; i < 10; i++) rules.push({ id: `threshold-${i}`, type: 'threshold', signal: signals[i % signals.length], max: 0.9 });
  for (let i = 0; i < 10; i++) rules.push({ id: `repeat-${i}`, type: 'repetition' });
  const result = loadHousePack({ name: 'Bench brand', version: 2, rules });
  if (!result.ok) throw new Error(`bench pack refused: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.pack;
}

/**
 * Full analysis without and with the pack, as the two contenders of one interleaved run: each iteration a
 * fresh analyzer (empty chunk cache), the pack compiled once beforehand as the background compiles it.
 */
export function packContenders(pack: CompiledHousePack, platform: PlatformId | undefined): Contender<string>[] {
  return [
    { name: 'rapport', run: (text) => createAnalyzer().analyze(text, platform ? { platform } : {}) },
    { name: 'rapport + pack', run: (text) => createAnalyzer().analyze(text, { house: pack, ...(platform ? { platform } : {}) }) },
  ];
}
