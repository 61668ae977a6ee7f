import { mkdtempSync, writeFileSync, createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, RULES } from '../../../rules/index';
import { parsePolicy, ratioSummary, toPostRecord, type PostRecord } from '../../../rules/history';
import { openArchive, openRecords } from '../../../cli/readers/detect';
import { folderFiles } from '../../../cli/readers/node-files';
import { auditRecords } from '../../../cli/commands/audit';
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
      expect(Object.keys(row)).toEqual(['index', 'kind', 'signals', 'findings', 'score']);
      expect(typeof (row.signals as Record<string, number>).selfPromotion).toBe('number');
    }
    expect(rows[1]?.findings).toEqual([
      { ruleId: 'test-loud', principle: 'listen-dont-shout', severity: 'warning', start: 0, end: 4 },
      { ruleId: 'self-promotion', principle: 'add-value', severity: 'suggestion', start: 35, end: 38 },
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
    expect(out).toContain('Self-promotion (80/20: at most 20% of posts promote you, 2 in any 10)');
    expect(out).toContain('20% of posts promote you (1 of 5). Within 80/20.');
    expect(out).toContain(PRINCIPLES['listen-dont-shout'].title);
    expect(out).toMatch(/test-loud: 1 time in 1 post/);
    expect(out).toContain('Weakest posts');
    expect(out).toMatch(/score\s+\d+\s+"LOUD news: our new blender is out\. Buy yours today!" \(index 1, line 3\)/);
  });

  it('says when self-promotion is above the policy, over all posts and over the newest by date', async () => {
    const r = await run(['audit', fixture('Shares.csv')], { rules: TEST_RULES });
    expect(r.stdout).toContain('50% of posts promote you (1 of 2). Above 80/20.');
    expect(r.stdout).toContain('The last 2 posts by date: 1 promotes.');
    expect(r.stdout).toMatch(/Without text\s+1 record skipped/);
    const strict = await run(['audit', fixture('Shares.csv'), '--policy', '4-1-1', '--window', '6'], { rules: TEST_RULES });
    expect(strict.stdout).toContain('Self-promotion (4-1-1: at most 16.7% of posts promote you, 1 in any 6)');
  });

  it('--policy takes 80/20, 4-1-1, thirds or a share, and --window a length; a bad one is a usage error', async () => {
    const json = async (...extra: string[]) => JSON.parse((await run(['audit', fixture('posts.jsonl'), '-f', 'json', ...extra], { rules: TEST_RULES })).stdout);
    expect((await json('--policy', 'thirds')).selfPromotion).toMatchObject({ policy: { id: 'thirds', window: 9, allowed: 3 }, within: true });
    expect((await json('--policy', '25%', '--window', '8')).selfPromotion.policy).toEqual({ id: 'custom', label: '25%', share: 0.25, window: 8, allowed: 2 });
    const bad = await run(['audit', fixture('posts.jsonl'), '--policy', '90/20'], { rules: TEST_RULES });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--policy: unknown policy "90/20"');
    const short = await run(['audit', fixture('posts.jsonl'), '--window', '3'], { rules: TEST_RULES });
    expect(short.stderr).toContain('a window of 3 posts is too short for 80/20');
  });

  it('counts malformed records in the summary', async () => {
    const r = await run(['audit', fixture('posts.jsonl'), '--format', 'json'], { rules: TEST_RULES });
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ posts: 4, malformed: 1, empty: 0 });
    expect(summary.selfPromotion).toMatchObject({ posts: 1, ratio: 0.25, policy: { share: 0.2 }, within: false, recent: null });
    expect(summary.cadence).toBeNull();
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
    [['audit', mkdtempSync(join(tmpdir(), 'rapport-empty-'))], /holds no posts Rapport knows/],
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

