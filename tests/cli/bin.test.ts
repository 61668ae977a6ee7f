import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the real command in a child process, as a user would: `npx tsx cli/bin.ts ...`. */
function rapport(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('npx', ['tsx', 'cli/bin.ts', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin ?? '');
  });
}

describe('cli/bin.ts in a subprocess', () => {
  it('checks text from standard input and prints {findings, signals, score}', async () => {
    const r = await rapport(['check', '--format', 'json'], 'What is the best thing you learned this week?\n');
    expect([0, 1]).toContain(r.code);
    expect(Object.keys(JSON.parse(r.stdout)).sort()).toEqual(['findings', 'score', 'signals']);
  }, 120_000);

  it('audits a file to JSON Lines, and exits 2 with a message for bad usage', async () => {
    const r = await rapport(['audit', fixture('posts.jsonl'), '--format', 'jsonl']);
    expect([0, 1]).toContain(r.code);
    expect(r.stdout.trim().split('\n').map((line) => JSON.parse(line).index)).toEqual([0, 1, 3, 4]);
    expect(r.stderr).toMatch(/posts\.jsonl:3: skipped record #2/);
    const bad = await rapport(['check', '--platform', 'myspace', 'hi']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown platform "myspace"');
  }, 120_000);
});
