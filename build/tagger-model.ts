import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/** compromise's tagger model: its lexicon unpacked and expanded, with the tagger's patterns and clues. */
const MODEL_MODULE = /\/node_modules\/compromise\/src\/2-two\/preTagger\/model\/index\.js$/;

type Key = string | number;

/**
 * The tagger model as a module that parses it instead of building it. compromise builds the model when the
 * module runs: it unpacks its compressed lexicon and expands every verb, adjective and noun into all their
 * forms, about 170 ms in the extension's service worker, on the way to a user's check. The build runs that
 * module once in Node and writes out what it made: one JSON text (V8 parses JSON faster than the same
 * object written as code) and the regular expressions, which JSON cannot hold, put back at their places.
 *
 * The model is plain data (objects, arrays, strings, finite numbers, booleans, regular expressions); anything
 * else stops the build. Keys whose value is undefined are left out, which compromise cannot tell apart: it only
 * reads the model's values and tests them for truth.
 */
export function taggerModelModule(model: unknown): string {
  const regexps: [path: Key[], source: string, flags: string][] = [];
  const plain = (value: unknown, path: Key[]): unknown => {
    if (value instanceof RegExp) {
      regexps.push([path, value.source, value.flags]);
      return null;
    }
    if (Array.isArray(value)) return value.map((item, index) => plain(item, [...path, index]));
    if (value !== null && typeof value === 'object') {
      if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`tagger model: ${path.join('.')} is not plain data`);
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = plain(item, [...path, key]);
      return out;
    }
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
    if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)) return value;
    throw new Error(`tagger model: ${path.join('.')} is ${typeof value === 'number' ? String(value) : `a ${typeof value}`}, which a JSON text cannot hold`);
  };
  const json = JSON.stringify(plain(model, []));
  return [
    `const model = JSON.parse(${JSON.stringify(json)});`,
    `for (const [path, source, flags] of ${JSON.stringify(regexps)}) {`,
    '  let at = model;',
    '  for (const key of path.slice(0, -1)) at = at[key];',
    '  at[path[path.length - 1]] = new RegExp(source, flags);',
    '}',
    'export default model;',
    '',
  ].join('\n');
}

/**
 * Swaps compromise's tagger model module for the same model, built at build time (`taggerModelModule`).
 * The lexicon's packed form and the code that expands it then drop out of the bundle too.
 */
export function precomputedTaggerModel(): Plugin {
  let code: Promise<string> | undefined;
  return {
    name: 'rapport:precomputed-tagger-model',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!.replaceAll('\\', '/');
      if (!MODEL_MODULE.test(file)) return null;
      code ??= import(pathToFileURL(file).href).then((module: { default: unknown }) => taggerModelModule(module.default));
      return code;
    },
  };
}
