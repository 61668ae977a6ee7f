import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The house plan's boundaries (shared/DESIGN.md), checked on the real import graph so a change that breaks
 * one fails here rather than in a review: no import circles; rules/ free of the browser, the pages and the
 * CLI; platforms/ and the content script taking only types from the engine.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['rules', 'platforms', 'utils', 'components', 'entrypoints', 'cli'];

interface Edge {
  to: string;
  typeOnly: boolean;
}
type Graph = Map<string, Edge[]>;

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

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

function buildGraph(): { graph: Graph; external: Map<string, string[]> } {
  const graph: Graph = new Map();
  const external = new Map<string, string[]>();
  for (const file of FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)))) {
    const source = readFileSync(file, 'utf8');
    const edges: Edge[] = [];
    const packages: string[] = [];
    for (const match of source.matchAll(IMPORT)) {
      const spec = match[3] ?? '';
      const local = resolveLocal(file, spec);
      if (local) edges.push({ to: local, typeOnly: Boolean(match[2]) || /^\s*import\s+type\b/.test(match[0]) });
      else if (!spec.startsWith('.') && !spec.startsWith('@/')) packages.push(spec);
    }
    graph.set(relative(ROOT, file), edges);
    external.set(relative(ROOT, file), packages);
  }
  return { graph, external };
}

/** Every import circle, each as the files around it (Tarjan's strongly connected components). */
export function findCycles(graph: Graph): string[][] {
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

const { graph, external } = buildGraph();
const inside = (file: string, folder: string): boolean => file.startsWith(`${folder}/`);

describe('the import graph', () => {
  it('finds a circle when there is one (the check itself works)', () => {
    const synthetic: Graph = new Map([
      ['a.ts', [{ to: 'b.ts', typeOnly: false }]],
      ['b.ts', [{ to: 'c.ts', typeOnly: true }]],
      ['c.ts', [{ to: 'a.ts', typeOnly: false }]],
      ['d.ts', [{ to: 'a.ts', typeOnly: false }]],
    ]);
    expect(findCycles(synthetic)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(findCycles(new Map([['a.ts', [{ to: 'b.ts', typeOnly: false }]]]))).toEqual([]);
  });

  it('reads the real tree, following relative and `@/` imports', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('rules/engine/analyze.ts')?.map((e) => e.to)).toContain('rules/engine/document.ts');
    expect(graph.get('components/options/rule-settings.tsx')?.map((e) => e.to)).toContain('utils/settings.ts');
  });

  it('has no import circles, type-only imports included', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('keeps rules/ free of the pages, the CLI and the browser', () => {
    const offending: string[] = [];
    for (const [file, edges] of graph) {
      if (!inside(file, 'rules')) continue;
      for (const { to } of edges) {
        if (['entrypoints', 'components', 'utils', 'cli'].some((folder) => inside(to, folder))) offending.push(`${file} -> ${to}`);
      }
      for (const spec of external.get(file) ?? []) {
        if (/^(wxt|webextension-polyfill|@wxt-dev|preact)/.test(spec)) offending.push(`${file} -> ${spec}`);
      }
      if (/\b(?:browser|chrome)\.(?:runtime|storage|tabs)\b/.test(readFileSync(join(ROOT, file), 'utf8'))) offending.push(`${file} uses a browser API`);
    }
    expect(offending).toEqual([]);
  });

  it('lets platforms/ take only types from the engine', () => {
    const offending = [...graph]
      .filter(([file]) => inside(file, 'platforms'))
      .flatMap(([file, edges]) => edges.filter((e) => inside(e.to, 'rules') && !e.typeOnly).map((e) => `${file} -> ${e.to}`));
    expect(offending).toEqual([]);
  });

  it('keeps the engine out of the content script: types only', () => {
    const offending = [...graph]
      .filter(([file]) => inside(file, 'entrypoints/composer.content'))
      .flatMap(([file, edges]) => edges.filter((e) => inside(e.to, 'rules') && !e.typeOnly).map((e) => `${file} -> ${e.to}`));
    expect(offending).toEqual([]);
  });
});
