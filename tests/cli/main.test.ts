import { describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../cli/main';
import { Capture, run, TEST_RULES } from './helpers';

describe('main', () => {
  it('prints the overview for --help, -h and help, and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: rapport <command>/);
      expect(r.stdout).toContain('check');
      expect(r.stdout).toContain('audit');
    }
  });

  it('prints a command\'s help for "help <command>"', async () => {
    expect((await run(['help', 'audit'])).stdout).toMatch(/^Usage: rapport audit/);
    expect((await run(['help', 'check'])).stdout).toMatch(/^Usage: rapport check/);
  });

  it('exits 2 with the overview on stderr when no command is given', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: rapport <command>/);
  });

  it.each([
    [['lint', 'x'], /Unknown command "lint"\. Commands: check, audit, pack\./],
    [['help', 'lint'], /Unknown command "lint"/],
    [['--verbose', 'check'], /Unknown option --verbose/],
  ])('exits 2 on %j with a clear message', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('rapport --help');
  });

  it('exits 3 with a plain message when reading fails midway, without a stack trace', async () => {
    const stdin = new Readable({
      read() {
        this.destroy(new Error('disk went away'));
      },
    });
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main(['audit', '-'], { stdin, stdout, stderr, env: {} }, { rules: TEST_RULES });
    expect(code).toBe(3);
    expect(stderr.text).toBe('rapport: disk went away\n');
  });

  it('takes its streams as arguments and never writes to the process streams', async () => {
    const stdin = new PassThrough();
    stdin.end('LOUD');
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main(['check'], { stdin, stdout, stderr }, { rules: TEST_RULES });
    expect(code).toBe(0);
    expect(stdout.text).toContain('"LOUD"');
  });
});
