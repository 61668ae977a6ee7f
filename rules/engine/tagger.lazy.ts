import type nlp from 'compromise/two';

/**
 * The background's tagger, loaded after the service worker's first check instead of when it starts: its
 * model and plugins cost 90-130 ms to load, and most drafts can be checked without it.
 *
 * `require` of an ES module is bundled as a lazily run module (the build resolves these ids to compromise's
 * ES source, the same modules `compromise/one` comes from), so the first call runs the module and its
 * imports synchronously and later calls return the same exports. Swapped in for `tagger.ts` by
 * `wxt.config.ts`. The ids must be written out: the bundler only follows a `require` of a literal.
 */
declare function require(id: 'compromise/two'): { default: typeof nlp };
declare function require(id: 'compromise/two/model'): unknown;

/** How each part of compromise's tagger is loaded. */
export interface TaggerParts {
  /** The tagger's model: its lexicon with every conjugation and plural (parsed: see build/tagger-model.ts). */
  model(): unknown;
  /** compromise with the tagger plugged in. */
  tagger(): typeof nlp;
}

export function createLazyTagger(parts: TaggerParts) {
  let loaded: typeof nlp | undefined;
  const loadTagger = (): typeof nlp => (loaded ??= parts.tagger());
  /**
   * The same load cut into parts of a few tens of milliseconds each, for a caller that gives way between
   * them (rules/engine/nlp.ts). Each part runs what the next would have run first, so calling `loadTagger`
   * at any point finishes the load and no part runs twice.
   */
  const steps: readonly (() => void)[] = [() => void parts.model(), () => void loadTagger()];
  return { loadTagger, steps };
}

const lazy = createLazyTagger({
  model: () => require('compromise/two/model'),
  tagger: () => require('compromise/two').default,
});

export const loadTagger = lazy.loadTagger;
export const TAGGER_LOAD_STEPS = lazy.steps;
