// The `rapport` command's entry point. `npm run build:cli` bundles it into dist/cli/rapport.mjs (the
// package's `bin`, built on install), which starts without compiling TypeScript on every call.
import { main } from './main';

// `rapport audit big.csv --format jsonl | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
