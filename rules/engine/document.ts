import type { PlatformId } from '../../platforms/types';
import { splitChunks } from './chunks';
import { splitSentences, tagSentenceRun, tagTerms, type Term } from './nlp';

export type { Term };

/**
 * One of compromise's sentences of a chunk. Splitting is cheap (compromise's own sentence splitter, a few
 * per cent of a parse); the part-of-speech tags are the expensive part and are made only for sentences a signal asks
 * about. compromise tags each sentence on its own, so tagging a sentence alone gives the tags it would get
 * in the whole text (checked on every sentence of the dev sets).
 */
export interface Sentence {
  /** Offset of the sentence in its chunk. */
  readonly start: number;
  /** The sentence with its surrounding spaces; the chunk's sentences joined rebuild the chunk. */
  readonly text: string;
  /** The tagged words, parsed on first use and kept with the chunk. */
  readonly terms: readonly Term[];
}

/** A span relative to the start of its chunk. */
export interface LocalSpan {
  start: number;
  end: number;
}

/**
 * One piece of the draft (a line, or a few sentences of a long line). Its parse and everything computed
 * from it through `memo` is cached by the chunk's text, so unchanged chunks cost nothing on re-analysis.
 */
export interface Chunk {
  readonly text: string;
  /** Offset of the chunk in the whole text. */
  readonly start: number;
  /** compromise's sentences of this chunk, split on first use and shared by every rule and signal. */
  readonly sentences: readonly Sentence[];
  /** Computes `compute(chunk)` once per chunk text and key. The result must not depend on `start`. */
  memo<T>(key: string, compute: (chunk: Chunk) => T): T;
}

export interface Doc {
  readonly text: string;
  readonly platform: PlatformId | undefined;
  readonly chunks: readonly Chunk[];
  /** True when the text was longer than the engine reads with NLP; chunks cover only the start. */
  readonly truncated: boolean;
  /**
   * `compute` per chunk (cached) with its spans moved to whole-text offsets; every other field a span
   * carries (its kind, weight, replacement) comes along, so rules need not walk the chunks themselves.
   */
  spans<S extends LocalSpan>(key: string, compute: (chunk: Chunk) => readonly S[]): S[];
  /** Sum of a per-chunk number (cached per chunk). */
  sum(key: string, compute: (chunk: Chunk) => number): number;
  /** Memo on the whole document, for values several rules and signals share within one analysis. */
  memo<T>(key: string, compute: (doc: Doc) => T): T;
}

/**
 * A memo key from its parts, for a computation that depends on more than the text: the rule's id and the
 * data it was built from (a pack's phrases, a brand's names). Keys are shared by every rule and signal and
 * live as long as the chunk cache, so a pack rule keys on its id and a fingerprint of its phrases, and an
 * edited pack never reads the old pack's results. A JSON array: no character in a part can make two keys meet.
 */
export function cacheKey(...parts: readonly string[]): string {
  return JSON.stringify(parts);
}

interface CacheEntry {
  sentences?: Sentence[];
  values: Map<string, unknown>;
}

/** Text beyond this many UTF-16 units is not parsed (a note says so); whole-text counts still see it all. */
export const NLP_LIMIT = 60_000;

/**
 * Holds parsed chunks between analyses. A bounded map in insertion order: re-used entries move to the end,
 * the oldest go first, so memory stays flat over an archive of 100,000 posts.
 */
export class ChunkCache {
  private readonly entries = new Map<string, CacheEntry>();
  constructor(private readonly capacity = 4000) {}

  get(text: string): CacheEntry {
    let entry = this.entries.get(text);
    if (entry) {
      this.entries.delete(text);
    } else {
      entry = { values: new Map() };
      if (this.entries.size >= this.capacity) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
    }
    this.entries.set(text, entry);
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }
}

export function createDoc(text: string, platform: PlatformId | undefined, cache: ChunkCache): Doc {
  const chunks = splitChunks(text, NLP_LIMIT).map((span) => makeChunk(text, span.start, span.end, cache));
  const docMemo = new Map<string, unknown>();
  const doc: Doc = {
    text,
    platform,
    chunks,
    truncated: text.length > NLP_LIMIT,
    spans<S extends LocalSpan>(key: string, compute: (chunk: Chunk) => readonly S[]): S[] {
      const out: S[] = [];
      for (const chunk of chunks) {
        for (const s of chunk.memo(key, compute)) out.push({ ...s, start: s.start + chunk.start, end: s.end + chunk.start });
      }
      return out;
    },
    sum(key, compute) {
      let total = 0;
      for (const chunk of chunks) total += chunk.memo(key, compute);
      return total;
    },
    memo<T>(key: string, compute: (d: Doc) => T): T {
      return remembered(docMemo, key, () => compute(doc));
    },
  };
  return doc;
}

function makeChunk(text: string, start: number, end: number, cache: ChunkCache): Chunk {
  const chunkText = text.slice(start, end);
  const entry = cache.get(chunkText);
  const chunk: Chunk = {
    text: chunkText,
    start,
    get sentences() {
      entry.sentences ??= sentencesOf(chunkText);
      return entry.sentences;
    },
    memo<T>(key: string, compute: (c: Chunk) => T): T {
      return remembered(entry.values, key, () => compute(chunk));
    },
  };
  return chunk;
}

/**
 * A value computed once per key: one lookup when it is there (a pack's rules ask a few hundred times per
 * analysis), a second only for a value that is itself undefined.
 */
function remembered<T>(values: Map<string, unknown>, key: string, compute: () => T): T {
  const value = values.get(key);
  if (value !== undefined || values.has(key)) return value as T;
  const computed = compute();
  values.set(key, computed);
  return computed;
}

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const sentence of splitSentences(text)) {
    out.push(new LazySentence(start, sentence));
    start += sentence.length;
  }
  return out;
}

class LazySentence implements Sentence {
  #terms: Term[] | undefined;
  constructor(
    readonly start: number,
    readonly text: string,
  ) {}
  get terms(): Term[] {
    return (this.#terms ??= tagTerms(this.text));
  }
  get tagged(): boolean {
    return this.#terms !== undefined;
  }
  /** Terms tagged with others (`tagSentences`): the same as its own call would give. */
  provide(terms: Term[]): void {
    this.#terms ??= terms;
  }
}

/**
 * Tags the sentences a signal is about to read in one call (nlp.ts `tagSentenceRun`), where reading their
 * `terms` would tag each on its own: text made of headline-shaped lines asks for every line's tags, and
 * each line is a chunk of its own. Sentences already tagged are left as they are; when compromise would
 * split them otherwise, each is left to tag itself.
 */
export function tagSentences(sentences: readonly Sentence[]): void {
  // A line that comes twice in a draft is one chunk, with the same sentences.
  const pending = [...new Set(sentences)].filter((s): s is LazySentence => s instanceof LazySentence && !s.tagged);
  if (pending.length < 2) return;
  const terms = tagSentenceRun(pending.map((s) => s.text));
  if (terms) pending.forEach((s, i) => s.provide(terms[i]!));
}
