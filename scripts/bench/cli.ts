import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_DATA_DIR, MissingDataError, readSet } from '../eval/data';
import { parseOptions, UsageError, wholeNumber } from '../lib/args';
import { benchJson, formatBench } from './report';
import { runBench } from './suite';
import { compromise, loadCompetitors, rapport, rapportKinds } from './tools';

export const USAGE = `Usage: npm run bench -- [--data DIR] [--json] [--quick] [--seed N] [--profile]

Times Rapport against compromise's parse (the budget), harper.js and alex, on generated posts of 280,
3,000 and 20,000 characters (full analysis with an empty cache, and re-analysis after a one-word edit),
throughput over the dev corporate tweets in DIR (default ${DEFAULT_DATA_DIR}; skipped when missing), the
kinds of 2,000 posts from the four dev sets (classifyKind against the full analysis an import would run), and
the archive readers over a generated X archive of 20,000 tweets against JSON.parse of the whole file.

  --json     print the figures as JSON (progress still goes to stderr)
  --quick    a third of the runs: a fast, noisier look
  --seed N   seed of the text generator (default 1)
  --profile  instead: time each rule and signal inside Rapport's analyses (where the budget goes)

Exit status: 0 whatever the figures; 2 on a usage error.`;

export async function main(argv: readonly string[]): Promise<number> {
  let values;
  let seed: number | undefined;
  try {
    values = parseOptions(argv, {
      data: { type: 'string' },
      json: { type: 'boolean' },
      quick: { type: 'boolean' },
      seed: { type: 'string' },
      profile: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    seed = wholeNumber('seed', values.seed);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`bench: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const log = (message: string) => process.stderr.write(`${message}\n`);
  if (values.profile) {
    const { runProfile, formatProfile } = await import('./profile');
    const profile = runProfile(values.quick ? 5 : 12, seed ?? 2);
    process.stdout.write(`${values.json ? JSON.stringify(profile, null, 2) : formatProfile(profile)}\n`);
    return 0;
  }
  const notes: string[] = [];
  const dataDir = resolve(values.data ?? DEFAULT_DATA_DIR);
  let posts: string[] | undefined;
  const file = 'corporate-messaging.csv';
  if (!existsSync(join(dataDir, file))) {
    notes.push(`Throughput skipped: ${join(dataDir, file)} not found (pass --data with the dev data folder).`);
  } else {
    try {
      posts = readSet(dataDir, file, ['text']).map((row) => row.text ?? '');
    } catch (error) {
      if (!(error instanceof MissingDataError)) throw error;
      notes.push(`Throughput skipped: ${error.message}`);
    }
  }
  const kindPosts = devMix(dataDir, KIND_POSTS);
  if (!kindPosts) notes.push(`Kinds timed on generated tweets: the dev sets were not found in ${dataDir}.`);
  log('bench: loading harper.js and alex');
  const loaded = await loadCompetitors();
  const report = await runBench({
    rapport,
    compromise,
    competitors: loaded.tools,
    posts,
    kinds: rapportKinds,
    kindPosts,
    seed: seed ?? 1,
    quick: values.quick ?? false,
    notes: [...loaded.notes, ...notes],
    log,
  });
  const load = report.environment.loadAverage[0] ?? 0;
  if (load > report.environment.cpus * 0.75) {
    report.notes.push(`The machine was busy (load average ${load} on ${report.environment.cpus} cores): absolute times are inflated; ratios are less affected because runs are interleaved.`);
  }
  process.stdout.write(`${values.json ? benchJson(report) : formatBench(report)}\n`);
  return 0;
}

const DEV_SETS = ['clickbait.csv', 'corporate-messaging.csv', 'vader-tweets.csv', 'youtube-spam.csv'];
const KIND_POSTS = 2000;

/**
 * `count` posts spread evenly over the four dev sets (every k-th text of their concatenation), so headlines,
 * brand tweets, personal tweets and comments all appear; undefined when a set is missing.
 */
function devMix(dir: string, count: number): string[] | undefined {
  const texts: string[] = [];
  for (const file of DEV_SETS) {
    if (!existsSync(join(dir, file))) return undefined;
    texts.push(...readSet(dir, file, ['text']).map((row) => row.text ?? ''));
  }
  const step = texts.length / count;
  return Array.from({ length: Math.min(count, texts.length) }, (_, i) => texts[Math.floor(i * step)]!);
}
