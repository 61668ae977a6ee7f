/**
 * `npm run icons`: renders assets/icon.svg to the PNG sizes the manifest lists, into public/icon/ (WXT's
 * convention: it adds every public/icon/<size>.png to the manifest's icons). The PNGs are committed, so a
 * build needs no renderer; run this after changing the SVG.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { ICON_SIZES } from './lib/icon-sizes';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
const out = join(root, 'public/icon');
mkdirSync(out, { recursive: true });
for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(out, `${size}.png`), png);
  console.log(`public/icon/${size}.png`);
}
