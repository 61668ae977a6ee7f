/**
 * `npm run icons`: renders assets/icon.svg into the PNGs the manifest names (public/icon/<size>.png, WXT's
 * convention). The PNGs are committed so a build needs no renderer; tests/scripts/icons.test.ts renders
 * the SVG again and fails when a committed PNG no longer matches it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { ICON_PATHS, ICON_SIZES } from './lib/icon-sizes';

type IconSize = (typeof ICON_SIZES)[number];

const root = join(import.meta.dirname, '..');
export const ICON_SVG = join(root, 'assets/icon.svg');
export const iconPath = (size: IconSize) => join(root, 'public', ICON_PATHS[size]!);

/**
 * The Chrome Web Store shows the 128 px icon as 96 px of artwork inside 16 px of clear margin; every other
 * size is drawn edge to edge, as toolbars and menus expect.
 */
const STORE_MARGIN: Partial<Record<IconSize, number>> = { 128: 16 };

export function renderIcon(svg: string, size: IconSize): Buffer {
  const margin = STORE_MARGIN[size] ?? 0;
  if (!margin) return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  const art = size - 2 * margin;
  // The artwork is nested, scaled, in a larger clear canvas: resvg has no padding option.
  const inner = svg.replace(/^<svg\b/, `<svg x="${margin}" y="${margin}"`).replace(/\bwidth="\d+" height="\d+"/, `width="${art}" height="${art}"`);
  const outer = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">${inner}</svg>`;
  return new Resvg(outer).render().asPng();
}

export function writeIcons(): void {
  const svg = readFileSync(ICON_SVG, 'utf8');
  for (const size of ICON_SIZES) writeFileSync(iconPath(size), renderIcon(svg, size));
}

if (import.meta.filename === process.argv[1]) {
  writeIcons();
  console.log(`Wrote ${ICON_SIZES.map((size) => `public/icon/${size}.png`).join(', ')}`);
}
