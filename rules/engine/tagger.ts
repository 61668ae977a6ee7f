import nlp from 'compromise/two';

/**
 * compromise with its tagger, loaded with this module: what the command line, the tests and the benchmarks
 * use. The extension's background replaces this module with `tagger.lazy.ts` (see `wxt.config.ts`).
 */
export function loadTagger(): typeof nlp {
  return nlp;
}

/** Loaded already: there is nothing left to load in parts. */
export const TAGGER_LOAD_STEPS: readonly (() => void)[] = [];
