import vader from 'vader-sentiment';
import type { Chunk, Doc } from '../engine/document';

/**
 * Sentiment, -1..1, from VADER (Hutto and Gilbert 2014: a lexicon and rules made for social text).
 *
 * VADER scores a text by summing word valences (with its rules for negation, boosters, "but", capitals and
 * "!") and squashing the sum to -1..1. We keep that, and add what the JavaScript port misses on real posts:
 * - emoji: the port knows emoticons such as ":)" but no emoji, so each common emoji is read as the emoticon
 *   or word it stands for (upstream VADER reads emoji through their descriptions in the same spirit);
 * - tokens the port cannot look up: "*sigh*", "(lovely)", "great!!!!", HTML entities such as "&lt;3";
 * - stretched words ("sooo", "yaaay", "YESSSS"): read as the word, with the emphasis VADER gives capitals;
 * - a few spellings of words VADER knows ("freakin" as a booster, "ew", "argh", laughter like "hahahahah");
 * - negativity: readers weigh a complaint more than a compliment of the same strength (the negative weighting
 *   of SO-CAL, Taboada et al. 2011), so a negative sum counts half as much again;
 * - density: the sum alone says a long post with one nice word is as positive as "Lovely!", so a third of the
 *   score is VADER's own positive-minus-negative share of the words.
 *
 * Incremental: each chunk keeps its valence sum and word shares in its memo; the document adds the sums and
 * squashes once (what VADER does on the whole text) and averages the shares by word count.
 */

const { SentimentIntensityAnalyzer: vaderAnalyzer } = vader;

/** VADER's normalisation constant: compound = sum / sqrt(sum^2 + ALPHA). */
const ALPHA = 15;
/** VADER's emphasis for a word in capitals; a stretched word gets the same. */
const EMPHASIS = 0.733;

/**
 * The two weights chosen from labelled tweets: how much more a negative sum counts, and the share of the
 * score that is VADER's word balance. The evaluation's cross-validated mode re-chooses them per fold.
 */
export interface SentimentWeights {
  negativeWeight: number;
  densityShare: number;
}
export const SENTIMENT_WEIGHTS: Readonly<SentimentWeights> = { negativeWeight: 1.5, densityShare: 1 / 3 };

/** Emoji read as an emoticon or word VADER knows (skin tones and variation selectors are dropped first). */
const EMOJI: Record<string, string> = {};
function emoji(list: string, as: string): void {
  for (const e of list.split(' ')) EMOJI[e] = as;
}
emoji('😀 😃 😄 😁 😆 😸 😺', ':D');
emoji('🙂 😊 ☺ 😌 😇 🤗 😋', ':)');
emoji('😂 🤣 😹', 'haha');
emoji('😍 🥰 😘 😻 ❤ 💕 💖 💗 💓 💞 💘 💝 ♥ 🧡 💛 💚 💙 💜 🤍 🤎 🖤', '<3');
emoji('😉 😜 😝 😛', ';)');
emoji('👍 👌 💯 ✅', 'good');
emoji('🎉 🥳 🙌 🎊', 'yay');
emoji('👏', 'applause');
emoji('🙏', 'thanks');
emoji('😎', 'cool');
emoji('💪', 'strong');
emoji('🔥 ✨ 🌟 ⭐', 'nice');
emoji('😢 😭 😿 🥺', 'sad');
emoji('😞 😔 😟 🙁 ☹ 😩 😫', ':(');
emoji('😕 😒 😑 😐', ':/');
emoji('🙄 😤', 'annoyed');
emoji('😡 😠 🤬 👿', 'angry');
emoji('😱 😨 😰 😧', 'scared');
emoji('🤢 🤮', 'gross');
emoji('💩', 'crap');
emoji('👎', 'bad');
emoji('💔', 'heartbroken');
emoji('😬', 'awkward');
emoji('😴 🥱', 'tired');
const EMOJI_PATTERN = new RegExp(
  Object.keys(EMOJI)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gu',
);

