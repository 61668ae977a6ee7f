import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The theme's colour pairs meet WCAG AA in both themes: 4.5:1 for text, 3:1 for large text and UI parts. */
const css = readFileSync('components/shared/theme.css', 'utf8');

/** Each colour variable is `light-dark(#light, #dark)`: the theme's two palettes. */
function palette(which: 1 | 2): Record<string, string> {
  const pairs = [...css.matchAll(/--([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)\s*;/gi)];
  return Object.fromEntries(pairs.map((m) => [m[1]!, m[1 + which]!.toLowerCase()]));
}

const light = palette(1);
const dark = palette(2);

it('gives every colour variable a light and a dark value', () => {
  const colours = [...css.matchAll(/--([\w-]+):\s*([^;]+);/g)].filter(([, , value]) => /#|rgb|light-dark/.test(value!));
  expect(colours.length).toBeGreaterThan(20);
  expect(colours.filter(([, , value]) => !value!.startsWith('light-dark(')).map(([, name]) => name)).toEqual([]);
});

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** [foreground, background, minimum ratio] */
const PAIRS: [string, string, number][] = [
  ['text', 'bg', 4.5],
  ['text', 'bg-soft', 4.5],
  ['text', 'bg-raised', 4.5],
  ['text', 'quote-bg', 4.5],
  ['text', 'warn-bg', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'bg-soft', 4.5],
  ['muted', 'bg-raised', 4.5],
  ['accent', 'bg', 4.5],
  ['accent-text', 'accent', 4.5],
  ['problem', 'bg', 4.5],
  ['problem', 'bg-raised', 4.5],
  ['problem', 'problem-bg', 4.5],
  ['suggestion', 'bg', 4.5],
  ['suggestion', 'bg-raised', 4.5],
  ['suggestion', 'suggestion-bg', 4.5],
  ['pass', 'bg', 4.5],
  ['pass', 'pass-bg', 4.5],
  ['warn', 'bg', 4.5],
  ['focus', 'bg', 3],
  ['meter-over', 'bg', 3],
  ['bg', 'text', 4.5], // the toast: page colours swapped
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme contrast', (_name, theme) => {
  it.each(PAIRS)('%s on %s', (fg, bg, min) => {
    expect(theme[fg], `--${fg}`).toBeDefined();
    expect(theme[bg], `--${bg}`).toBeDefined();
    expect(contrast(theme[fg]!, theme[bg]!)).toBeGreaterThanOrEqual(min);
  });
});
