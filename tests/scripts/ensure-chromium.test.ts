import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../e2e/chromium';

const script = join(import.meta.dirname, '../../scripts/ensure-chromium.sh');
const run = (env: Record<string, string>) => spawnSync('/bin/bash', [script], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });

describe('scripts/ensure-chromium.sh and chromiumPath', () => {
  it('takes CHROMIUM_PATH when it names an executable, without looking for Debian\'s Chromium or apt', () => {
    const r = run({ CHROMIUM_PATH: process.execPath, PATH: '/nonexistent' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(chromiumPath({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('stops with a clear message when CHROMIUM_PATH names nothing runnable', () => {
    for (const path of ['/nonexistent/chromium', '/tmp']) {
      const r = run({ CHROMIUM_PATH: path });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`CHROMIUM_PATH is '${path}', which is not an executable file.`);
    }
  });

  it('falls back to Debian\'s Chromium when the variable is unset or empty', () => {
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '' })).toBe('/usr/bin/chromium');
  });
});
