import splitter from 'compromise/one';
import { loadTagger, TAGGER_LOAD_STEPS } from './tagger';

/** A word as compromise tags it. */
export interface Term {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly normal: string;
  readonly tags: ReadonlySet<string>;
}

/*
 * The engine's only doorway to compromise. Splitting text into sentences needs only compromise's tokenizer
 * (`compromise/one`, small and quick to load); tagging words needs its lexicon and tagger (`compromise/two`),
 * which takes a few hundred milliseconds to unpack when it loads. The engine splits every chunk but tags
 * only the sentences a signal asks about, so a draft that needs no tags never waits for the tagger.
 *
 * Both come from the same compromise instance (`compromise/two` adds its plugins to `compromise/one`), so
 * sentences split before and after the tagger loads are the same.
 */

type Splitter = (text: string, world: unknown) => string[];
const world = splitter.world() as { methods: { one: { tokenize: { splitSentences: Splitter } } } };

/** compromise's sentences of a text, spaces kept: joined, they rebuild the text. Empty for blank text. */
export function splitSentences(text: string): string[] {
  return world.methods.one.tokenize.splitSentences(text, world);
}

/** compromise's words of a text with their part-of-speech tags. Loads the tagger on first use. */
export function tagTerms(text: string): Term[] {
  return (loadTagger()(text).docs as Term[][]).flat();
}

/** Loads the tagger and runs it once, so the first draft that needs tags does not pay for either. */
export function prepareTagger(): void {
  tagTerms('Prepared.');
}

/**
 * `prepareTagger` a part at a time, awaiting `giveWay()` before each part, so the caller's own work and a
 * check that arrives meanwhile wait for one part at most, not the whole load. A check that needs tags before
 * the end finishes the load itself (`loadTagger` runs whatever parts are left).
 */
export async function prepareTaggerInSteps(giveWay: () => Promise<void>): Promise<void> {
  for (const step of [...TAGGER_LOAD_STEPS, prepareTagger]) {
    await giveWay();
    step();
  }
}
