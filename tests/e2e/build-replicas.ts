/**
 * Bundles each replica page (tests/e2e/replicas/<platform>.ts|tsx) into one script in tests/e2e/.replicas/,
 * next to the shared HTML shell. The harness serves them at the sites' real URLs. esbuild, because the
 * whole set builds in well under a second and needs no config beyond this file.
 *
 *   npx tsx tests/e2e/build-replicas.ts
 */
import { build, type Plugin } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = join(here, 'replicas');
export const REPLICA_OUT_DIR = join(here, '.replicas');

/** Files in replicas/ that are helpers, not pages. */
const HELPERS = new Set(['shared.ts', 'lexical.ts']);

/** `import css from 'x.css?inline'` (Vite's spelling, so the types come from vite/client) as a string. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, async (args) => {
      const result = await b.resolve(args.path.replace(/\?inline$/, ''), {
        kind: args.kind,
        resolveDir: args.resolveDir,
      });
      return { path: result.path, namespace: 'inline-css' };
    });
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: await readFile(args.path, 'utf8'), loader: 'text' };
    });
  },
};

export async function buildReplicas(): Promise<string[]> {
  const entries = readdirSync(sourceDir)
    .filter((f) => /\.(ts|tsx)$/.test(f) && !HELPERS.has(f))
    .sort();
  rmSync(REPLICA_OUT_DIR, { recursive: true, force: true });
  mkdirSync(REPLICA_OUT_DIR, { recursive: true });
  await build({
    entryPoints: entries.map((f) => join(sourceDir, f)),
    outdir: REPLICA_OUT_DIR,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    // Production React and Lexical: what the sites ship, and no dev-only warnings in the console.
    // draft-js (through fbjs) still reads Node's `global`.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    conditions: ['production'],
    jsx: 'automatic',
    logLevel: 'warning',
    plugins: [inlineCss],
  });
  copyFileSync(join(sourceDir, 'shell.html'), join(REPLICA_OUT_DIR, 'shell.html'));
  return entries.map((f) => f.replace(/\.tsx?$/, ''));
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const names = await buildReplicas();
  console.log(`built ${names.length} replicas (${names.join(', ')}) in ${Math.round(performance.now() - started)} ms`);
}
