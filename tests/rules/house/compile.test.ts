import { describe, expect, it, vi } from 'vitest';
import { ChunkCache } from '../../../rules/engine/document';
import { TermIndex } from '../../../rules/house/terms';
import { createAnalyzer } from '../../../rules/engine/analyze';
import { compilePack } from '../../../rules/house/compile';
import { parsePack } from '../../../rules/house/validate';
import { compiled } from './helpers';
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
