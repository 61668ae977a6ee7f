import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unzipStyle } from '../../../../rules/house/vale/zip';

describe('unzipStyle', () => {
  it('reads the YAML files of a zipped style, with their paths', () => {
    const zip = zipSync({ 'Brand/Avoid.yml': strToU8('extends: existence\n'), 'Brand/README.md': strToU8('# hi'), '__MACOSX/Brand/._Avoid.yml': strToU8('x') });
    expect(unzipStyle(zip)).toEqual({ ok: true, files: [{ path: 'Brand/Avoid.yml', text: 'extends: existence\n' }] });
  });

  it('refuses what is not a zip, and a zip that would unpack to far more than a style', () => {
    expect(unzipStyle(strToU8('not a zip'))).toMatchObject({ ok: false, error: expect.stringMatching(/^not a readable zip/) });
    const big = new Uint8Array(21 * 1024 * 1024);
    expect(unzipStyle(zipSync({ 'Brand/Big.yml': big }, { level: 9 }))).toMatchObject({ ok: false, error: expect.stringMatching(/a style is far smaller$/) });
  });
});
