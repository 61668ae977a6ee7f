import { describe, expect, it } from 'vitest';
import { cueAlternatives, rewriteForFold, spellOut, topLevelAlternatives } from '../../../../scripts/eval/cv/alternatives';
import type { CuePattern } from '../../../../rules/signals/cues';

describe('topLevelAlternatives', () => {
  it('splits on "|" outside groups, classes and escapes', () => {
    expect(topLevelAlternatives('a|[|]|(b|c)|\\|d')).toEqual(['a', '[|]', '(b|c)', '\\|d']);
  });
});

describe('spellOut', () => {
  it('spells out the longest plain word list, one variant per word', () => {
    expect(spellOut('\\b(?:my|our)\\s+(?:vlog|blog|channel)')).toEqual([
      '\\b(?:my|our)\\s+(?:vlog)',
      '\\b(?:my|our)\\s+(?:blog)',
      '\\b(?:my|our)\\s+(?:channel)',
    ]);
  });
  it('leaves lookarounds and repeated groups whole', () => {
    expect(spellOut('(?<!q|r)z(?=s|t)')).toEqual(['(?<!q|r)z(?=s|t)']);
    expect(spellOut('x(?:a|b)+y')).toEqual(['x(?:a|b)+y']);
  });
  it('keeps what the whole matched', () => {
    const whole = /\bcheck\s+(?:out\s+)?(?:my|our)\s+(?:vlog|blog|channel)\b/i;
    const parts = spellOut(whole.source).map((s) => new RegExp(s, 'i'));
    for (const text of ['check out my blog', 'check our channel', 'check my vlog', 'check out your blog']) {
      expect(parts.some((p) => p.test(text))).toBe(whole.test(text));
    }
  });
});

describe('rewriteForFold', () => {
  const pattern: CuePattern = { re: /\bsubscribe\b|\bsuscribir\b|\bmy\s+(?:vlog|mixtape)\b/gi, weight: 1, kind: 'ask' };
  const alternatives = cueAlternatives([pattern]);
  const texts = ['please subscribe', 'suscribir por favor', 'nice song', 'my vlog is up'];
  const matches = texts.map((t) => alternatives.flatMap((a, i) => (a.test.test(t) ? [i] : [])));

  it('drops alternatives only held-out rows match, keeps ones no row matches', () => {
    const rewritten = rewriteForFold(alternatives, matches, [true, false, true, true]);
    const re = rewritten.get(pattern)!;
    expect(re.test('suscribir')).toBe(false);
    expect(new RegExp(re.source, 'i').test('subscribe')).toBe(true);
    // "mixtape" matched no row at all: written from elsewhere, so it stays.
    expect(new RegExp(re.source, 'i').test('my mixtape')).toBe(true);
    expect(re.flags).toBe(pattern.re.flags);
  });

  it('changes nothing when the training rows need every alternative they could', () => {
    expect(rewriteForFold(alternatives, matches, [true, true, false, true]).size).toBe(0);
  });

  it('drops a pattern whole when nothing of it is left', () => {
    const only: CuePattern = { re: /\bsuscribir\b/gi, weight: 1, kind: 'ask' };
    const alts = cueAlternatives([only]);
    const rewritten = rewriteForFold(alts, [[0], []], [false, true]);
    expect(rewritten.get(only)).toBeNull();
  });
});
