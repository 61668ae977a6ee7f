import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The house plan's boundaries (shared/DESIGN.md), checked on the real import graph so a change that breaks
 * one fails here rather than in a review: no import circles; rules/ free of the browser, the pages and the
 * CLI; platforms/ and the content script taking only types from the engine, directly or through anything
 * they import. Each check is a function of a graph, proved on a small made-up graph that breaks it.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['rules', 'platforms', 'utils', 'components', 'entrypoints', 'cli'];

interface Edge {
  to: string;
  /** `import type` / `export type`: erased from the build, so it carries no code across. */
  typeOnly: boolean;
  /** `import(...)`: loaded when the code runs, not with the importing file. */
  dynamic?: boolean;
}
interface Tree {
  /** Local imports per file (repository-relative paths). */
  graph: Map<string, Edge[]>;
  /** Package imports per file. */
  packages: Map<string, string[]>;
  /** Each file's source, for the browser-API check. */
  sources: Map<string, string>;
}

const STATIC_IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A path inside the repository for a relative or `@/` (WXT's root alias) import; undefined for a package. */
function resolveLocal(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else if (spec.startsWith('@/')) base = resolve(ROOT, spec.slice(2));
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try {
      if (statSync(candidate).isFile()) return relative(ROOT, candidate);
    } catch {
      // not this candidate
    }
  }
  return undefined;
}

function readTree(): Tree {
  const tree: Tree = { graph: new Map(), packages: new Map(), sources: new Map() };
  for (const path of FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)))) {
    const file = relative(ROOT, path);
    const source = readFileSync(path, 'utf8');
    const edges: Edge[] = [];
    const packages: string[] = [];
    const add = (spec: string, typeOnly: boolean, dynamic = false) => {
      const local = resolveLocal(path, spec);
      if (local) edges.push({ to: local, typeOnly, ...(dynamic ? { dynamic } : {}) });
      else if (!spec.startsWith('.') && !spec.startsWith('@/')) packages.push(spec);
    };
    for (const m of source.matchAll(STATIC_IMPORT)) add(m[3] ?? '', Boolean(m[2]));
    for (const m of source.matchAll(DYNAMIC_IMPORT)) add(m[1] ?? '', false, true);
    tree.graph.set(file, edges);
    tree.packages.set(file, packages);
    tree.sources.set(file, source);
  }
  return tree;
}

const inside = (file: string, folder: string): boolean => file === folder || file.startsWith(`${folder}/`);

/** Every import circle, each as the files around it (Tarjan's strongly connected components). */
function findCycles(graph: Map<string, Edge[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const { to } of graph.get(node) ?? []) {
      if (!order.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node) ?? 0, order.get(to) ?? 0));
    }
    if (low.get(node) === order.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member !== undefined) {
          onStack.delete(member);
          component.push(member);
        }
      } while (member !== undefined && member !== node);
      const selfLoop = (graph.get(node) ?? []).some((e) => e.to === node);
      if (component.length > 1 || selfLoop) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return cycles;
}

/** rules/ imports nothing of the pages, the CLI or the browser, by path, package or global. */
function engineLeaks(tree: Tree): string[] {
  const out: string[] = [];
  for (const [file, edges] of tree.graph) {
    if (!inside(file, 'rules')) continue;
    for (const { to } of edges) if (['entrypoints', 'components', 'utils', 'cli'].some((f) => inside(to, f))) out.push(`${file} -> ${to}`);
    for (const spec of tree.packages.get(file) ?? []) {
      if (/^(?:wxt|@wxt-dev|webextension-polyfill|preact)(?:\/|$)/.test(spec)) out.push(`${file} -> ${spec}`);
    }
    if (/\b(?:browser|chrome)\.\w/.test(tree.sources.get(file) ?? '')) out.push(`${file} uses a browser API`);
  }
  return out;
}

/** Signals and detectors never import a rule: what a signal shares with a rule lives in a detector. */
function signalsOnRules(graph: Map<string, Edge[]>): string[] {
  return [...graph]
    .filter(([file]) => inside(file, 'rules/signals') || inside(file, 'rules/detectors'))
    .flatMap(([file, edges]) => edges.filter((e) => inside(e.to, 'rules/builtin')).map((e) => `${file} -> ${e.to}`));
}

/**
 * Files under `folder` that bring engine code (anything under rules/, or whatever `forbidden` names) into
 * their bundle: through a value import, directly or by way of any file they import. Type-only imports are
 * erased, so they may cross; with `loadedWith`, so may dynamic ones (what loads with the file, not later).
 */
function engineCodeReachedFrom(
  graph: Map<string, Edge[]>,
  folder: string,
  forbidden: (file: string) => boolean = (f) => inside(f, 'rules'),
  { loadedWith = false } = {},
): string[] {
  const out: string[] = [];
  for (const start of [...graph.keys()].filter((f) => inside(f, folder))) {
    const via = new Map<string, string>([[start, '']]);
    const queue = [start];
    while (queue.length > 0) {
      const file = queue.shift() ?? '';
      for (const { to, typeOnly, dynamic } of graph.get(file) ?? []) {
        if (typeOnly || (loadedWith && dynamic) || via.has(to)) continue;
        via.set(to, file);
        if (forbidden(to)) {
          const path = [to];
          for (let at = file; at !== ''; at = via.get(at) ?? '') path.unshift(at);
          out.push(path.join(' -> '));
        } else queue.push(to);
      }
    }
  }
  return out;
}

