import { describe, expect, it, vi } from 'vitest';
import { ChunkCache } from '../../../rules/engine/document';
import { TermIndex } from '../../../rules/house/terms';
import { createAnalyzer } from '../../../rules/engine/analyze';
import { compilePack } from '../../../rules/house/compile';
import { parsePack } from '../../../rules/house/validate';
import { loadHousePack } from '../../../rules/house/index';
import { compiled, problemsOf } from './helpers';
import { ISSUE_PACK } from './schema.test';

const PACK = compiled(ISSUE_PACK.rules.map((r) => (r.type === 'require' ? { ...r, when: { signal: 'selfPromotion', min: 0.5 } } : r)), {
  name: 'Acme social house style',
  builtins: ISSUE_PACK.builtins,
  ratio: ISSUE_PACK.ratio,
  objective: 'community',
});

describe('compilePack', () => {
  it('namespaces rule ids under the pack id, from the name or given', () => {
    expect(PACK.id).toBe('acme-social-house-style');
    expect(PACK.rules.map((r) => r.meta.id)).toEqual(ISSUE_PACK.rules.map((r) => `house/acme-social-house-style/${r.id}`));
    expect(compiled([{ id: 'a', type: 'avoid', terms: ['x'] }], { id: 'acme' }).rules[0]?.meta.id).toBe('house/acme/a');
  });

  it("carries each rule's message, severity, platforms and on/off", () => {
    const [avoid, , , limit] = PACK.rules;
    expect(avoid?.meta).toMatchObject({ defaultSeverity: 'error', messages: { avoid: '...' }, enabledByDefault: true });
    expect(limit?.meta).toMatchObject({ defaultSeverity: 'warning', platforms: ['linkedin'], principle: 'channel-fit' });
    expect(compiled([{ id: 'a', type: 'avoid', terms: ['x'], enabled: false, principle: 'honest-and-open' }]).rules[0]?.meta).toMatchObject({
      enabledByDefault: false,
      principle: 'honest-and-open',
    });
  });

  it('turns builtins and the objective into overrides, and keeps the ratio for the history', () => {
    expect(PACK.overrides).toMatchObject({ shouting: { severity: 'error' }, 'hashtag-overload': { enabled: false }, 'hard-sell': { severity: 'error' } });
    expect(PACK.ratio).toEqual({ policy: '80/20', window: 10 });
    expect(compiled([], { ratio: 'thirds' }).ratio).toEqual({ policy: 'thirds' });
    expect(PACK.objective).toBe('community');
  });

  it('gives findings the pack rule id, message and severity, next to the built-in ones', () => {
    const analysis = createAnalyzer().analyze('We beat Globex, and SHOUTING works.', { house: PACK, platform: 'linkedin' });
    const globex = analysis.findings.find((f) => f.actual === 'Globex');
    expect(globex).toMatchObject({ ruleId: 'house/acme-social-house-style/no-competitors', severity: 'error', message: '...', principle: 'be-human' });
    expect(analysis.findings.find((f) => f.ruleId === 'shouting')?.severity).toBe('error');
    // The key keeps the namespaced id whole, so "ignore" works for house findings as for built-in ones.
    const ignored = createAnalyzer().analyze('We beat Globex.', { house: PACK, ignoredKeys: [globex?.key ?? ''] });
    expect(ignored.findings.some((f) => f.actual === 'Globex')).toBe(false);
    const off = createAnalyzer().analyze('We beat Globex.', { house: PACK, disabledRules: ['house/acme-social-house-style/no-competitors'] });
    expect(off.findings.some((f) => f.actual === 'Globex')).toBe(false);
  });

  it('keeps house word lists running on posts in other languages', () => {
    const analysis = createAnalyzer().analyze('Nuestros users están contentos con Globex hoy.', { house: PACK });
    expect(analysis.language).toBe('other');
    expect(analysis.findings.map((f) => f.actual)).toEqual(['users', 'Globex']);
  });

  it('re-analyses incrementally with a pack active: the same result as a fresh analysis, reading only the edited chunk', () => {
    const paragraph = (i: number) => `Tip ${i}: our users love short videos from Globex and acmepay. What works for your team? Price: $${i}0.\n`;
    let text = Array.from({ length: 30 }, (_, i) => paragraph(i)).join('');
    const warm = createAnalyzer();
    warm.analyze(text, { house: PACK });
    const scan = vi.spyOn(TermIndex.prototype, 'scan');
    try {
      for (const [from, to] of [
        ['short videos', 'SHORT videos'],
        ['Tip 7', 'Tip 7 from Initech'],
        ['users love', 'consumers love'],
      ] as const) {
        text = text.replace(from, to);
        scan.mockClear();
        const result = warm.analyze(text, { house: PACK });
        // The pack's word list read the one chunk that changed, not the other 29.
        expect(scan).toHaveBeenCalledTimes(1);
        expect(result).toEqual(createAnalyzer().analyze(text, { house: PACK }));
      }
    } finally {
      scan.mockRestore();
    }
  });

  it('keys per-chunk caches by the pack, so an edited pack never reads its old matches', () => {
    const cache = new ChunkCache();
    const analyzer = createAnalyzer([], cache);
    const before = compiled([{ id: 'w', type: 'avoid', terms: ['alpha'] }]);
    const after = compiled([{ id: 'w', type: 'avoid', terms: ['beta'] }]);
    expect(analyzer.analyze('alpha beta', { house: before }).findings.map((f) => f.actual)).toEqual(['alpha']);
    expect(analyzer.analyze('alpha beta', { house: after }).findings.map((f) => f.actual)).toEqual(['beta']);
  });

  it('notes the format a pack was written in', () => {
    const parsed = parsePack(ISSUE_PACK);
    expect(parsed.ok && compilePack(parsed.pack, parsed.sourceVersion)).toMatchObject({ ok: true, pack: { sourceVersion: 1 } });
  });
});

