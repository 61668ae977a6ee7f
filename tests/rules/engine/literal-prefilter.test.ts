import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Haystack, mayMatch, requiredLiterals } from '../../../rules/engine/literal-prefilter';

describe('requiredLiterals', () => {
  it('finds the longest strings every match must contain, lowered when the expression ignores case', () => {
    expect(requiredLiterals(/\bcheck\s+out\b/gi)).toEqual(['check']);
    expect(requiredLiterals(/\bLink\s+in\s+Bio\b/gi)).toEqual(['link']);
    expect(requiredLiterals(/link in bio/gi)).toEqual(['link in bio']);
    expect([...(requiredLiterals(/we['’]?re hiring/giu) ?? [])].sort()).toEqual(["we're hiring", 'were hiring', 'we’re hiring'].sort());
    expect([...(requiredLiterals(/\b(?:sale|discount)s?\b|50% off/gi) ?? [])].sort()).toEqual(['50% off', 'discount', 'sale'].sort());
    expect(requiredLiterals(/SALE/g)).toEqual(['SALE']);
  });

  it('lets lookarounds and word boundaries join the literals on either side, since they consume nothing', () => {
    expect(requiredLiterals(/(?<=^|\. )buy(?=\s)now/gi)).toEqual(['buynow']);
    expect(requiredLiterals(/\bdm\b us/gi)).toEqual(['dm us']);
  });

  it('says nothing when some match need contain no literal of two characters or more', () => {
    expect(requiredLiterals(/\d+%/g)).toBeNull();
    expect(requiredLiterals(/\bhi\b|\bu\b/gi)).toBeNull();
    expect(requiredLiterals(/(?:buy)?\s+now|\w+ly/gi)).toEqual(['now', 'ly']);
    expect(requiredLiterals(/(?:buy)?\s+now|\w+y/gi)).toBeNull();
    expect(requiredLiterals(/(?:buy)*/g)).toBeNull();
  });

  it('says nothing for syntax it does not read, rather than guess', () => {
    expect(requiredLiterals(/(sale)\1/g)).toBeNull();
    expect(requiredLiterals(/(?<w>sale)\k<w>/g)).toBeNull();
    expect(requiredLiterals(/[\p{L}--[a-z]]sale/gv)).toBeNull();
    expect(requiredLiterals(/sale{/g)).toBeNull();
  });

  it('keeps letters beyond ASCII out of the literals of an expression that ignores case', () => {
    expect(requiredLiterals(/straße/gi)).toEqual(['stra']);
    expect(requiredLiterals(/straße/g)).toEqual(['straße']);
    expect(requiredLiterals(/caf[eé]s/gi)).toEqual(['caf']);
    expect(requiredLiterals(/it’s/gi)).toEqual(['it’s']);
  });
});

describe('mayMatch', () => {
  it('is false only when the text has none of the literals, in any case', () => {
    expect(mayMatch(/\blink in bio\b/gi, new Haystack('LINK IN BIO 👆'))).toBe(true);
    expect(mayMatch(/\blink in bio\b/gi, new Haystack('a link to the bio'))).toBe(false);
    expect(mayMatch(/SALE/g, new Haystack('a sale'))).toBe(false);
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

const ALPHABET = ['a', 'b', 'k', 's', 'S', 'K', "'", '’', ' ', '#', '.', '-', 'é', '1'];
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