/** Spellings common in posts, mapped to the form VADER knows (boosters to a booster it has). */
const SPELLINGS: Record<string, string> = {
  freaking: 'fricking',
  freakin: 'fricking',
  fuckin: 'fucking',
  frackin: 'fricking',
  fracking: 'fricking',
  hehe: 'haha',
  hihi: 'haha',
  ew: 'gross',
  eww: 'gross',
  yuck: 'gross',
  argh: 'ugh',
  grr: 'ugh',
  sigh: 'ugh',
  dammit: 'damn',
  luv: 'love',
};

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };
const ENTITY = /&(?:amp|lt|gt|quot|apos|#39);/g;
/** Wrappers the port leaves on a word: "*sigh*", "(great)", "_so_", quotes. Emoticons have no letters, so stay. */
const WRAP_BEFORE = /(^|\s)[*_~([{"\u201c\u2018]+(?=\p{L}{2})/gu;
const WRAP_AFTER = /(?<=\p{L}{2})[*_~)\]}"\u201d\u2019]+(?=[\s.,!?;:]|$)/gu;
/** Runs of "!" or "?" glued to a word: the port strips only the short ones it lists, so "great!!!!" is unknown. */
const GLUED_MARKS = /(?<=\p{L})[!?]{3,}/gu;
const LAUGHTER = /(?<!\p{L})(?:(?:ha){3,}h?|(?:ah){3,}h?|(?:he){3,}h?|lo(?:lo)+l?|lmf?ao{2,})(?!\p{L})/giu;
const STRETCHED = /\p{L}*(\p{L})\1{2,}\p{L}*/gu;
const WORD = /\p{L}+/gu;

/** Lexicon valence of a single word, read through the package (a lone word's compound is non-zero iff it is in the lexicon). */
const lexiconCache = new Map<string, number>();
function valenceOf(word: string): number {
  let v = lexiconCache.get(word);
  if (v === undefined) {
    v = vaderAnalyzer.polarity_scores(word).compound;
    if (lexiconCache.size > 20_000) lexiconCache.clear();
    lexiconCache.set(word, v);
  }
  return v;
}

/** Whether VADER knows the word: in its lexicon, or a booster or negation that changes the word after it. */
const PROBE = 'okay';
const knownCache = new Map<string, boolean>();
function isKnown(word: string): boolean {
  if (valenceOf(word) !== 0) return true;
  let known = knownCache.get(word);
  if (known === undefined) {
    known = vaderAnalyzer.polarity_scores(`${word} ${PROBE}`).compound !== valenceOf(PROBE);
    if (knownCache.size > 20_000) knownCache.clear();
    knownCache.set(word, known);
  }
  return known;
}

/** Rewrites a text into what the VADER port reads well, and counts the emphasis it took out (stretched words). */
export function prepareForVader(text: string): { text: string; emphasis: number } {
  let emphasis = 0;
  let t = text
    .replace(ENTITY, (m) => ENTITIES[m] ?? m)
    .replace(/[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]/gu, '')
    .replace(EMOJI_PATTERN, (e) => ` ${EMOJI[e] ?? ''} `)
    .replace(WRAP_BEFORE, '$1')
    .replace(WRAP_AFTER, '')
    .replace(GLUED_MARKS, (m) => (!m.includes('?') ? '!!!' : !m.includes('!') ? '???' : '?!?'))
    .replace(LAUGHTER, (w) => (/^l/i.test(w) ? (/^lm/i.test(w) ? 'lmao' : 'lol') : 'hahaha'));
  t = t.replace(WORD, (w) => SPELLINGS[w.toLowerCase()] ?? w);
  t = t.replace(STRETCHED, (w) => {
    const two = w.replace(/(\p{L})\1{2,}/gu, '$1$1');
    const one = w.replace(/(\p{L})\1{2,}/gu, '$1');
    const known = [two, one].find((c) => isKnown(c.toLowerCase()));
    if (!known) return two;
    // Stretching a sentiment word stresses it, as capitals do; a stretched booster already boosts.
    emphasis += Math.sign(valenceOf(known.toLowerCase())) * EMPHASIS;
    return known;
  });
  return { text: t, emphasis };
}

export interface ChunkSentiment {
  /** VADER's valence sum (before squashing), with emphasis for stretched words. */
  sum: number;
  /** VADER's positive share minus negative share of the words. */
  balance: number;
  /** Words, for weighting `balance` across chunks. */
  words: number;
}

/*
 * VADER's scoring loop, run on our own tokens. The port's polarity_scores builds a lookup of every word with
 * every punctuation mark on each call, which costs more than the scoring; the tokens below are the same ones
 * it would make (a word loses one listed mark before or after it), and the valence rules are the package's.
 * Its punctuation emphasis and word shares are recomputed here in one pass (same figures, same rounding).
 */
const PUNCT = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
const PORT_MARKS = ['.', '!', '?', ',', ';', ':', '-', "'", '"', '!!', '!!!', '??', '???', '?!?', '!?!', '?!?!', '!?!?'];
/** VADER's boosters and dampeners: scored through the word they modify, so skipped on their own. */
const BOOSTERS = new Set(
  (
    'absolutely amazingly awfully completely considerably decidedly deeply effing enormously entirely especially exceptionally ' +
    'extremely fabulously flipping flippin fricking frickin frigging friggin fully fucking greatly hella highly hugely ' +
    'incredibly intensely majorly more most particularly purely quite really remarkably so substantially thoroughly totally ' +
    'tremendously uber unbelievably unusually utterly very almost barely hardly kinda kindof kind-of less little marginally ' +
    'occasionally partly scarcely slightly somewhat sorta sortof sort-of'
  ).split(' '),
);

function portToken(token: string): string {
  for (const mark of PORT_MARKS) {
    const word = token.startsWith(mark) ? token.slice(mark.length) : token.endsWith(mark) ? token.slice(0, -mark.length) : undefined;
    if (word !== undefined && word.length > 1 && !PUNCT.test(word)) return word;
  }
  return token;
}

const isUpper = (word: string) => /^[^a-z]*[A-Z]+[^a-z]*$/.test(word);

interface VaderRaw {
  /** Sum of the word valences with the "!" and "?" emphasis, before squashing. */
  sum: number;
  pos: number;
  neg: number;
}

export function vaderRaw(text: string): VaderRaw {
  const tokens = text
    .split(/\s/)
    .filter((t) => t.length > 1)
    .map(portToken);
  if (tokens.length === 0) return { sum: 0, pos: 0, neg: 0 };
  const capitals = tokens.filter(isUpper).length;
  const sentiText = { text, words_and_emoticons: tokens, is_cap_diff: capitals > 0 && capitals < tokens.length };
  let valences: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const lower = (tokens[i] ?? '').toLowerCase();
    if (BOOSTERS.has(lower) || (lower === 'kind' && tokens[i + 1]?.toLowerCase() === 'of')) {
      valences.push(0);
      continue;
    }
    valences = vaderAnalyzer.sentiment_valence(0, sentiText, tokens[i] ?? '', i, valences);
  }
  valences = vaderAnalyzer.but_check(tokens, valences);
  let sum = 0;
  for (const v of valences) sum += v;
  const emphasis = punctuationEmphasis(text);
  if (sum > 0) sum += emphasis;
  else if (sum < 0) sum -= emphasis;
  return { sum, ...shares(valences, emphasis) };
}

/**
 * VADER's emphasis from "!" (up to four) and "?" (two or more). The port counts each mark by deleting every
 * other character of the text, twice per call and twice per text; one pass over the text does the same.
 */
function punctuationEmphasis(text: string): number {
  let exclamations = 0;
  let questions = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 33) exclamations++;
    else if (c === 63) questions++;
  }
  const ep = Math.min(exclamations, 4) * 0.292;
  const qm = questions > 1 ? (questions <= 3 ? questions * 0.18 : 0.96) : 0;
  return ep + qm;
}