describe('a pack\'s ratio', () => {
  const PROMO = 'Our spring sale starts today: 20% off every course. Book your seat now at example.com/courses';
  /** Nine earlier posts a day apart, one of them promoting (the fifth), as the background would pass them with 80/20. */
  const recent = {
    posts: [...'vvvvpvvvv'].map((k, i) => ({ at: new Date(Date.UTC(2025, 0, 1 + i, 9)).toISOString(), kind: k === 'p' ? ('promotion' as const) : ('value' as const) })),
    policy: { share: 0.2, window: 10, label: '80/20' },
  };
  const ratioFindings = (house?: ReturnType<typeof compiled>) =>
    createAnalyzer()
      .analyze(PROMO, { platform: 'linkedin', recent, ...(house ? { house } : {}) })
      .findings.filter((f) => f.ruleId === 'self-promotion-ratio');

  it('is the policy the self-promotion-ratio rule judges by while the pack is active', () => {
    // 2 promotions in the last 10 is within 80/20; under 4-1-1 (1 in 6) the last six would hold two.
    expect(ratioFindings()).toEqual([]);
    expect(ratioFindings(compiled([], { ratio: '80/20' }))).toEqual([]);
    const strict = compiled([], { ratio: '4-1-1' });
    expect(strict.policy).toEqual({ share: 1 / 6, window: 6, label: '4-1-1' });
    expect(ratioFindings(strict)).toHaveLength(1);
    expect(ratioFindings(compiled([], { ratio: { policy: 'custom', share: 0.1, window: 10 } }))).toHaveLength(1);
  });

  it('leaves the caller\'s policy alone when the pack has no ratio', () => {
    expect(compiled([]).policy).toBeUndefined();
    expect(ratioFindings(compiled([]))).toEqual([]);
  });

  it('is refused when no promotion would fit in its window', () => {
    expect(problemsOf({ name: 'p', rules: [], ratio: { policy: 'custom', share: 0.05, window: 10 } })).toEqual([
      'ratio: a window of 10 posts is too short for 5%: not one promotion would fit; use 20 posts or more',
    ]);
  });
});

describe('the pack of issue 11, exactly as written there', () => {
  it('validates and compiles: seven namespaced rules, its builtins, objective and ratio', () => {
    const result = loadHousePack(ISSUE_PACK);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { pack } = result;
    expect(pack.sourceVersion).toBe(1);
    expect(pack.rules.map((r) => r.meta.id)).toEqual(ISSUE_PACK.rules.map((r) => `house/acme-social-house-style/${r.id}`));
    expect(pack.overrides).toMatchObject({ shouting: { severity: 'error' }, 'hashtag-overload': { enabled: false }, 'self-promotion': { severity: 'warning' } });
    expect(pack).toMatchObject({ objective: 'community', ratio: { policy: '80/20', window: 10 }, policy: { share: 0.2, window: 10, label: '80/20' } });
    const analysis = createAnalyzer().analyze('Our users love Globex less than AcmePay! Only $5 a month. #a #b #c', { platform: 'linkedin', house: pack });
    const ids = analysis.findings.map((f) => f.ruleId);
    for (const rule of ['no-competitors', 'say-customers', 'two-hashtags', 'no-prices']) expect(ids).toContain(`house/acme-social-house-style/${rule}`);
  });
});