describe('rapport audit on a whole archive', () => {
  const archive = fixture('x-archive');

  it('reads an X archive folder, its data/ folder or its zip alike, through the manifest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-zip-'));
    const zip = join(dir, 'twitter-2023-09-10.zip');
    const tree: Record<string, Uint8Array> = {};
    for (const name of readdirSync(join(archive, 'data'))) {
      if (name.endsWith('.js')) tree[`data/${name}`] = readFileSync(join(archive, 'data', name));
    }
    writeFileSync(zip, zipSync(tree));
    for (const path of [archive, join(archive, 'data'), zip]) {
      const r = await run(['audit', path, '--format', 'json'], { rules: TEST_RULES });
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ posts: 5, reposts: 1, replies: 2, malformed: 0, cadence: { from: '2023-07-01', to: '2023-09-08' } });
    }
  });

  it('coaches an archive as X posts, counting a long reply as X does, with offsets into the whole text', async () => {
    const lengthRule = RULES.find((rule) => rule.meta.id === 'length-limit');
    expect(lengthRule).toBeDefined();
    const rules = [lengthRule!, patternRule('test-proof', /\bproof\b/, 'be-human', 'suggestion')];
    const r = await run(['audit', archive, '--format', 'jsonl'], { rules });
    const rows = jsonl(r.stdout);
    expect(rows.flatMap((row) => (row.findings as { ruleId: string }[]).map((f) => f.ruleId))).toEqual(['test-proof']);
    const reply = rows[1] as { index: number; kind: string; findings: { start: number; end: number }[] };
    expect(reply).toMatchObject({ index: 1, kind: 'conversation' });
    const text = JSON.parse(readFileSync(join(archive, 'data/tweets.js'), 'utf8').replace(/^[^=]*=/, ''))[1].tweet.full_text as string;
    expect(text.slice(reply.findings[0]?.start, reply.findings[0]?.end)).toBe('proof');
  });

  it('tells the user what it noticed about the archive on standard error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-nomanifest-'));
    writeFileSync(join(dir, 'tweets.js'), readFileSync(join(archive, 'data/tweets.js')));
    const r = await run(['audit', dir], { rules: TEST_RULES });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('has no manifest.js; read tweets.js by name.');
    expect(r.stdout).toContain('X archive tweets.js, from');
  });

  it('refuses --input-format for an archive', async () => {
    const r = await run(['audit', archive, '--input-format', 'csv'], { rules: TEST_RULES });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--input-format does not apply');
  });
});

describe('one number for the CLI and the dashboard', () => {
  it('the audit\'s ratio equals rules/history\'s over the records the dashboard would store for the same archive', async () => {
    const archive = fixture('x-archive');
    const audit = JSON.parse((await run(['audit', archive, '--format', 'json', '--policy', 'thirds'])).stdout);
    const analyzer = createAnalyzer();
    const stored: PostRecord[] = [];
    for await (const record of (await openArchive(await folderFiles(archive))).records) {
      if (record.kind !== 'post') continue;
      const text = record.counted ? record.text.slice(record.counted.start, record.counted.end) : record.text;
      stored.push(toPostRecord(analyzer.analyze(text, { platform: 'x' }), { at: record.at!, platform: 'x', reply: record.reply, thread: record.thread }));
    }
    const policy = parsePolicy('thirds');
    if (!policy.ok) throw new Error(policy.error);
    const dashboard = ratioSummary(stored, policy.policy);
    expect(audit.selfPromotion).toMatchObject({ posts: dashboard.promotions, within: dashboard.within, recent: dashboard.recent });
    expect(audit.selfPromotion.ratio).toBeCloseTo(dashboard.share ?? NaN, 4);
    expect(dashboard.promotions).toBeGreaterThan(0);
  });
});

describe('rapport audit on a LinkedIn export', () => {
  it('reads Shares.csv and Comments.csv from the export folder: comments are conversation', async () => {
    const r = await run(['audit', fixture('linkedin-export'), '--format', 'json'], { rules: TEST_RULES });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ posts: 7, empty: 1, replies: 5, cadence: { from: '2025-02-26', to: '2025-05-02' } });
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