/** VADER's positive and negative shares of the words (its score_valence, rounded as it rounds them). */
function shares(valences: readonly number[], emphasis: number): { pos: number; neg: number } {
  let pos = 0;
  let neg = 0;
  let neutral = 0;
  for (const v of valences) {
    if (v > 0) pos += v + 1;
    else if (v < 0) neg += v - 1;
    else neutral++;
  }
  if (pos > Math.abs(neg)) pos += emphasis;
  else if (pos < Math.abs(neg)) neg -= emphasis;
  const total = pos + Math.abs(neg) + neutral;
  return { pos: Number(Math.abs(pos / total).toFixed(3)), neg: Number(Math.abs(neg / total).toFixed(3)) };
}

export function chunkSentiment(text: string): ChunkSentiment {
  const words = (text.match(/\S{2,}/g) ?? []).length;
  const prepared = prepareForVader(text);
  const scores = vaderRaw(prepared.text);
  const sum = scores.sum === 0 ? 0 : scores.sum + prepared.emphasis;
  return { sum, balance: scores.pos - scores.neg, words };
}

export function sentimentOfChunk(chunk: Chunk): ChunkSentiment {
  return chunk.memo('sentiment:vader', (c) => chunkSentiment(c.text));
}

/** Squashes a valence sum to -1..1 the way VADER does, with the negativity weight. */
export function squash(sum: number, negativeWeight = SENTIMENT_WEIGHTS.negativeWeight): number {
  const s = sum < 0 ? sum * negativeWeight : sum;
  return s / Math.sqrt(s * s + ALPHA);
}

/** The draft's valence sum, word balance (averaged by words) and word count: what the weights combine. */
export function sentimentParts(doc: Doc): ChunkSentiment {
  let sum = 0;
  let balance = 0;
  let words = 0;
  for (const chunk of doc.chunks) {
    const s = sentimentOfChunk(chunk);
    sum += s.sum;
    balance += s.balance * s.words;
    words += s.words;
  }
  return { sum, balance: words ? balance / words : 0, words };
}

export function combineSentiment(parts: ChunkSentiment, weights: Readonly<SentimentWeights> = SENTIMENT_WEIGHTS): number {
  if (parts.words === 0 && parts.sum === 0) return 0;
  const value = (1 - weights.densityShare) * squash(parts.sum, weights.negativeWeight) + weights.densityShare * parts.balance;
  return Math.max(-1, Math.min(1, value));
}

export function sentiment(doc: Doc): number {
  return combineSentiment(sentimentParts(doc));
}
