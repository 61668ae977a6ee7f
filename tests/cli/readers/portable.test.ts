/**
 * The readers run in the extension too (the dashboard imports archives in a worker), so everything the
 * browser entry points reach must import no Node module. Only `open.ts` and `node-files.ts` are Node's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const ENTRIES = ['cli/readers/detect.ts', 'cli/readers/archive.ts', 'cli/readers/zip.ts', 'rules/history/index.ts'];

/** Every module a file reaches through relative imports, with the bare imports each one makes. */
function reach(entry: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(entry)) return seen;
  const source = readFileSync(resolve(root, entry), 'utf8');
  const specifiers = [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1] as string);
  seen.set(entry, specifiers.filter((s) => !s.startsWith('.')));
  for (const s of specifiers.filter((s) => s.startsWith('.'))) {
    const base = resolve(dirname(resolve(root, entry)), s).slice(root.length + 1);
    reach(existsSync(resolve(root, `${base}.ts`)) ? `${base}.ts` : `${base}/index.ts`, seen);
  }
  return seen;
}

describe('portable readers', () => {
  for (const entry of ENTRIES) {
    it(`${entry} reaches no Node module and no CLI module`, () => {
      const modules = reach(entry);
      const nodeImports = [...modules].flatMap(([file, bare]) => bare.filter((b) => b.startsWith('node:') || ['fs', 'path', 'stream', 'os'].includes(b)).map((b) => `${file}: ${b}`));
      expect(nodeImports).toEqual([]);
      const cli = [...modules.keys()].filter((file) => file.startsWith('cli/') && !file.startsWith('cli/readers/'));
      expect(cli).toEqual([]);
      expect([...modules.keys()]).not.toContain('cli/readers/open.ts');
    });
  }
});
