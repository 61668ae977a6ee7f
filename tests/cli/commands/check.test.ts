import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../rules/index';
import { checkText } from '../../../cli/commands/check';
import { PRINCIPLES } from '../../../rules/principles';
import { patternRule, run, TEST_RULES } from '../helpers';

describe('rapport check', () => {
  it('exits 0 and says so when nothing is found', async () => {
    const r = await run(['check', 'A calm note with nothing LOUD in it... well.'], { rules: [] });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No findings');
    expect(r.stdout).toContain('Score: 100/100');
    expect(r.stderr).toBe('');
  });

  it('exits 0 with warnings and suggestions only', async () => {
    const r = await run(['check', 'A LOUD offer: buy it'], { rules: TEST_RULES });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 findings');
  });

  it('exits 1 when a finding has severity error', async () => {
    const r = await run(['check', 'This word is forbidden here.'], { rules: TEST_RULES });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error');
  });

  it('groups findings under principle titles, quotes the flagged text and underlines it', async () => {
    const r = await run(['check', 'Please buy this LOUD thing 🎉 and buy another'], { rules: TEST_RULES });
    const out = r.stdout;
    const value = out.indexOf(PRINCIPLES['add-value'].title);
    const shout = out.indexOf(PRINCIPLES['listen-dont-shout'].title);
    expect(value).toBeGreaterThan(-1);
    expect(shout).toBeGreaterThan(value); // catalogue order: add-value comes before listen-dont-shout
    // Both "buy" findings sit under one heading.
    expect(out.split(PRINCIPLES['add-value'].title)).toHaveLength(3); // heading + checklist line
    expect(out).toContain('"LOUD"');
    expect(out).toContain('line 1, column 17');
    expect(out).toMatch(/1 \| Please buy this LOUD thing/);
    // Carets under "LOUD" line up with it.
    const lines = out.split('\n');
    const finding = lines.findIndex((l) => l.includes('column 17: "LOUD"'));
    const textLine = lines[finding + 1] ?? '';
    const underline = lines[finding + 2] ?? '';
    expect(textLine).toContain('| Please buy this LOUD');
    expect(underline.indexOf('^')).toBe(textLine.indexOf('LOUD'));
    expect(underline.endsWith('^^^^')).toBe(true);
    expect(out).toContain('[test-loud]');
  });

  it('lines carets up in terminal cells after wide and joined characters, on the right line', async () => {
    // A family emoji is 8 UTF-16 units but 2 cells; each CJK character 1 unit but 2 cells.
    const r = await run(['check', 'First line is fine.\n👨‍👩‍👧 日本 LOUD'], { rules: TEST_RULES });
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => l.includes('2 | 👨‍👩‍👧 日本 LOUD'));
    expect(i).toBeGreaterThan(-1);
    const textLine = lines[i] ?? '';
    const gutter = textLine.indexOf('👨');
    expect((lines[i + 1] ?? '').indexOf('^')).toBe(gutter + 2 + 1 + 4 + 1);
    expect(r.stdout).toContain('line 2, column 13');
  });

  it('prints the score and the per-principle checklist', async () => {
    const r = await run(['check', 'LOUD'], { rules: TEST_RULES });
    expect(r.stdout).toMatch(/Score: \d+\/100/);
    expect(r.stdout).toContain('Checklist');
    for (const p of Object.values(PRINCIPLES).filter((x) => x.inDraft)) expect(r.stdout).toContain(p.title);
    expect(r.stdout).toMatch(/✗ Don’t shout \(1 finding, costs 10 points\)/);
  });

  it('says a note (other language) once', async () => {
    const r = await run(['check', 'Hoy vamos a la playa con los niños y después comemos paella en casa de mi abuela.'], { rules: TEST_RULES });
    expect(r.code).toBe(0);
    expect(r.stdout.match(/Note:/g)).toHaveLength(1);
  });

  it('--format json prints exactly {findings, signals, score, kind}', async () => {
    const r = await run(['check', '--format', 'json', 'A LOUD offer: buy it'], { rules: TEST_RULES });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json).sort()).toEqual(['findings', 'kind', 'score', 'signals']);
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['test-loud', 'self-promotion']);
    expect(json.findings[0]).toMatchObject({ principle: 'listen-dont-shout', severity: 'warning', start: 2, end: 6, actual: 'LOUD' });
    expect(typeof json.signals.selfPromotion).toBe('number');
    expect(typeof json.score).toBe('number');
    // "buy it" sells: the post counts as promotion in the ratio, and says which signal decided it.
    expect(json.kind).toMatchObject({ kind: 'promotion', because: { selfPromotion: expect.any(Number) } });
  });

  it('--format json still exits 1 on an error finding', async () => {
    const r = await run(['check', '-f', 'json', 'forbidden'], { rules: TEST_RULES });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].severity).toBe('error');
  });

  it('reads standard input when there is no argument, or "-", without its final newline', async () => {
    for (const argv of [['check', '--format', 'json'], ['check', '--format', 'json', '-']]) {
      const r = await run(argv, { stdin: 'so LOUD\n', rules: TEST_RULES });
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout);
      expect(json.findings).toHaveLength(1);
      expect(json.findings[0].end).toBe(7);
    }
  });

  it('passes --platform to the engine, and accepts "twitter" for x', async () => {
    const xOnly = { ...patternRule('test-x-only', /post/, 'channel-fit', 'error') };
    const rule = { ...xOnly, meta: { ...xOnly.meta, platforms: ['x'] as const } };
    expect((await run(['check', 'a post'], { rules: [rule] })).code).toBe(0);
    expect((await run(['check', '--platform', 'linkedin', 'a post'], { rules: [rule] })).code).toBe(0);
    expect((await run(['check', '--platform', 'x', 'a post'], { rules: [rule] })).code).toBe(1);
    expect((await run(['check', '-p', 'twitter', 'a post'], { rules: [rule] })).code).toBe(1);
  });

  it.each([
    [['check', '--platform', 'myspace', 'hi'], /Unknown platform "myspace"/],
    [['check', '--platform'], /--platform needs a value/],
    [['check', '--colour', 'hi'], /Unknown option --colour/],
    [['check', '--format', 'xml', 'hi'], /Unknown value "xml" for --format/],
    [['check', 'two', 'texts'], /one text/],
  ])('exits 2 on bad usage: %j', async (argv, message) => {
    const r = await run(argv, { rules: TEST_RULES });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('rapport check --help');
  });

  it('accepts a text starting with "-" after "--"', async () => {
    const r = await run(['check', '--format', 'json', '--', '-so LOUD'], { rules: TEST_RULES });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toHaveLength(1);
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const r = await run(['check', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: rapport check/);
    expect(r.stdout).toContain('--platform');
  });

  it('colours only on a terminal without NO_COLOR', async () => {
    const esc = '\u001b[';
    expect((await run(['check', 'LOUD'], { rules: TEST_RULES, ttyOut: true })).stdout).toContain(esc);
    expect((await run(['check', 'LOUD'], { rules: TEST_RULES, ttyOut: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(esc);
    expect((await run(['check', 'LOUD'], { rules: TEST_RULES, ttyOut: false })).stdout).not.toContain(esc);
  });

  it('runs with the built-in rules, whatever they are', async () => {
    const r = await run(['check', '--format', 'json', 'Which book should I read next? Looking for something funny.']);
    expect([0, 1]).toContain(r.code);
    expect(Object.keys(JSON.parse(r.stdout)).sort()).toEqual(['findings', 'kind', 'score', 'signals']);
  });
});

describe('checkText (the core, with an injected analyzer)', () => {
  it('returns the analysis and exit status 1 only for error findings', () => {
    const analyzer = createAnalyzer(TEST_RULES);
    expect(checkText(analyzer, 'all fine').exitCode).toBe(0);
    expect(checkText(analyzer, 'LOUD').exitCode).toBe(0);
    const { analysis, exitCode } = checkText(analyzer, 'forbidden', 'x');
    expect(exitCode).toBe(1);
    expect(analysis.findings[0]?.ruleId).toBe('test-forbidden');
  });
});

describe('rapport check --rules', () => {
  it('applies a house pack with --rules: its findings carry the namespaced ruleId, and a bad pack is a usage error', async () => {
    const pack = new URL('../../../examples/packs/playful-brand.json', import.meta.url).pathname;
    const r = await run(['check', '--rules', pack, '--format', 'json', 'Better than Sodaco, customers!'], { rules: [] });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { findings: { ruleId: string; actual: string; severity: string }[] };
    expect(json.findings.map((f) => [f.ruleId, f.actual, f.severity])).toEqual([
      ['house/fizzberry/chatty', 'Better than Sodaco, customers!', 'suggestion'],
      ['house/fizzberry/competitors', 'Sodaco', 'error'],
      ['house/fizzberry/fizz-fam', 'customers', 'suggestion'],
    ]);
    const bad = await run(['check', '-r', new URL('../../fixtures/cli/posts.json', import.meta.url).pathname, 'text'], { rules: [] });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^rapport: .*posts\.json is not a valid pack \(1 problem\):\n {2}\(pack\): expected a pack/);
  });
});

