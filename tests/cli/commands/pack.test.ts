import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

const example = path.resolve(__dirname, '../../fixtures/packs/issue-example.json');
const dir = mkdtempSync(path.join(tmpdir(), 'rapport-pack-'));
const file = (name: string, content: string): string => {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
};

describe('rapport pack validate', () => {
  it('exits 0 on a valid pack and says what it holds', async () => {
    const result = await run(['pack', 'validate', example]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('is a valid pack: "Acme social house style", 7 rules.');
  });

  it('exits 1 on an invalid pack, listing every problem by path', async () => {
    const bad = file('bad.json', JSON.stringify({ name: 'Bad', rules: [{ id: 'a', type: 'banned' }, { id: 'b', type: 'limit', count: 'links', max: 'two' }] }));
    const result = await run(['pack', 'validate', bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('(2 problems)');
    expect(result.stdout).toContain('rules[0].type: unknown type "banned"');
    expect(result.stdout).toContain('rules[1].max: expected a whole number, got "two"');
  });

  it('exits 1 on a file that is not JSON', async () => {
    const result = await run(['pack', 'validate', file('broken.json', '{ "name": ')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('(the file): not JSON');
  });

  it('exits 2 on bad usage: no subcommand, no file, a missing file', async () => {
    expect((await run(['pack'])).code).toBe(2);
    expect((await run(['pack', 'lint', example])).code).toBe(2);
    expect((await run(['pack', 'validate'])).code).toBe(2);
    const missing = await run(['pack', 'validate', path.join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No pack at');
  });
});

describe('rapport check --rules', () => {
  it('adds the pack: JSON findings carry the namespaced rule id, and an error-level one exits 1', async () => {
    const result = await run(['check', '--rules', example, '--format', 'json', 'We beat Globex for our users.']);
    expect(result.code).toBe(1);
    const ids = (JSON.parse(result.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
    expect(ids).toContain('house/acme-social-house-style/no-competitors');
    expect(ids).toContain('house/acme-social-house-style/say-customers');
  });

  it('refuses a bad pack whole with exit 2, listing its problems', async () => {
    const bad = file('bad2.json', JSON.stringify({ name: 'Bad', rules: [{ id: 'p', type: 'pattern', pattern: '(?<=a)b' }] }));
    const result = await run(['check', '--rules', bad, 'Hello']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('rules[0].pattern: the pattern "(?<=a)b" cannot be compiled');
  });
});
