import type nlp from 'compromise/two';

/**
 * The background's tagger, loaded on first use instead of when the service worker starts: unpacking
 * compromise's lexicon is most of the worker's start-up, and most drafts can be checked without it.
 *
 * `require` of an ES module is bundled as a lazily run module (the build resolves `compromise/two` to its
 * ES source, the same modules `compromise/one` comes from), so the first call runs compromise's plugins
 * synchronously and later calls return the same instance. Swapped in for `tagger.ts` by `wxt.config.ts`.
 */
declare const require: (id: 'compromise/two') => { default: typeof nlp };

let loaded: typeof nlp | undefined;

export function loadTagger(): typeof nlp {
  loaded ??= require('compromise/two').default;
  return loaded;
}
