import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES } from '../../scripts/lib/icon-sizes';
import { ICON_SVG, iconPath, renderIcon } from '../../scripts/icons';

describe('icons', () => {
  const svg = readFileSync(ICON_SVG, 'utf8');

  it.each(ICON_SIZES)('public/icon/%i.png is the SVG rendered at that size (run npm run icons after changing it)', (size) => {
    expect(readFileSync(iconPath(size)).equals(renderIcon(svg, size))).toBe(true);
  });

  it('draws the 128 px store icon inside a 16 px clear margin, and the toolbar sizes edge to edge', () => {
    /** The rows holding any visible pixel (resvg decodes the PNG as an image inside an SVG). */
    const opaqueRows = (png: Buffer, size: number) => {
      const wrap = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><image width="${size}" height="${size}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
      const pixels = new Resvg(wrap).render().pixels;
      const rows: number[] = [];
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) if (pixels[(y * size + x) * 4 + 3]! > 0) { rows.push(y); break; }
      }
      return rows;
    };
    const store = opaqueRows(readFileSync(iconPath(128)), 128);
    expect(Math.min(...store)).toBeGreaterThanOrEqual(16);
    expect(Math.max(...store)).toBeLessThan(128 - 16);
    const toolbar = opaqueRows(readFileSync(iconPath(16)), 16);
    expect(Math.min(...toolbar)).toBeLessThanOrEqual(1);
    expect(Math.max(...toolbar)).toBeGreaterThanOrEqual(14);
  });
});
