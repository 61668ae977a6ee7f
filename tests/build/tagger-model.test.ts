import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { taggerModelModule } from '../../build/tagger-model';

const MODEL = join(import.meta.dirname, '../../node_modules/compromise/src/2-two/preTagger/model/index.js');
const dir = mkdtempSync(join(tmpdir(), 'rapport-tagger-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a generated module as the bundle would, and gives its default export. */
async function run(code: string, name: string): Promise<unknown> {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('the precomputed tagger model', () => {
  it("rebuilds compromise's own model: every word, tag, clue and pattern, with its regular expressions", async () => {
    const original = ((await import(pathToFileURL(MODEL).href)) as { default: { one: { lexicon: Record<string, string> }; two: { regexNormal: [RegExp, string][] } } }).default;
    const rebuilt = (await run(taggerModelModule(original), 'compromise')) as typeof original;
    expect(rebuilt).toEqual(original);
    expect(Object.keys(rebuilt.one.lexicon).length).toBeGreaterThan(20_000);
    expect(Object.keys(rebuilt.one.lexicon)).toEqual(Object.keys(original.one.lexicon));
    expect(rebuilt.two.regexNormal[0]![0]).toBeInstanceOf(RegExp);
    expect(rebuilt.two.regexNormal.map(([re]) => `${re}`)).toEqual(original.two.regexNormal.map(([re]) => `${re}`));
  });

  it('puts regular expressions back at their places, flags and all, in objects and in arrays', async () => {
    const model = { a: { b: [/x+/giu, 'Tag'], c: /^y$/ }, list: [[/z/m, 1]], keep: { n: 1, t: true, s: 's', none: null }, gone: undefined };
    const rebuilt = (await run(taggerModelModule(model), 'small')) as typeof model;
    expect(rebuilt).toEqual({ a: { b: [/x+/giu, 'Tag'], c: /^y$/ }, list: [[/z/m, 1]], keep: { n: 1, t: true, s: 's', none: null } });
    expect((rebuilt.a.b[0] as RegExp).flags).toBe('giu');
    expect('gone' in rebuilt).toBe(false);
  });

  it('stops the build on anything a JSON text cannot hold, rather than losing it', () => {
    expect(() => taggerModelModule({ a: { f: () => 1 } })).toThrow(/a\.f is a function/);
    expect(() => taggerModelModule({ m: new Map([[1, 2]]) })).toThrow(/m is not plain data/);
    expect(() => taggerModelModule({ s: [new Set()] })).toThrow(/s\.0 is not plain data/);
    expect(() => taggerModelModule({ n: [1, Number.NaN] })).toThrow(/n\.1 is NaN/);
    expect(() => taggerModelModule({ n: Infinity })).toThrow(/n is Infinity/);
  });
});
