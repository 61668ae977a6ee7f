import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, run } from './helpers';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; bin: { rapport: string } };
const bin = join(root, pkg.bin.rapport);

/** Runs the installed command (package.json's `bin`) in a child process, as `npx rapport ...` would. */
function rapport(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(bin, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin ?? '');
  });
}

describe('the built rapport command (package.json bin)', () => {
  // The same build `npm ci` runs (postinstall), so the test sees the current sources.
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root });
  }, 60_000);

  it('is an executable Node script', () => {
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it('prints package.json\'s version for --version and -v', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await rapport([flag]);
      expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
  });

  it('checks text from standard input and prints {findings, signals, score, kind}', async () => {
    const r = await rapport(['check', '--format', 'json'], 'What is the best thing you learned this week?\n');
    expect([0, 1]).toContain(r.code);
    expect(Object.keys(JSON.parse(r.stdout)).sort()).toEqual(['findings', 'kind', 'score', 'signals']);
  }, 60_000);

  it('gives the same analysis as the engine in this process, with and without the bundled lazy tagger', async () => {
    // The first needs no tags (the bundle never loads the tagger); the list hook and the headline do.
    for (const draft of ['Buy our new shoes today! Link in bio', 'Here are 7 things every team should know', "You won't believe what happened next"]) {
      const built = await rapport(['check', '--format', 'json', draft]);
      const here = await run(['check', '--format', 'json', draft]);
      expect(built.code).toBe(here.code);
      expect(JSON.parse(built.stdout)).toEqual(JSON.parse(here.stdout));
    }
  }, 60_000);

  it('audits a file to JSON Lines, and exits 2 with a message for bad usage', async () => {
    const r = await rapport(['audit', fixture('posts.jsonl'), '--format', 'jsonl']);
    expect([0, 1]).toContain(r.code);
    expect(r.stdout.trim().split('\n').map((line) => JSON.parse(line).index)).toEqual([0, 1, 3, 4]);
    expect(r.stderr).toMatch(/posts\.jsonl:3: skipped record #2/);
    const bad = await rapport(['check', '--platform', 'myspace', 'hi']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown platform "myspace"');
  }, 60_000);
});
