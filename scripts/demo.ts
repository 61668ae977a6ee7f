/**
 * `npm run demo`: builds the extension and opens it on the replica composers (served at the sites' real
 * addresses, nothing reaches the network), so you can type a post and watch Rapport coach it. Where there
 * is no display (a server, CI), it runs the `rapport` command on the bundled example posts instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../cli/main';
import { chromiumPath } from './lib/chromium-path';

const root = join(import.meta.dirname, '..');

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function cli(args: string[]): Promise<void> {
  console.log(`\n$ rapport ${args.map((a) => (a.includes(' ') ? JSON.stringify(a.slice(0, 40) + '…') : a)).join(' ')}`);
  await main(args, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
}

async function browserDemo(): Promise<void> {
  run('npx', ['tsx', 'tests/e2e/build-replicas.ts']);
  const { launchBrowser } = await import('../tests/e2e/harness');
  const browser = await launchBrowser({ headless: false });
  for (const name of ['x', 'linkedin', 'bluesky', 'mastodon'] as const) await browser.openReplica(name);
  console.log('\nRapport is loaded in the Chromium window: click into a composer and type a post.');
  console.log('Close the window (or press Ctrl+C) to end the demo.');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  await browser.close();
}

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
run('npx', ['wxt', 'build']);
if (hasDisplay && existsSync(chromiumPath())) {
  await browserDemo();
} else {
  console.log('\nNo display here, so the demo runs the rapport command on the bundled examples.');
  console.log('The built extension is in .output/chrome-mv3 (load it unpacked in Chromium to use it).');
  const example = (name: string) => readFileSync(join(root, 'examples', name), 'utf8').trim();
  await cli(['check', '--platform', 'x', example('salesy-launch.txt')]);
  await cli(['check', '--platform', 'linkedin', example('conversational.txt')]);
  await cli(['audit', join(root, 'examples/posts.jsonl')]);
}
