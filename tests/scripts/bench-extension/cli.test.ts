import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main, USAGE } from '../../../scripts/bench-extension/cli';

// Only the argument handling: every case here stops before a browser is started.
describe('bench:extension command line', () => {
  let out: string;
  let err: string;
  beforeEach(() => {
    out = '';
    err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  it('prints the usage for --help', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(out).toContain(USAGE);
  });

  it('refuses unknown options, unknown replicas and bad numbers with status 2', async () => {
    expect(await main(['--fast'])).toBe(2);
    expect(await main(['--replicas', 'x,myspace'])).toBe(2);
    expect(err).toContain('unknown replica myspace');
    expect(await main(['--keys', 'many'])).toBe(2);
    expect(await main(['--keys', '10'])).toBe(2);
    expect(await main(['--cold', '-1'])).toBe(2);
    expect(await main(['--seed', '1.5'])).toBe(2);
    expect(await main(['--dashboard', 'lots'])).toBe(2);
    expect(out).toBe('');
  });
});
