/**
 * `npm run build:cli` (and `postinstall`): bundles the `rapport` command (cli/bin.ts) into
 * dist/cli/rapport.mjs, the package's `bin`, so a call starts in plain Node without compiling TypeScript.
 * Plain JavaScript so that it runs before anything is compiled, and quickly enough that `npm run rapport`
 * rebuilds on every call and never runs stale code.
 *
 * Packages stay in node_modules (the command runs from this repository, or through `npm link` to it), except
 * compromise, which is bundled as the extension's background bundles it: its tagger loads only when a
 * sentence needs tags (rules/engine/tagger.lazy.ts), from a model built here rather than on every call
 * (build/tagger-model.ts). A check that needs no tags never loads the tagger at all. The engine is its own
 * chunk: cli/main.ts imports it only once a command's arguments are right, so `--help` and `--version`
 * answer without loading the NLP library.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, transformSync } from 'esbuild';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist/cli');
const compromise = join(root, 'node_modules/compromise');
/** compromise's package.json: its version keys the model's cache, its exports name its parts' sources. */
const compromisePackage = JSON.parse(readFileSync(join(compromise, 'package.json'), 'utf8'));
const engine = join(root, 'rules/engine');

/** The same swap as wxt.config.ts makes for the background: the engine's `./tagger` becomes the lazy one. */
const TAGGER_SOURCES = JSON.parse(readFileSync(join(root, 'build/tagger-sources.json'), 'utf8'));
const MODEL_MODULE = join(compromise, TAGGER_SOURCES['compromise/two/model']);

/**
 * The tagger's model as build/tagger-model.ts writes it, kept in node_modules/.cache for the next build
 * (making it takes about 0.6 s, and `npm run rapport` builds on every call), keyed by compromise's version
 * and the generator's source. The generator is TypeScript, and this script runs before anything is compiled.
 */
async function taggerModelModule() {
  const generator = readFileSync(join(root, 'build/tagger-model.ts'), 'utf8');
  const key = createHash('sha256').update(`${compromisePackage.version}\0${generator}`).digest('hex').slice(0, 16);
  const cached = join(root, 'node_modules/.cache/rapport', `tagger-model-${key}.js`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const { code } = transformSync(generator, { loader: 'ts', format: 'esm' });
  const { taggerModelModule: generate } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const { default: model } = await import(pathToFileURL(MODEL_MODULE).href);
  const module = generate(model);
  mkdirSync(join(cached, '..'), { recursive: true });
  // Written whole, then renamed: a build running at the same time reads all of it or none.
  writeFileSync(`${cached}.${process.pid}`, module);
  renameSync(`${cached}.${process.pid}`, cached);
  return module;
}

/** @type {import('esbuild').Plugin} */
const bundledTagger = {
  name: 'rapport:bundled-lazy-tagger',
  setup(b) {
    b.onResolve({ filter: /^\.\/tagger$/ }, (args) => (args.importer === join(engine, 'nlp.ts') ? { path: join(engine, 'tagger.lazy.ts') } : undefined));
    // Every part of compromise from its ES source in one bundle, so the tagger plugs into the same instance
    // the sentence splitter (`compromise/one`) comes from.
    b.onResolve({ filter: /^compromise(\/.*)?$/ }, (args) => {
      const part = args.importer === join(engine, 'tagger.lazy.ts') ? TAGGER_SOURCES[args.path] : undefined;
      if (part) return { path: join(compromise, part) };
      const entry = compromisePackage.exports[args.path.replace(/^compromise/, '.')];
      if (!entry?.import?.default) return { errors: [{ text: `${args.path} is not a part of compromise this build knows` }] };
      return { path: join(compromise, entry.import.default) };
    });
    let model;
    b.onLoad({ filter: /preTagger[\\/]model[\\/]index\.js$/ }, async (args) => {
      if (args.path !== MODEL_MODULE) return undefined;
      model ??= taggerModelModule();
      return { contents: await model, loader: 'js' };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { rapport: 'cli/bin.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  plugins: [bundledTagger],
  splitting: true,
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
chmodSync(join(outdir, 'rapport.mjs'), 0o755);