const edge = (to: string, typeOnly = false): Edge => ({ to, typeOnly });
const made = (graph: Record<string, Edge[]>, packages: Record<string, string[]> = {}, sources: Record<string, string> = {}): Tree => ({
  graph: new Map(Object.entries(graph)),
  packages: new Map(Object.entries(packages)),
  sources: new Map(Object.entries(sources)),
});

describe('the checks themselves, on made-up graphs', () => {
  it('find a circle, type-only links included, and nothing in a tree', () => {
    const circle = made({
      'a.ts': [edge('b.ts')],
      'b.ts': [edge('c.ts', true)],
      'c.ts': [edge('a.ts')],
      'd.ts': [edge('a.ts')],
    });
    expect(findCycles(circle.graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(findCycles(made({ 'a.ts': [edge('a.ts')] }).graph)).toEqual([['a.ts']]);
    expect(findCycles(made({ 'a.ts': [edge('b.ts')], 'c.ts': [edge('b.ts')] }).graph)).toEqual([]);
  });

  it('catch the engine reaching for a page, a browser package or a browser global', () => {
    const tree = made(
      { 'rules/a.ts': [edge('utils/settings.ts', true)], 'rules/b.ts': [], 'rules/c.ts': [], 'utils/x.ts': [edge('rules/a.ts')] },
      { 'rules/b.ts': ['wxt/browser'], 'rules/c.ts': ['zod/mini'] },
      { 'rules/c.ts': 'const tab = await chrome.tabs.query({});' },
    );
    expect(engineLeaks(tree)).toEqual(['rules/a.ts -> utils/settings.ts', 'rules/b.ts -> wxt/browser', 'rules/c.ts uses a browser API']);
  });

  it('catch a signal or a detector importing a rule', () => {
    const graph = made({
      'rules/signals/risk.ts': [edge('rules/detectors/heat.ts'), edge('rules/builtin/heat.ts', true)],
      'rules/builtin/heat.ts': [edge('rules/detectors/heat.ts')],
    }).graph;
    expect(signalsOnRules(graph)).toEqual(['rules/signals/risk.ts -> rules/builtin/heat.ts']);
  });

  it('catch engine code reached through another file, and let type-only imports pass', () => {
    const graph = made({
      'entrypoints/composer.content/index.ts': [edge('components/shared/card.tsx'), edge('rules/engine/types.ts', true)],
      'components/shared/card.tsx': [edge('rules/engine/strengths.ts')],
      'platforms/x.ts': [edge('rules/engine/types.ts', true)],
    }).graph;
    expect(engineCodeReachedFrom(graph, 'entrypoints/composer.content')).toEqual([
      'entrypoints/composer.content/index.ts -> components/shared/card.tsx -> rules/engine/strengths.ts',
    ]);
    expect(engineCodeReachedFrom(graph, 'platforms')).toEqual([]);
  });
});

describe('the import graph of the repository', () => {
  const tree = readTree();

  it('is read whole, following relative, `@/` and dynamic imports', () => {
    expect(tree.graph.size).toBeGreaterThan(100);
    expect(tree.graph.get('rules/engine/analyze.ts')?.map((e) => e.to)).toContain('rules/engine/document.ts');
    expect(tree.graph.get('components/options/edited-profile.tsx')?.map((e) => e.to)).toContain('utils/profiles.ts');
    expect(tree.graph.get('rules/index.ts')?.find((e) => e.to === 'rules/engine/rule.ts')?.typeOnly).toBe(true);
    expect(tree.graph.get('entrypoints/composer.content/index.ts')?.length).toBeGreaterThan(0);
  });

  it('has no import circles, type-only imports included', () => {
    expect(findCycles(tree.graph)).toEqual([]);
  });

  it('keeps rules/ free of the pages, the CLI and the browser', () => {
    expect(engineLeaks(tree)).toEqual([]);
  });

  it('keeps signals and detectors independent of the rules', () => {
    expect(signalsOnRules(tree.graph)).toEqual([]);
  });

  it('lets platforms/ take only types from the engine', () => {
    expect(engineCodeReachedFrom(tree.graph, 'platforms')).toEqual([]);
  });

  it('keeps the engine out of the content script: types only, through whatever it imports', () => {
    expect(engineCodeReachedFrom(tree.graph, 'entrypoints/composer.content')).toEqual([]);
  });

  it('keeps the engine and the archive readers out of the dashboard page, which opens on every click (its import workers load them)', () => {
    // The history's judgements, the principles and the shared schemas (zod only) are the page's to use.
    const LIGHT = ['rules/history', 'rules/principles.ts', 'rules/engine/types.ts', 'cli/readers/types.ts'];
    const engine = (file: string) => (inside(file, 'rules') || inside(file, 'cli')) && !LIGHT.some((allowed) => inside(file, allowed));
    expect(engineCodeReachedFrom(tree.graph, 'entrypoints/dashboard', engine)).toEqual([]);
    expect(engineCodeReachedFrom(tree.graph, 'components/dashboard/import-worker.ts', engine).length).toBeGreaterThan(0);
  });

  it('keeps the NLP library out of the command start: `rapport --version` and `--help` never load it', () => {
    const nlp = (file: string) => file === 'rules/engine/nlp.ts';
    expect(engineCodeReachedFrom(tree.graph, 'cli/bin.ts', nlp, { loadedWith: true })).toEqual([]);
    // A command that checks text loads it, later, through a dynamic import.
    expect(engineCodeReachedFrom(tree.graph, 'cli/bin.ts', nlp).length).toBeGreaterThan(0);
  });
});
