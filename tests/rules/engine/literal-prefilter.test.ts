import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Haystack, literalPlan, mayMatch } from '../../../rules/engine/literal-prefilter';

/** Each alternative's needs, their strings sorted; null when the expression is not read. */
function needs(re: RegExp): string[][][] | null {
  const plan = literalPlan(re);
  return plan && plan.alternatives.map((alt) => alt.needs.map((need) => [...need].sort()));
}

describe('literalPlan', () => {
  it('finds the strings every match must contain, lowered when the expression ignores case', () => {
    expect(needs(/link in bio/gi)).toEqual([[['link in bio']]]);
    expect(needs(/we['’]?re hiring/giu)).toEqual([[["we're hiring", 'were hiring', 'we’re hiring']]]);
    expect(needs(/SALE/g)).toEqual([[['SALE']]]);
  });

  it('asks for each literal part of a match, not only the longest', () => {
    expect(needs(/\bcheck\s+out\b/gi)).toEqual([[['check'], ['out']]]);
    expect(needs(/\bLink\s+in\s+Bio\b/gi)).toEqual([[['link'], ['in'], ['bio']]]);
    expect(needs(/\bfree\s+(?:delivery|gift)\b/gi)).toEqual([[['free'], ['delivery', 'gift']]]);
  });

  it('lets lookarounds and word boundaries join the literals on either side, since they consume nothing', () => {
    expect(needs(/(?<=^|\. )buy(?=\s)now/gi)).toEqual([[['buynow']]]);
    expect(needs(/\bdm\b us/gi)).toEqual([[['dm us']]]);
  });

  it('reads the top-level alternatives apart, or those of a group that is all an expression consumes', () => {
    expect(needs(/\b(?:sale|discount)s?\b|50% off/gi)).toEqual([[['discount', 'sale']], [['50% off']]]);
    const wrapped = literalPlan(/(?<![\p{L}])(?:thanks|cheers)(?!\p{L})/giu)!;
    expect(wrapped.before).toBe('(?<![\\p{L}])(?:');
    expect(wrapped.alternatives.map((alt) => alt.source)).toEqual(['thanks', 'cheers']);
    expect(wrapped.after).toBe(')(?!\\p{L})');
    // A group with a quantifier, or beside what else the expression consumes, is read as one.
    expect(literalPlan(/(?:sale|deal)s/gi)!.alternatives).toHaveLength(1);
    expect(literalPlan(/(?:sale|deal)+/gi)!.alternatives).toHaveLength(1);
  });

  it('asks nothing of an alternative whose matches need contain no literal of two characters or more, or one mark', () => {
    expect(needs(/\d+x/g)).toEqual([[]]);
    expect(needs(/\d+%/g)).toEqual([[['%']]]);
    expect(needs(/[$€]\s?\d+|\d+\s?(?:€|eur)\b/giu)).toEqual([[['$', '€']], [['eur', '€']]]);
    expect(needs(/\bhi\b|\bu\b/gi)).toEqual([[['hi']], []]);
    expect(needs(/(?:buy)?\s+now|\w+ly/gi)).toEqual([[['now']], [['ly']]]);
    expect(needs(/(?:buy)*/g)).toEqual([[]]);
  });

  it('says nothing for syntax it does not read, rather than guess', () => {
    expect(literalPlan(/(sale)\1/g)).toBeNull();
    expect(literalPlan(/(?<w>sale)\k<w>/g)).toBeNull();
    expect(literalPlan(/[\p{L}--[a-z]]sale/gv)).toBeNull();
    expect(literalPlan(/sale{/g)).toBeNull();
  });

  it('keeps letters beyond ASCII out of the literals of an expression that ignores case', () => {
    expect(needs(/straße/gi)).toEqual([[['stra']]]);
    expect(needs(/straße/g)).toEqual([[['straße']]]);
    expect(needs(/caf[eé]s/gi)).toEqual([[['caf']]]);
    expect(needs(/it’s/gi)).toEqual([[['it’s']]]);
  });

  it('keeps characters without case in the literals, such as the modifier apostrophe', () => {
    expect(needs(/iʼm/giu)).toEqual([[['iʼm']]]);
    expect(needs(/\p{L}+['ʼ](?:re|ve)/giu)).toEqual([[["'re", "'ve", 'ʼre', 'ʼve']]]);
  });

  it('relies on no character with case matching one without case when case is ignored', () => {
    // Characters without case are matched ignoring case by themselves alone; checked here on every code
    // point with one expression for all of them, which matches no other character unless one does.
    const caseless = (ch: string) => ch.toLowerCase() === ch && ch.toUpperCase() === ch;
    const ranges: [number, number][] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if ((cp >= 0xd800 && cp <= 0xdfff) || !caseless(String.fromCodePoint(cp))) continue;
      const last = ranges.at(-1);
      if (last && last[1] === cp - 1) last[1] = cp;
      else ranges.push([cp, cp]);
    }
    const hex = (cp: number, unicode: boolean) => (unicode ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`);
    const wrong: string[] = [];
    for (const unicode of [true, false]) {
      const limit = unicode ? 0x10ffff : 0xffff;
      const source = ranges
        .filter(([from]) => from <= limit)
        .map(([from, to]) => `${hex(from, unicode)}-${hex(Math.min(to, limit), unicode)}`)
        .join('');
      const folded = new RegExp(`^[${source}]$`, unicode ? 'iu' : 'i');
      const exact = new RegExp(`^[${source}]$`, unicode ? 'u' : '');
      for (let cp = 0; cp <= limit; cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        const ch = String.fromCodePoint(cp);
        if (folded.test(ch) !== exact.test(ch)) wrong.push(`U+${cp.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('mayMatch', () => {
  it('is false only when the text has none of the literals, in any case', () => {
    expect(mayMatch(/\blink in bio\b/gi, new Haystack('LINK IN BIO 👆'))).toBe(true);
    expect(mayMatch(/\blink in bio\b/gi, new Haystack('a link to the bio'))).toBe(false);
    expect(mayMatch(/SALE/g, new Haystack('a sale'))).toBe(false);
  });

  it('is false when no alternative finds every part it needs', () => {
    expect(mayMatch(/\bcheck\s+out\b|\bsubscribe\b/gi, new Haystack('check the news'))).toBe(false);
    expect(mayMatch(/\bcheck\s+out\b|\bsubscribe\b/gi, new Haystack('check it out'))).toBe(true);
    expect(mayMatch(/\bcheck\s+out\b|\bsubscribe\b/gi, new Haystack('Subscribe!'))).toBe(true);
  });

  it('always searches a text with a long s, which a Unicode expression ignoring case matches as s', () => {
    const re = /\bsale\b/giu;
    expect(re.test('a ſale')).toBe(true);
    expect(mayMatch(re, new Haystack('a ſale'))).toBe(true);
    expect(mayMatch(/\bsale\b/gi, new Haystack('a ſale'))).toBe(false);
    expect(/\bsale\b/gi.test('a ſale')).toBe(false);
    expect(mayMatch(/kelvin/giu, new Haystack('\u212aelvin'))).toBe(true);
  });
});

/* Generated expressions, with texts made from what they match and then changed in case and letter forms. */

type Gen = { source: string; sample: (pick: () => number) => string };

const ALPHABET = ['a', 'b', 'k', 's', 'S', 'K', "'", '’', 'ʼ', ' ', '#', '.', '-', 'é', '1'];
const escape = (ch: string) => (/[.*+?^${}()|[\]\\/-]/.test(ch) ? `\\${ch}` : ch);

const literal: fc.Arbitrary<Gen> = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 4 }).map((chars) => ({
  source: chars.map(escape).join(''),
  sample: () => chars.join(''),
}));
const charClass: fc.Arbitrary<Gen> = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 3 }).map((chars) => ({
  source: `[${chars.map(escape).join('')}]`,
  sample: (pick) => chars[pick() % chars.length]!,
}));
const wide: fc.Arbitrary<Gen> = fc.constantFrom<Gen>(
  { source: '\\w', sample: () => 'x' },
  { source: '\\s', sample: () => ' ' },
  { source: '.', sample: () => 'z' },
  { source: '\\d', sample: () => '7' },
);
const assertion: fc.Arbitrary<Gen> = fc.constantFrom<Gen>(
  { source: '\\b', sample: () => '' },
  { source: '(?=a)', sample: () => '' },
  { source: '(?<!b)', sample: () => '' },
  { source: '^', sample: () => '' },
);

const { node } = fc.letrec<{ node: Gen; sequence: Gen }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal,
    charClass,
    wide,
    assertion,
    fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }).map((alts) => ({
      source: `(?:${alts.map((a) => a.source).join('|')})`,
      sample: (pick: () => number) => alts[pick() % alts.length]!.sample(pick),
    })),
    fc.tuple(tie('node'), fc.constantFrom<[string, number, number]>(['?', 0, 1], ['*', 0, 2], ['+', 1, 2], ['{2}', 2, 2], ['{1,3}', 1, 3])).map(([inner, [q, min, max]]) => ({
      source: `(?:${inner.source})${q}`,
      sample: (pick: () => number) => {
        const n = min + (pick() % (max - min + 1));
        return Array.from({ length: n }, () => inner.sample(pick)).join('');
      },
    })),
  ),
  sequence: fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((items) => ({
    source: items.map((i) => i.source).join(''),
    sample: (pick: () => number) => items.map((i) => i.sample(pick)).join(''),
  })),
}));

/** Case and letter-form changes an expression ignoring case may still match through. */
const FORMS: Readonly<Record<string, string[]>> = { s: ['S', '\u017f'], S: ['s', '\u017f'], k: ['K', '\u212a'], K: ['k', '\u212a'], a: ['A'], b: ['B'], é: ['É'], i: ['İ'] };

describe('generated expressions', () => {
  it('never rules out a text the expression matches', () => {
    let matched = 0;
    let ruledOut = 0;
    fc.assert(
      fc.property(
        node,
        fc.constantFrom('g', 'gi', 'giu', 'gu', 'i', 'iu'),
        fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
        fc.string({ maxLength: 6 }),
        fc.string({ maxLength: 6 }),
        (gen, flags, picks, before, after) => {
          let re: RegExp;
          try {
            re = new RegExp(gen.source, flags);
          } catch {
            return;
          }
          let n = 0;
          const pick = () => picks[n++ % picks.length]!;
          const sample = [...gen.sample(pick)].map((ch) => {
            const forms = FORMS[ch];
            const choice = pick() % 4;
            return forms && choice < forms.length ? forms[choice]! : ch;
          });
          const text = before + sample.join('') + after;
          re.lastIndex = 0;
          const possible = mayMatch(re, new Haystack(text));
          if (re.test(text)) {
            matched++;
            expect(possible, `/${re.source}/${re.flags} on ${JSON.stringify(text)}`).toBe(true);
          }
          // The same expression on a text made of other characters: the prefilter should rule most of those out.
          re.lastIndex = 0;
          if (!mayMatch(re, new Haystack('xyz 0 xyz'))) ruledOut++;
        },
      ),
      { numRuns: 3000 },
    );
    // The generated texts exercise the property: most match their expression, and many expressions have literals.
    expect(matched).toBeGreaterThan(1500);
    expect(ruledOut).toBeGreaterThan(300);
  });
});

describe('the engine’s cue expressions on real posts', () => {
  it('are never skipped where they match, also with the text in capitals or with long s', async () => {
    const { BRAND } = await import('../../../rules/signals/brand-voice');
    const { BAIT } = await import('../../../rules/signals/engagement-bait');
    const { PROMO } = await import('../../../rules/signals/self-promotion');
    const { VALUE } = await import('../../../rules/signals/value-add');
    const csv = readFileSync(new URL('../../fixtures/posts/brand-posts.csv', import.meta.url), 'utf8');
    const texts = csv.split('\n').slice(1, 400);
    const variants = texts.flatMap((t) => [t, t.toUpperCase(), t.replace(/s/g, '\u017f')]);
    let skipped = 0;
    for (const { re } of [...BRAND, ...BAIT, ...PROMO, ...VALUE]) {
      for (const text of variants) {
        const haystack = new Haystack(text);
        re.lastIndex = 0;
        const matches = re.test(text);
        re.lastIndex = 0;
        if (matches) expect(mayMatch(re, haystack), `/${re.source}/ on ${text}`).toBe(true);
        else if (!mayMatch(re, haystack)) skipped++;
      }
    }
    // And the prefilter earns its place: most expressions are ruled out on most posts.
    expect(skipped).toBeGreaterThan(variants.length * 40);
  });
});
