import { mkdtempSync, writeFileSync, createReadStream, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditRecords } from '../../../cli/commands/audit';
import { openRecords } from '../../../cli/readers/detect';
import { PRINCIPLES } from '../../../rules/principles';
import { fixture, patternRule, run, stubAnalyzer, TEST_RULES } from '../helpers';

const jsonl = (stdout: string): Record<string, unknown>[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('rapport audit --format jsonl', () => {
  it('prints one line per post in input order with index, signals, findings and score', async () => {
    const r = await run(['audit', fixture('posts.csv'), '--format', 'jsonl'], { rules: TEST_RULES });
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows.map((row) => row.index)).toEqual([0, 1, 2, 3, 4]);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['index', 'signals', 'findings', 'score']);
      expect(typeof (row.signals as Record<string, number>).selfPromotion).toBe('number');
    }
    expect(rows[1]?.findings).toEqual([
      { ruleId: 'test-loud', principle: 'listen-dont-shout', severity: 'warning', start: 0, end: 4 },
      { ruleId: 'test-buy', principle: 'add-value', severity: 'suggestion', start: 35, end: 38 },
    ]);
    expect(rows[0]?.findings).toEqual([]);
    expect(rows[0]?.score).toBe(100);
  });

  it('reads a JSON array of strings and objects, reporting an object without text by its line', async () => {
    const r = await run(['audit', fixture('posts.json'), '-f', 'jsonl'], { rules: TEST_RULES });
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((row) => row.index)).toEqual([0, 1, 2, 4]);
    expect(r.stderr).toContain('posts.json:5: skipped record #3: no "text" field');
  });

  it('reads JSON Lines and goes on after a line that does not parse', async () => {
    const r = await run(['audit', fixture('posts.jsonl'), '--format', 'jsonl'], { rules: TEST_RULES });
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((row) => row.index)).toEqual([0, 1, 3, 4]);
    expect(r.stderr).toMatch(/posts\.jsonl:3: skipped record #2: not valid JSON/);
    expect(r.stderr).toContain('Skipped 1 malformed record of 5.');
  });

  it('detects an X archive by content, even named .txt, and unescapes its HTML entities', async () => {
    const r = await run(['audit', fixture('tweets.txt'), '--format', 'jsonl'], { rules: [patternRule('test-amp', /&/, 'be-human', 'suggestion')] });
    const rows = jsonl(r.stdout);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.findings).toEqual([{ ruleId: 'test-amp', principle: 'be-human', severity: 'suggestion', start: 4, end: 5 }]);
  });

  it('reads a LinkedIn Shares.csv: ShareCommentary with quoted newlines; a share without commentary is skipped', async () => {
    const r = await run(['audit', fixture('Shares.csv'), '--format', 'jsonl'], { rules: TEST_RULES });
    expect(jsonl(r.stdout).map((row) => row.index)).toEqual([0, 2]);
    expect(r.stderr).toBe('');
  });

  it('reports a CSV row with bad quoting by its line and reads every row after it', async () => {
    const r = await run(['audit', fixture('malformed.csv'), '--format', 'jsonl'], { rules: TEST_RULES });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/malformed\.csv:3: skipped record #1: a quoted field goes on after its closing quote/);
    expect(jsonl(r.stdout).map((row) => row.index)).toEqual([0, 2, 3]);
  });
});

