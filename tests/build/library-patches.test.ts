import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPatch, LIBRARY_PATCHES, libraryPatches, type LibraryPatch } from '../../build/library-patches';

const modules = join(import.meta.dirname, '../../node_modules');

/** The installed files each patch is written for (the lock file pins their versions). */
const TARGETS: [file: string, flagged: RegExp][] = [
  ['zod/v4/core/util.js', /new F\(""\)/],
  ['core-js/modules/_global.js', /Function\('return this'\)/],
  ['core-js/library/modules/_global.js', /Function\('return this'\)/],
  ['preact/dist/preact.module.js', /\.innerHTML=[a-z]+\.__html/],
  ['preact/dist/preact.mjs', /\.innerHTML=[a-z]+\.__html/],
  ['compromise/src/API/extend.js', /Object\.assign\(model, \{ \[key\]/],
];

describe('library patches', () => {
  it.each(TARGETS)('patch %s: the flagged code is found once and gone afterwards', (file, flagged) => {
    const path = join(modules, file);
    expect(existsSync(path)).toBe(true);
    const patch = LIBRARY_PATCHES.find((candidate) => candidate.module.test(`/node_modules/${file}`));
    expect(patch).toBeDefined();
    const code = readFileSync(path, 'utf8');
    expect(code).toMatch(flagged);
    const patched = applyPatch(patch!, code, file);
    expect(patched).not.toMatch(flagged);
    expect(patched.length).toBeLessThan(code.length + 100);
  });

  it("compromise's patched merge builds the same model as the original", async () => {
    const file = 'compromise/src/API/extend.js';
    const original = readFileSync(join(modules, file), 'utf8');
    const patch = LIBRARY_PATCHES.find((candidate) => candidate.module.test(`/node_modules/${file}`))!;
    const dir = mkdtempSync(join(tmpdir(), 'rapport-extend-'));
    type Extend = (plugin: object, world: object) => void;
    const load = async (name: string, code: string): Promise<Extend> => {
      writeFileSync(join(dir, name), code);
      return ((await import(pathToFileURL(join(dir, name)).href)) as { default: Extend }).default;
    };
    try {
      const [before, after] = [await load('original.mjs', original), await load('patched.mjs', applyPatch(patch, original, file))];
      const plugin = () => JSON.parse('{"model":{"one":{"lexicon":{"word":"Noun","run":"Verb"},"list":[1,2]},"two":{"deep":{"a":{"b":1}}},"__proto__":{"polluted":true}}}');
      const world = () => ({ methods: {}, model: { one: { lexicon: { word: 'Adjective', kept: 'Noun' } }, two: { deep: { c: 2 } } }, compute: {}, hooks: [] });
      const [a, b] = [world(), world()];
      before(plugin(), a);
      after(plugin(), b);
      expect(b).toEqual(a);
      expect(b.model.one.lexicon).toEqual({ word: 'Noun', kept: 'Noun', run: 'Verb' });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const patch: LibraryPatch = { module: /lib\.js$/, find: 'eval(x)', replace: 'x', why: 'a test' };

  it('stops the build when the code it replaces is missing or appears twice, so a library update is noticed', () => {
    expect(() => applyPatch(patch, 'nothing here', 'lib.js')).toThrow(/found it 0 times/);
    expect(() => applyPatch(patch, 'eval(x); eval(x)', 'lib.js')).toThrow(/found it 2 times/);
    expect(applyPatch(patch, 'y = eval(x);', 'lib.js')).toBe('y = x;');
  });

  it('leaves every other module alone', () => {
    const plugin = libraryPatches([patch]);
    const transform = plugin.transform as (code: string, id: string) => unknown;
    expect(transform.call({ error: (m: string) => { throw new Error(m); } }, 'eval(x)', '/src/other.js')).toBeNull();
    expect(transform.call({ error: (m: string) => { throw new Error(m); } }, 'eval(x)', '/src/lib.js?v=1')).toEqual({ code: 'x', map: null });
  });
});
