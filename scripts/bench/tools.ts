import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import type { PlatformId } from '../../platforms/types';
import { createAnalyzer, createKindClassifier } from '../../rules/index';

/** Something that reads a text: Rapport, the parser it is built on, or a linter users might pick instead. */
export interface Tool {
  name: string;
  /** Analyses a text it has not seen, with nothing cached from earlier texts where the tool allows it. */
  full(text: string, platform: PlatformId | undefined): unknown;
  /** A long-lived instance for a stream of drafts of one post (an editor session); may keep a cache. */
  session(): (text: string, platform: PlatformId | undefined) => unknown;
}

export const rapport: Tool = {
  name: 'rapport',
  // A fresh analyzer has an empty chunk cache: everything is parsed and computed anew.
  full: (text, platform) => createAnalyzer().analyze(text, platform ? { platform } : {}),
  session() {
    const analyzer = createAnalyzer();
    return (text, platform) => analyzer.analyze(text, platform ? { platform } : {});
  },
};

/** Rapport's kind-only path: what an archive import needs per post (the self-promotion ratio). */
export const rapportKinds: Tool = {
  name: 'rapport kinds',
  full: (text, platform) => createKindClassifier().classify(text, platform),
  session() {
    const classifier = createKindClassifier();
    return (text, platform) => classifier.classify(text, platform);
  },
};

export const compromise: Tool = {
  name: 'compromise',
  full: (text) => nlp(text),
  session: () => (text) => nlp(text),
};

export interface LoadedTools {
  tools: Tool[];
  notes: string[];
}

/**
 * harper.js (Automattic's WASM grammar checker, its LocalLinter with the default rule set, American
 * English, plain-text mode) and alex (insensitive-writing linter, plain-text mode). Both are optional
 * devDependencies: when one cannot be loaded the benchmark says so and skips its comparisons.
 */
export async function loadCompetitors(): Promise<LoadedTools> {
  const tools: Tool[] = [];
  const notes: string[] = [];
  try {
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new LocalLinter({ binary });
    const t0 = performance.now();
    await linter.setup();
    notes.push(`harper.js ${await versionOf('harper.js')}: one LocalLinter, set up once in ${Math.round(performance.now() - t0)} ms (not timed), default lint config, language plaintext.`);
    const lint = (text: string) => linter.lint(text, { language: 'plaintext' });
    // Harper keeps results of text it has seen; `full` only ever gets texts it has not seen.
    tools.push({ name: 'harper.js', full: lint, session: () => lint });
  } catch (error) {
    notes.push(`harper.js could not be loaded (${(error as Error).message}); run npm i -D harper.js. Its comparisons are skipped.`);
  }
  try {
    const alex = await import('alex');
    notes.push(`alex ${await versionOf('alex')}: alex.text(), default options.`);
    tools.push({ name: 'alex', full: (text) => alex.text(text), session: () => (text) => alex.text(text) });
  } catch (error) {
    notes.push(`alex could not be loaded (${(error as Error).message}); run npm i -D alex. Its comparisons are skipped.`);
  }
  return { tools, notes };
}

async function versionOf(name: string): Promise<string> {
  try {
    const { readFileSync, existsSync } = await import('node:fs');
    const { dirname, join } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    // The package's exports may not include package.json: walk up from its entry point instead.
    let dir = dirname(fileURLToPath(import.meta.resolve(name)));
    for (let up = 0; up < 5; up++, dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    }
  } catch {
    // fall through
  }
  return '(version unknown)';
}
