import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixture, run } from '../helpers';

const BANK = resolve(import.meta.dirname, '../../../examples/packs/cautious-bank.json');
const dir = mkdtempSync(join(tmpdir(), 'rapport-pack-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const BAD = file('bad.json', JSON.stringify({ name: 'Bad', version: 1, rules: [{ id: 'a', type: 'limit', count: 'hashtags', max: 'two' }, { id: 'b', type: 'banned' }, { id: 'c', type: 'pattern', pattern: '(a)\\1' }] }));
const SMALL = file(
  'small.json',
  JSON.stringify({
    name: 'Small',
    rules: [
      { id: 'say-customers', type: 'prefer', use: 'customers', instead: ['users'] },
      { id: 'no-buy', type: 'avoid', terms: ['buy'], severity: 'error' },
      { id: 'never', type: 'avoid', terms: ['zyzzyva'] },
      { id: 'linkedin-only', type: 'limit', count: 'hashtags', max: 0, platforms: ['linkedin'] },
    ],
  }),
);
const STYLE = join(dir, 'Brand');
mkdirSync(STYLE);
writeFileSync(join(STYLE, 'Avoid.yml'), "extends: existence\nmessage: \"Don't say '%s'.\"\nlevel: error\nignorecase: true\ntokens:\n  - synergy\n");
writeFileSync(join(STYLE, 'Headings.yml'), 'extends: capitalization\nmessage: x\nscope: heading\nmatch: $title\n');
const EMPTY = join(dir, 'empty');
mkdirSync(EMPTY);
const ZIP = file('brand.zip', zipSync({ 'Brand/Avoid.yml': strToU8("extends: existence\nmessage: x\ntokens:\n  - synergy\n") }));

describe('rapport pack validate', () => {
  it('exits 0 for a valid pack and says what is in it', async () => {
    const r = await run(['pack', 'validate', BANK]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid. "Northbridge Bank social style" (northbridge): 9 rules.');
    expect(r.stdout).toContain('Self-promotion policy: 4-1-1.');
  });

  it('exits 1 for a bad pack, listing every problem by its path', async () => {
    const r = await run(['pack', 'validate', BAD]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('not a valid pack (3 problems); nothing of it is used.');
    expect(r.stdout).toContain('  rules[0].max: expected a whole number, got "two"\n');
    expect(r.stdout).toContain('  rules[1].type: unknown type "banned" (use one of: avoid, prefer, require, limit, capitalization, pattern, threshold, repetition)\n');
    expect(r.stdout).toContain('  rules[2].pattern: the pattern "(a)\\\\1" cannot run: backreferences');
  });

  it('answers in JSON when asked', async () => {
    const bad = JSON.parse((await run(['pack', 'validate', '--format', 'json', BAD])).stdout) as { valid: boolean; problems: { path: string }[] };
    expect(bad.valid).toBe(false);
    expect(bad.problems.map((p) => p.path)).toEqual(['rules[0].max', 'rules[1].type', 'rules[2].pattern']);
    const good = JSON.parse((await run(['pack', 'validate', '-f', 'json', SMALL])).stdout) as { valid: boolean; rules: string[] };
    expect(good).toMatchObject({ valid: true, rules: ['house/small/say-customers', 'house/small/no-buy', 'house/small/never', 'house/small/linkedin-only'] });
  });

  it('reads a Vale style folder or zip, and names the rules that do not load', async () => {
    const folder = await run(['pack', 'validate', STYLE]);
    expect(folder.code).toBe(0);
    expect(folder.stdout).toContain('"Brand (Vale style)" (brand): 1 of 2 Vale rules loaded.');
    expect(folder.stdout).toContain('not loaded: Brand.Headings: checks headings, which a plain-text post does not have (markup-only)');
    const zip = await run(['pack', 'validate', ZIP]);
    expect(zip.code).toBe(0);
    expect(zip.stdout).toContain('1 of 1 Vale rules loaded.');
  });

  it('exits 2 on bad usage', async () => {
    for (const argv of [['pack'], ['pack', 'check', BANK], ['pack', 'validate'], ['pack', 'validate', BANK, BANK], ['pack', 'test', BANK], ['pack', 'validate', join(dir, 'missing.json')], ['pack', 'validate', EMPTY]]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(/^rapport: /);
    }
    expect((await run(['pack', 'validate', join(dir, 'missing.json')])).stderr).toContain('No such pack');
    expect((await run(['pack', 'validate', EMPTY])).stderr).toContain('holds no Vale rules (YAML files with "extends") and is not a pack.');
  });

  it('has help', async () => {
    const r = await run(['pack', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rapport pack test [options] PACK POSTS');
    expect((await run(['help', 'pack'])).stdout).toBe(r.stdout);
  });
});

describe('rapport pack test', () => {
  const POSTS = file('posts.csv', 'text\n"Our users love it, buy now #one"\n"A calm post."\n"Users ask, users get."\n');

  it('lists which rules fire on which posts, and how often each rule fires', async () => {
    const r = await run(['pack', 'test', SMALL, POSTS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"Small" (4 rules) on 3 posts from');
    expect(r.stdout).toContain('1 rule applies only on other platforms (pass --platform to try them).');
    expect(r.stdout).toContain('#0 Our users love it, buy now #one\n  say-customers (warning): "users"\n  no-buy (error): "buy"\n');
    expect(r.stdout).toContain('#2 Users ask, users get.\n  say-customers (warning): "Users"\n  say-customers (warning): "users"\n');
    expect(r.stdout).toContain('2 of 3 posts would get a house finding.');
    expect(r.stdout).toMatch(/say-customers\s+2 posts, 3 findings\n\s+no-buy\s+1 post, 1 finding\n/);
    expect(r.stdout).toMatch(/never\s+never fired/);
  });

  it('tries platform rules with --platform, and answers in JSON', async () => {
    const r = await run(['pack', 'test', '--platform', 'linkedin', '--format', 'json', SMALL, POSTS]);
    const json = JSON.parse(r.stdout) as { input: { posts: number }; rules: { rule: string; posts: number; findings: number }[]; posts: { index: number; findings: { ruleId: string }[] }[] };
    expect(json.input.posts).toBe(3);
    expect(json.rules.find((x) => x.rule === 'linkedin-only')).toMatchObject({ posts: 1, findings: 1 });
    expect(json.posts.map((p) => p.index)).toEqual([0, 2]);
    expect(json.posts[0]?.findings.map((f) => f.ruleId)).toEqual(['house/small/say-customers', 'house/small/no-buy', 'house/small/linkedin-only']);
  });

  it('reads any format audit reads, standard input too', async () => {
    const r = await run(['pack', 'test', SMALL, fixture('posts.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(JSON Lines');
    const stdin = await run(['pack', 'test', SMALL, '-'], { stdin: '["users", "nothing"]' });
    expect(stdin.stdout).toContain('1 of 2 posts would get a house finding.');
  });

  it('exits 1 with the problems when the pack is not valid', async () => {
    const r = await run(['pack', 'test', BAD, POSTS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('rules[0].max: expected a whole number, got "two"');
  });
});
