/**
 * `npm run build:cli` (and `postinstall`): bundles the `rapport` command (cli/bin.ts) into
 * dist/cli/rapport.mjs, the package's `bin`, so a call starts in plain Node without compiling TypeScript.
 * Plain JavaScript so that it runs before anything is compiled, and quickly enough that `npm run rapport`
 * rebuilds on every call and never runs stale code.
 *
 * Packages stay in node_modules (the command runs from this repository, or through `npm link` to it). The
 * engine is its own chunk: cli/main.ts imports it only once a command's arguments are right, so `--help`
 * and `--version` answer without loading the NLP library.
 */
import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist/cli');

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { rapport: 'cli/bin.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  splitting: true,
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
chmodSync(join(outdir, 'rapport.mjs'), 0o755);