describe('rapport audit summary', () => {
  it('counts posts, the self-promotion ratio against 80/20, frequent findings and the weakest posts', async () => {
    const r = await run(['audit', fixture('posts.csv')], { rules: TEST_RULES });
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/Posts read\s+5/);
    expect(out).toContain('20% of posts promote you (1 of 5). Within the guideline.');
    expect(out).toContain(PRINCIPLES['listen-dont-shout'].title);
    expect(out).toMatch(/test-loud: 1 time in 1 post/);
    expect(out).toContain('Weakest posts');
    expect(out).toMatch(/score\s+\d+\s+"LOUD news: our new blender is out\. Buy yours today!" \(index 1, line 3\)/);
  });

  it('says when self-promotion is above the guideline', async () => {
    const r = await run(['audit', fixture('Shares.csv')], { rules: TEST_RULES });
    expect(r.stdout).toContain('50% of posts promote you (1 of 2). Above the guideline.');
    expect(r.stdout).toMatch(/Without text\s+1 record skipped/);
  });

  it('says the ratio is not measured when no rule looks for self-promotion', async () => {
    const r = await run(['audit', fixture('posts.csv')], { rules: [TEST_RULES[2]!] });
    expect(r.stdout).toContain('Not measured');
  });

  it('counts malformed records in the summary', async () => {
    const r = await run(['audit', fixture('posts.jsonl'), '--format', 'json'], { rules: TEST_RULES });
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ posts: 4, malformed: 1, empty: 0 });
    expect(summary.selfPromotion).toMatchObject({ measured: true, posts: 1, ratio: 0.25, guideline: 0.2, withinGuideline: false });
    expect(summary.findings.map((f: { principle: string }) => f.principle)).toEqual(['add-value', 'listen-dont-shout']);
    const text = await run(['audit', fixture('posts.jsonl')], { rules: TEST_RULES });
    expect(text.stdout).toMatch(/Malformed\s+1 record skipped/);
  });

  it('leaves retweets out of an X archive\'s figures and says how many', async () => {
    const tweets = ['buy our tote bags', 'RT @friend: buy their mugs', 'quiet thoughts'].map((full_text) => ({ tweet: { full_text } }));
    const stdin = `window.YTD.tweets.part0 = ${JSON.stringify(tweets)}`;
    const json = JSON.parse((await run(['audit', '-', '--format', 'json'], { stdin, rules: TEST_RULES })).stdout);
    expect(json).toMatchObject({ posts: 2, reposts: 1, selfPromotion: { posts: 1, ratio: 0.5 } });
    const lines = (await run(['audit', '-', '--format', 'jsonl'], { stdin, rules: TEST_RULES })).stdout.trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).index)).toEqual([0, 2]);
    const text = (await run(['audit', '-'], { stdin, rules: TEST_RULES })).stdout;
    expect(text).toMatch(/Reposts\s+1 repost of other people's posts skipped/);
  });

  it('--top bounds the list of weakest posts', async () => {
    const r = await run(['audit', fixture('posts.jsonl'), '--format', 'json', '--top', '1'], { rules: TEST_RULES });
    const { weakest } = JSON.parse(r.stdout);
    expect(weakest).toHaveLength(1);
    expect(weakest[0]).toMatchObject({ index: 1, line: 2, snippet: 'LOUD and proud: buy our tote bags' });
  });

  it('reads standard input for "-" and detects its format too', async () => {
    const stdin = '[{"text": "so LOUD"}, {"text": "quiet"}]';
    const r = await run(['audit', '-', '--format', 'json'], { stdin, rules: TEST_RULES });
    expect(JSON.parse(r.stdout).posts).toBe(2);
  });

  it('--input-format forces a reader, and --text-column picks the column', async () => {
    const forced = await run(['audit', fixture('Shares.csv'), '--input-format', 'csv'], { rules: TEST_RULES });
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('no column "text"');
    expect(forced.stderr).toContain('"ShareCommentary"');
    const picked = await run(['audit', fixture('Shares.csv'), '--input-format', 'csv', '--text-column', 'ShareCommentary', '-f', 'json'], { rules: TEST_RULES });
    expect(picked.code).toBe(0);
    expect(JSON.parse(picked.stdout)).toMatchObject({ posts: 2, empty: 1 });
  });

  it('exits 1 when a post has an error finding', async () => {
    const stdin = '{"text": "fine"}\n{"text": "forbidden"}\n';
    const r = await run(['audit', '-', '--format', 'json'], { stdin, rules: TEST_RULES });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).postsWithErrors).toBe(1);
  });

  it.each([
    [['audit'], /needs a FILE/],
    [['audit', '/no/such/file.csv'], /No such file: \/no\/such\/file\.csv/],
    [['audit', '.'], /is a folder/],
    [['audit', 'a.csv', 'b.csv'], /one FILE/],
    [['audit', '--input-format', 'xml', 'x.csv'], /Unknown value "xml" for --input-format/],
    [['audit', '--platform', 'friendster', 'x.csv'], /Unknown platform/],
    [['audit', '--top', '0', 'x.csv'], /--top needs a whole number/],
    [['audit', '--nope', 'x.csv'], /Unknown option --nope/],
  ])('exits 2 on bad usage: %j', async (argv, message) => {
    const r = await run(argv, { rules: TEST_RULES });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('--help exits 0', async () => {
    const r = await run(['audit', '-h']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: rapport audit/);
  });

  it('shows progress on standard error only when it is a terminal', async () => {
    const tty = await run(['audit', fixture('posts.csv')], { rules: TEST_RULES, ttyErr: true });
    expect(tty.stderr).toContain('Read 1 post');
    const piped = await run(['audit', fixture('posts.csv')], { rules: TEST_RULES, ttyErr: false });
    expect(piped.stderr).toBe('');
  });
});

