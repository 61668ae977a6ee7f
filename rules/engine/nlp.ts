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

/**
 * The words of several sentences, tagged in one call to compromise and returned per sentence, as `tagTerms`
 * tags each (compromise's tagger works a sentence at a time; one call saves its set-up per call, about a
 * quarter of the time on a list of headlines). A sentence that does not end in a space is followed by a
 * line break, so that compromise does not run it into the next, and its last word loses it again.
 * Undefined when compromise splits the joined text into other sentences than `texts`.
 */
export function tagSentenceRun(texts: readonly string[]): Term[][] | undefined {
  const apart = texts.map((text) => (/\s$/.test(text) ? text : `${text}\n`));
  const docs = loadTagger()(apart.join('')).docs as { pre: string; text: string; post: string }[][];
  if (docs.length !== texts.length) return undefined;
  for (let i = 0; i < docs.length; i++) {
    const terms = docs[i]!;
    let rebuilt = '';
    for (const term of terms) rebuilt += term.pre + term.text + term.post;
    if (rebuilt !== apart[i]) return undefined;
    if (apart[i] !== texts[i]) terms.at(-1)!.post = terms.at(-1)!.post.slice(0, -1);
  }
  return docs as Term[][];
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
