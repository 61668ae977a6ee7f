import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromiumPath, DEFAULT_CHROMIUM } from '../../../scripts/lib/chromium-path';

const script = resolve(fileURLToPath(new URL('../../../scripts/ensure-chromium.sh', import.meta.url)));

/** ensure-chromium.sh with only CHROMIUM_PATH and PATH set; both cases below return before any apt step. */
function ensure(chromium: string) {
  return spawnSync('bash', [script], { env: { PATH: process.env.PATH, CHROMIUM_PATH: chromium }, encoding: 'utf8' });
}

describe('chromiumPath', () => {
  it('takes CHROMIUM_PATH first', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
  });

  it("falls back to Debian's Chromium when CHROMIUM_PATH is unset or empty", () => {
    expect(chromiumPath({})).toBe(DEFAULT_CHROMIUM);
    expect(chromiumPath({ CHROMIUM_PATH: '' })).toBe(DEFAULT_CHROMIUM);
  });
});

describe('scripts/ensure-chromium.sh', () => {
  it('accepts an executable CHROMIUM_PATH without installing anything', () => {
    const run = ensure(process.execPath);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('stops with a clear message when CHROMIUM_PATH is not an executable file', () => {
    for (const bad of ['/nonexistent/chromium', '/tmp']) {
      const run = ensure(bad);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`CHROMIUM_PATH is set to '${bad}'`);
    }
  });
});
