import type { Plugin } from 'vite';

/**
 * Small, exact edits the extension's build makes to library code, each with a replacement that keeps what
 * the extension sees:
 * - addons.mozilla.org lints every file of a package (`web-ext lint` runs the same linter) and warns on any
 *   `Function(...)` call and any `innerHTML` set from a variable, wherever it sits; it has no way to mark one
 *   as reviewed. Three libraries carry such code that Rapport never runs, so the build takes it out.
 * - One is for speed: compromise merges its tagger's lexicon into its model key by key through a throwaway
 *   object and `Object.assign` (about 20 ms of loading the tagger in the service worker).
 */
export interface LibraryPatch {
  /** Which module files the patch applies to. */
  module: RegExp;
  find: string | RegExp;
  replace: string;
  why: string;
}

export const LIBRARY_PATCHES: readonly LibraryPatch[] = [
  {
    module: /\/node_modules\/zod\/v4\/core\/util\.js$/,
    find: /try \{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch \(_\) \{\s*return false;\s*\}/,
    replace: 'return false;',
    why: "zod probes whether it may compile validators with new Function; an extension's content security policy forbids it, so the answer is always no",
  },
  {
    module: /\/node_modules\/core-js\/(library\/)?modules\/_global\.js$/,
    find: "Function('return this')()",
    replace: 'globalThis',
    why: "core-js 2 (under twitter-text) finds the global object this way only where there is neither window nor self; globalThis is the same object",
  },
  {
    module: /\/node_modules\/preact\/dist\/preact\.(module\.js|mjs)$/,
    find: 'u.innerHTML=h.__html',
    replace: '(()=>{throw Error("dangerouslySetInnerHTML is switched off in Rapport")})()',
    why: 'Rapport never renders text as HTML; an element given dangerouslySetInnerHTML fails loudly instead',
  },
  {
    module: /\/node_modules\/compromise\/src\/API\/extend\.js$/,
    find: /if \(!model\[key\]\) Object\.assign\(model, \{ \[key\]: \{\} \}\)(\s*mergeDeep\(model\[key\], plugin\[key\]\)[^\n]*\s*\} else \{\s*)Object\.assign\(model, \{ \[key\]: plugin\[key\] \}\)/,
    replace: 'if (!model[key]) model[key] = {}$1model[key] = plugin[key]',
    why: "compromise's mergeDeep sets each of the tagger's ~100,000 lexicon entries with Object.assign of a one-key object; a plain assignment sets the same own property (the unsafe keys are skipped just above) without the throwaway object",
  },
];

/** Applies `patch` to a module's code: the pattern must be there exactly once, or the build stops. */
export function applyPatch(patch: LibraryPatch, code: string, id: string): string {
  const pattern = typeof patch.find === 'string' ? new RegExp(escapeRegExp(patch.find), 'g') : new RegExp(patch.find.source, 'g');
  const hits = code.match(pattern)?.length ?? 0;
  if (hits !== 1) {
    throw new Error(`library patch for ${id}: expected the code it replaces once, found it ${hits} times (did the library change? ${patch.why})`);
  }
  return code.replace(pattern, patch.replace);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function libraryPatches(patches: readonly LibraryPatch[] = LIBRARY_PATCHES): Plugin {
  return {
    name: 'rapport:library-patches',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!.replaceAll('\\', '/');
      const patch = patches.find((candidate) => candidate.module.test(file));
      if (!patch) return null;
      try {
        return { code: applyPatch(patch, code, file), map: null };
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
