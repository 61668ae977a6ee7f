import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import type { PlatformId } from '../../../platforms/types';
import { analyze, classifyKind, createKindClassifier, RULES, type Finding, type Signals } from '../../../rules/index';
import { KIND_RULE_IDS } from '../../../rules/engine/classify-kind';
import { SIGNALS } from '../../../rules/signals';
import { classifyKind as decideKind } from '../../../rules/signals/kind';

// The tagger as it is, counting its loads: tagging is what makes a full analysis slow.
const tagged = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../rules/engine/tagger', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../rules/engine/tagger')>();
  return { loadTagger: () => (tagged.calls++, original.loadTagger()) };
});

const repoRoot = resolve(import.meta.dirname, '../../..');
const DEV = resolve(repoRoot, '../shared/data/dev');
const DEV_SETS = ['clickbait.csv', 'corporate-messaging.csv', 'vader-tweets.csv', 'youtube-spam.csv'];

type Row = Record<string, string>;
const readCsv = (path: string) => parse(readFileSync(path, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Row[];

/** Texts whose kind classifyKind gives differently from analyze(), with both answers. */
function mismatches(posts: readonly { text: string; platform?: PlatformId }[]) {
  const classifier = createKindClassifier();
  const out: { text: string; platform?: PlatformId; fast: unknown; full: unknown }[] = [];
  for (const { text, platform } of posts) {
    const fast = classifier.classify(text, platform);
    const full = analyze(text, platform ? { platform } : {}).kind;
    if (JSON.stringify(fast) !== JSON.stringify(full)) out.push({ text, platform, fast, full });
  }
  return out;
}

describe('classifyKind', () => {
  it('gives the kind analyze() gives, with the same reasons', () => {
    const cases: [string, PlatformId | undefined][] = [
      ['Check out my new channel and subscribe!', undefined],
      ['Buy now, only 3 left in stock.', 'x'],
      ['@sam thanks so much, that made my day!', 'x'],
      ['Here is how we cut our build time in half: cache the dependencies and run the tests in parallel.', 'linkedin'],
      ['example.com/my-course', 'youtube'],
      ['Quarterly results are out today.', undefined],
      ['Gracias a todos por venir hoy, nos vemos pronto en la tienda', undefined],
      // An order in English promotes; the same order in a Spanish post is not read (rules for English stay quiet).
      ['Hurry up! Our shop is open today for you, thanks to all the customers', undefined],
      ['Hurry up! Nuestra tienda está abierta hoy para ustedes, gracias a todos los clientes', undefined],
      ['', undefined],
    ];
    for (const [text, platform] of cases) expect(classifyKind(text, platform), text).toEqual(analyze(text, platform ? { platform } : {}).kind);
    expect(cases.slice(-3, -1).map(([text]) => classifyKind(text).kind)).toEqual(['promotion', 'other']);
  });

  it('agrees with analyze() on every post of the in-repo brand set, on its platform', () => {
    const rows = readCsv(resolve(repoRoot, 'tests/fixtures/posts/brand-posts.csv'));
    expect(rows.length).toBeGreaterThan(300);
    expect(mismatches(rows.map((r) => ({ text: r.text ?? '', platform: r.platform as PlatformId })))).toEqual([]);
  });

  it('tags no sentence: compromise\u2019s tagger is never asked for', () => {
    const texts = readCsv(resolve(repoRoot, 'tests/fixtures/posts/brand-posts.csv')).map((r) => r.text ?? '');
    const classifier = createKindClassifier();
    const before = tagged.calls;
    for (const text of texts) classifier.classify(text, 'linkedin');
    expect(tagged.calls).toBe(before);
    analyze('Why this one weird trick will change how you cook forever', { platform: 'linkedin' });
    expect(tagged.calls).toBeGreaterThan(before);
  });

  it('lists every rule whose finding can change the kind decision', () => {
    // A finding from any other rule must leave every decision as it was, whatever the signals.
    const quiet = Object.fromEntries(Object.keys(SIGNALS).map((name) => [name, 0])) as Signals;
    const settings: Signals[] = [quiet, { ...quiet, conversational: 0.9 }, { ...quiet, valueAdd: 0.9 }, { ...quiet, selfPromotion: 0.3 }];
    const deciding = RULES.map((rule) => rule.meta.id).filter((ruleId) =>
      settings.some((signals) => decideKind(signals, [{ ruleId } as Finding]).kind !== decideKind(signals, []).kind),
    );
    expect(deciding.sort()).toEqual([...KIND_RULE_IDS].sort());
  });
});

describe.skipIf(!existsSync(DEV))('classifyKind on the dev sets (../shared/data/dev, read in place)', () => {
  it('agrees with analyze() on every text of the four sets', { timeout: 300_000 }, () => {
    const posts = DEV_SETS.flatMap((file) => readCsv(resolve(DEV, file)).map((r) => ({ text: r.text ?? '', platform: file === 'youtube-spam.csv' ? ('youtube' as const) : undefined })));
    expect(posts.length).toBeGreaterThan(10_000);
    expect(mismatches(posts)).toEqual([]);
  });
});
