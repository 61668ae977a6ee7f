import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyze, createAnalyzer, fillTemplate } from '../../../rules/engine/analyze';
import { defineRule, type AnyRule, type RuleContext } from '../../../rules/engine/rule';
import { SIGNAL_NAMES, findingKey, houseRuleId, parseFindingKey } from '../../../rules/engine/types';

function wordRule(id: string, word: string, extra: Partial<AnyRule['meta']> = {}): AnyRule {
  return defineRule({
    meta: {
      id,
      principle: 'be-human',
      defaultSeverity: 'warning',
      enabledByDefault: true,
      docs: { summary: 'test', rationale: 'test', whenNotToUse: 'test' },
      examples: { bad: [word], good: ['x'] },
      messages: { found: 'Found "{actual}" ({n}).' },
      options: z.object({ n: z.number().default(1) }),
      ...extra,
    },
    check({ doc, options }) {
      const out = [];
      for (let i = doc.text.indexOf(word); i >= 0; i = doc.text.indexOf(word, i + 1)) {
        out.push({ start: i, end: i + word.length, data: { n: options.n } });
      }
      return out;
    },
  });
}

describe('analyze', () => {
  it('returns findings sorted by position with the fields the product relies on', () => {
    const analyzer = createAnalyzer([wordRule('synergy-word', 'synergy'), wordRule('leverage-word', 'leverage')]);
    const text = 'We leverage synergy and more synergy.';
    const { findings, score, principles } = analyzer.analyze(text);
    expect(findings.map((f) => [f.ruleId, f.start, f.actual])).toEqual([
      ['leverage-word', 3, 'leverage'],
      ['synergy-word', 12, 'synergy'],
      ['synergy-word', 29, 'synergy'],
    ]);
    expect(findings[0]).toMatchObject({ principle: 'be-human', severity: 'warning', message: 'Found "leverage" (1).', key: findingKey('leverage-word', 'leverage') });
    expect(score).toBe(100 - 30);
    expect(principles.find((p) => p.id === 'be-human')).toMatchObject({ status: 'problem', count: 3, penalty: 30 });
    // No rule of this analyzer speaks for people-first: it was not checked, so it is not shown as passed.
    expect(principles.find((p) => p.id === 'people-first')).toMatchObject({ status: 'not-checked', penalty: 0 });
  });

  it('gives an empty draft no score and no passed checks', () => {
    for (const text of ['', '  \n\t ']) {
      const { score, principles, findings, notes } = analyze(text);
      expect(score).toBeNull();
      expect(findings).toEqual([]);
      expect(principles.length).toBeGreaterThan(0);
      expect(principles.every((p) => p.status === 'not-checked')).toBe(true);
      expect(notes.join(' ')).toMatch(/empty/);
    }
  });

  it('does not score a post in another language, runs the privacy checks that work in any language and says which', () => {
    const drafts = [
      ['Ich bin morgen nicht da, ruf mich an unter 0171 2345678. Liebe Grüße', '0171 2345678'],
      ['Wir wohnen jetzt in der Lindenstraße 12, kommt vorbei!', 'Lindenstraße 12'],
      ['Nous habitons maintenant au 12 rue de la Paix, passez nous voir !', '12 rue de la Paix'],
      ['Vivimos en Calle Mayor 5, ¡venid cuando queráis!', 'Calle Mayor 5'],
      ['今日はありがとうございました。連絡は taro.yamada.88@gmail.com までお願いします', 'taro.yamada.88@gmail.com'],
    ] as const;
    for (const [text, flagged] of drafts) {
      const { score, principles, findings, notes, language } = analyze(text);
      expect(language, text).toBe('other');
      expect(score, text).toBeNull();
      expect(findings.map((f) => [f.ruleId, f.actual]), text).toEqual([['personal-data', flagged]]);
      expect(principles.find((p) => p.id === 'keep-private-private')?.status, text).toBe('problem');
      expect(principles.find((p) => p.id === 'people-first')?.status, text).toBe('not-checked');
      expect(principles.some((p) => p.status === 'pass')).toBe(true); // length and the like did run
      expect(notes.join(' ')).toMatch(/not scored.*phone numbers, e-mail addresses, IBANs/);
    }
  });

  it('shows a principle whose rules the user turned off as not checked, and still scores the draft', () => {
    const analyzer = createAnalyzer([wordRule('synergy-word', 'synergy'), wordRule('leverage-word', 'leverage')]);
    const { score, principles } = analyzer.analyze('We leverage synergy.', { disabledRules: ['synergy-word', 'leverage-word'] });
    expect(score).toBe(100);
    expect(principles.find((p) => p.id === 'be-human')?.status).toBe('not-checked');
  });

  it('gives every signal in range, even for empty text', () => {
    for (const text of ['', 'Hello!', 'BUY NOW!!!']) {
      const { signals } = analyze(text);
      expect(Object.keys(signals).sort()).toEqual([...SIGNAL_NAMES].sort());
      for (const [name, value] of Object.entries(signals)) {
        expect(value).toBeGreaterThanOrEqual(name === 'sentiment' ? -1 : 0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });

  it('isolates a throwing rule and says so', () => {
    const broken = { ...wordRule('broken-rule', 'x'), check: () => { throw new Error('boom'); } };
    const analyzer = createAnalyzer([broken, wordRule('synergy-word', 'synergy')]);
    const result = analyzer.analyze('synergy');
    expect(result.findings.map((f) => f.ruleId)).toEqual(['synergy-word']);
    expect(result.notes.join(' ')).toMatch(/broken-rule/);
  });

  it('skips a rule whose house options are invalid, and applies valid ones', () => {
    const analyzer = createAnalyzer([wordRule('synergy-word', 'synergy')]);
    const bad = analyzer.analyze('synergy', { house: { name: 'p', rules: [], overrides: { 'synergy-word': { options: { n: 'lots' } } } } });
    expect(bad.findings).toEqual([]);
    expect(bad.notes.join(' ')).toMatch(/options are not valid/);
    const good = analyzer.analyze('synergy', { house: { name: 'p', rules: [], overrides: { 'synergy-word': { options: { n: 3 }, severity: 'error' } } } });
    expect(good.findings[0]).toMatchObject({ message: 'Found "synergy" (3).', severity: 'error' });
  });

  it('drops findings whose spans fall outside the text', () => {
    const liar = { ...wordRule('liar-rule', 'x'), check: () => [{ start: 2, end: 99 }, { start: 3, end: 1 }, { start: 0, end: 1 }] };
    expect(createAnalyzer([liar]).analyze('abc').findings.map((f) => [f.start, f.end])).toEqual([[0, 1]]);
  });

  it('honours disabled rules, ignored keys, platforms and house packs', () => {
    const analyzer = createAnalyzer([wordRule('synergy-word', 'synergy'), wordRule('x-only', 'post', { platforms: ['x'] })]);
    const text = 'synergy post';
    expect(analyzer.analyze(text, { disabledRules: ['synergy-word'] }).findings).toEqual([]);
    expect(analyzer.analyze(text, { ignoredKeys: [findingKey('synergy-word', 'Synergy')] }).findings).toEqual([]);
    expect(analyzer.analyze(text, { platform: 'x' }).findings.map((f) => f.ruleId)).toEqual(['synergy-word', 'x-only']);
    expect(analyzer.analyze(text, { platform: 'linkedin' }).findings.map((f) => f.ruleId)).toEqual(['synergy-word']);
    const house = { name: 'brand', rules: [wordRule('house-term', 'post')], overrides: { 'synergy-word': { enabled: false } } };
    expect(analyzer.analyze(text, { house, platform: 'linkedin' }).findings.map((f) => f.ruleId)).toEqual(['house-term']);
  });

  it('works out again which rules apply when the turned-off rules or the platform change, with the same pack', () => {
    const analyzer = createAnalyzer([wordRule('synergy-word', 'synergy')]);
    const house = { name: 'brand', rules: [wordRule('house-term', 'post', { platforms: ['x'] })], overrides: {} };
    const ids = (options: Parameters<typeof analyzer.analyze>[1]) => analyzer.analyze('synergy post', options).findings.map((f) => f.ruleId);
    expect(ids({ house, platform: 'x' })).toEqual(['synergy-word', 'house-term']);
    expect(ids({ house, platform: 'x', disabledRules: ['house-term'] })).toEqual(['synergy-word']);
    expect(ids({ house, platform: 'linkedin' })).toEqual(['synergy-word']);
    expect(ids({ house, platform: 'x', disabledRules: ['synergy-word'] })).toEqual(['house-term']);
    expect(ids({ house, platform: 'x' })).toEqual(['synergy-word', 'house-term']);
    expect(ids({ platform: 'x' })).toEqual(['synergy-word']);
  });

  it('hands every rule the profile and the recent posts it was given, and an empty history otherwise', () => {
    const seen: unknown[] = [];
    const spy = { ...wordRule('spy-rule', 'x'), check: (context: RuleContext) => (seen.push([context.profile, context.recent]), []) };
    const analyzer = createAnalyzer([spy]);
    analyzer.analyze('a post');
    const profile = { id: 'acme', name: 'Acme', objective: 'community' as const };
    const recent = { posts: [{ at: '2026-12-01T10:00:00Z', kind: 'promotion' as const }], policy: { share: 0.2, window: 10, label: '80/20' } };
    analyzer.analyze('a post', { profile, recent });
    expect(seen).toEqual([[undefined, { posts: [] }], [profile, recent]]);
  });

  it('keeps ignore keys apart whatever characters rule ids and flagged words hold', () => {
    expect(findingKey('house/acme:x', 'y')).not.toBe(findingKey('house/acme', 'x:y'));
    expect(parseFindingKey(findingKey('house/acme/no:prices', '$5'))).toEqual({ ruleId: 'house/acme/no:prices', actual: '$5' });
    expect(parseFindingKey('not a key')).toBeUndefined();
    expect(parseFindingKey('["only one"]')).toBeUndefined();
    const analyzer = createAnalyzer([wordRule('house/acme/odd:id', 'post')]);
    const [finding] = analyzer.analyze('a post').findings;
    expect(finding?.key).toBe(findingKey('house/acme/odd:id', 'post'));
    expect(analyzer.analyze('a post', { ignoredKeys: [finding?.key ?? ''] }).findings).toEqual([]);
  });

  it('runs, ignores, overrides and turns off a pack rule by its namespaced id, slashes and colons included', () => {
    const id = houseRuleId('acme/eu', 'no:prices');
    const house = { name: 'acme/eu', rules: [wordRule(id, 'post')], overrides: {} };
    const analyzer = createAnalyzer([]);
    const [finding] = analyzer.analyze('a post', { house }).findings;
    expect(finding).toMatchObject({ ruleId: 'house/acme%2Feu/no:prices', key: findingKey(id, 'post') });
    expect(parseFindingKey(finding?.key ?? '')?.ruleId).toBe(id);
    expect(analyzer.analyze('a post', { house, ignoredKeys: [finding?.key ?? ''] }).findings).toEqual([]);
    expect(analyzer.analyze('a post', { house, disabledRules: [id] }).findings).toEqual([]);
    expect(analyzer.analyze('a post', { house: { ...house, overrides: { [id]: { severity: 'error' } } } }).findings[0]?.severity).toBe('error');
  });

  it('stays quiet on other languages, says so once, and keeps language-independent rules', () => {
    const analyzer = createAnalyzer([wordRule('synergy-word', 'synergy'), wordRule('contact', '@', { languageIndependent: true })]);
    const spanish = 'Hoy lanzamos nuestra synergy nueva y queremos saber qué opinan todos ustedes, escríbanos a hola@ejemplo.es';
    const result = analyzer.analyze(spanish);
    expect(result.language).toBe('other');
    expect(result.findings.map((f) => f.ruleId)).toEqual(['contact']);
    expect(result.notes.filter((n) => /language/.test(n))).toHaveLength(1);
    expect(analyzer.analyze('日本語の投稿です。皆さんはどう思いますか？ synergy').language).toBe('other');
    expect(analyzer.analyze('What do you think about this synergy?').language).toBe('en');
    expect(analyzer.analyze('Congrats @maria! 🎉').language).toBe('en');
  });

  it('fills message templates and leaves unknown placeholders visible', () => {
    expect(fillTemplate('"{actual}" x{n} {other}', { actual: 'hi', n: 2 })).toBe('"hi" x2 {other}');
  });
});

describe('language detection', () => {
  const analyzer = createAnalyzer([]);
  it.each([
    'Huge sale! 50% off everything, use code SPRING50. Shop now!',
    'Check my channel &amp; subscribe www.example.com/watch?v=abc123',
    'Brilliant!!',
    'Congrats @maria! 🎉 #teamwork',
  ])('treats %j as English', (text) => {
    expect(analyzer.analyze(text).language).toBe('en');
  });
  it.each([
    'Hoy lanzamos nuestra nueva tienda y queremos saber qué opinan ustedes',
    'Nous sommes très heureux de vous présenter notre nouvelle collection',
    'Wir freuen uns sehr, heute unsere neue App vorzustellen, danke an alle',
    'Vandaag lanceren wij onze nieuwe website, bedankt voor jullie hulp',
    'Привет всем, сегодня мы запускаем новый продукт',
    '今日は新しい製品を発表します。皆さんの意見を聞かせてください',
  ])('treats %j as another language', (text) => {
    expect(analyzer.analyze(text).language).toBe('other');
  });
});
