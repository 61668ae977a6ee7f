import { resolve } from 'node:path';
import { parseOptions, UsageError, wholeNumber } from '../lib/args';
import { EXTENSION_DIR, REPLICA_NAMES, type ReplicaName } from '../../tests/e2e/harness';
import { formatReport, reportJson } from './report';
import { runExtensionBench } from './run';

/** Keys per burst of typing: a pause every three words or so. */
const BURST_SIZE = 17;

export const DEFAULT_REPLICAS: readonly ReplicaName[] = ['x', 'facebook', 'mastodon'];

export const USAGE = `Usage: npm run bench:extension -- [--json] [--quick] [--replicas x,facebook,mastodon] [--keys N] [--cold N] [--seed N] [--extension DIR]

The extension's side of the speed budget, in Debian's Chromium with the built extension (run by
\`npm run bench:extension\` after \`wxt build\` and the replica build):
  1. the content script's minified size (and gzip size, for information);
  2. main-thread work the extension adds per keystroke: the same bursts typed into the same replica with and
     without the extension, alternating, CPU time from Performance.getMetrics (thread ticks), Event Timing
     and a CPU profile of where the page's JavaScript time went;
  3. last keystroke to the badge ready for the new text (the pause, then the rest), per burst;
  4. the first analysis after the background's service worker was stopped (cold start), for a draft that
     needs compromise's tagger and one that does not;
  5. the dashboard: opened with nothing stored, then a generated X archive imported through its file picker
     (timed), then opened again with every post stored.

  --json           print the figures as JSON (progress still goes to stderr)
  --quick          a third of the keys and fewer cold starts: a fast, noisier look
  --replicas LIST  comma-separated replicas (default ${DEFAULT_REPLICAS.join(',')}; any of ${REPLICA_NAMES.join(', ')})
  --keys N         keys typed into each replica on each side (default 500), in bursts of about 17
  --cold N         cold starts of each kind (default 3; 0 skips them)
  --dashboard N    tweets imported into the dashboard (default 10000, quick 2000; 0 skips the dashboard)
  --seed N         seed of the generator of the typed text (default 1)
  --extension DIR  the built extension (default .output/chrome-mv3)

Exit status: 0 whatever the figures; 1 when the run itself failed; 2 on a usage error.`;

function usageError(message: string): number {
  process.stderr.write(`bench:extension: ${message}\n\n${USAGE}\n`);
  return 2;
}

interface Args {
  json: boolean;
  help: boolean;
  extension: string | undefined;
  replicas: ReplicaName[];
  quick: boolean;
  keys: number;
  cold: number;
  dashboard: number;
  seed: number;
}

function parse(argv: readonly string[]): Args {
  const values = parseOptions(argv, {
    json: { type: 'boolean' },
    quick: { type: 'boolean' },
    replicas: { type: 'string' },
    keys: { type: 'string' },
    cold: { type: 'string' },
    dashboard: { type: 'string' },
    seed: { type: 'string' },
    extension: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const replicas = values.replicas ? values.replicas.split(',').map((r) => r.trim()).filter(Boolean) : [...DEFAULT_REPLICAS];
  const unknown = replicas.filter((r) => !(REPLICA_NAMES as string[]).includes(r));
  if (unknown.length || !replicas.length) throw new UsageError(`unknown replica ${unknown.join(', ') || '(none given)'}`);
  const quick = values.quick ?? false;
  const keys = wholeNumber('keys', values.keys, quick ? 170 : 500);
  if (keys < 2 * BURST_SIZE) throw new UsageError(`--keys needs at least ${2 * BURST_SIZE}`);
  return {
    json: values.json ?? false,
    help: values.help ?? false,
    extension: values.extension,
    replicas: replicas as ReplicaName[],
    quick,
    keys,
    cold: wholeNumber('cold', values.cold, quick ? 2 : 3),
    dashboard: wholeNumber('dashboard', values.dashboard, quick ? 2000 : 10_000),
    seed: wholeNumber('seed', values.seed, 1),
  };
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: Args;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usageError(error.message);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { keys, cold, dashboard, seed, quick, replicas } = args;

  const log = (message: string) => process.stderr.write(`${message}\n`);
  try {
    const report = await runExtensionBench({
      extensionDir: resolve(args.extension ?? EXTENSION_DIR),
      replicas,
      keys,
      burstSize: BURST_SIZE,
      coldSamples: cold,
      dashboardPosts: dashboard,
      dashboardOpens: quick ? 3 : 7,
      seed,
      quick,
      log,
    });
    process.stdout.write(`${args.json ? reportJson(report) : formatReport(report)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`bench:extension: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