describe('rapport audit streams', () => {
  it('processes a generated 20,000-row CSV with a bounded read-ahead and a bounded summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-audit-'));
    const file = join(dir, 'big.csv');
    const rowBytes = 64;
    const rows: string[] = ['id,text'];
    for (let i = 0; i < 20_000; i++) {
      const body = `${i % 7 === 0 ? 'LOUD ' : ''}post ${i} about ${i % 3 === 0 ? 'buy' : 'our garden'}`;
      rows.push(`${i},"${body.padEnd(rowBytes - String(i).length - 4, '.')}"`);
    }
    writeFileSync(file, rows.join('\n') + '\n');
    const total = statSync(file).size;

    // Count the bytes read from the file by the time each post is analysed.
    let bytesRead = 0;
    async function* tracked(): AsyncGenerator<Buffer> {
      for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
        bytesRead += (chunk as Buffer).length;
        yield chunk as Buffer;
      }
    }
    let maxAhead = 0;
    let analysed = 0;
    const inner = stubAnalyzer();
    const analyzer = {
      analyze(text: string) {
        analysed += 1;
        maxAhead = Math.max(maxAhead, bytesRead - analysed * rowBytes);
        return inner.analyze(text);
      },
    };
    const { records } = await openRecords(tracked());
    const lines: string[] = [];
    const { summary } = await auditRecords(records, analyzer, {
      top: 5,
      onLine: async (line) => {
        if (lines.length < 3) lines.push(line);
      },
    });
    const json = summary.toJSON();
    expect(json.posts).toBe(20_000);
    expect(json.weakest).toHaveLength(5);
    expect(json.selfPromotion.posts).toBe(6667);
    expect(bytesRead).toBe(total);
    // Never more than a few chunks of the 1.3 MB file ahead of the post being analysed.
    expect(maxAhead).toBeLessThan(400 * 1024);
    expect(maxAhead).toBeLessThan(total / 3);
  });
});

describe('rapport audit --rules', () => {
  it('applies a house pack with --rules: JSON Lines findings carry the pack rule ids', async () => {
    const pack = new URL('../../../examples/packs/personal-creator.json', import.meta.url).pathname;
    const r = await run(['audit', '--rules', pack, '--format', 'jsonl', '-'], { rules: [], stdin: '["I utilize the the tools", "Nothing here"]' });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { index: number; findings: { ruleId: string }[] });
    expect(lines[0]?.findings.map((f) => f.ruleId)).toEqual(['house/sam-okafor/plain-words', 'house/sam-okafor/repeats']);
    expect(lines[1]?.findings).toEqual([]);
  });
});

