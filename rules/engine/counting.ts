import twitterText from 'twitter-text';
import type { CountingMethod, PlatformInfo } from '../../platforms/types';
import type { Doc, LocalSpan } from './document';
import { allMatches } from './matches';

/**
 * Counting the way each platform counts: a post's length (weighted, graphemes, code points or UTF-16),
 * and its hashtags, @mentions and emoji. Whole-text lengths are linear and run on `doc.text`; the
 * per-chunk finders are meant for `doc.spans` so they are cached by chunk.
 */

/** Platform extras on top of the counting method (Mastodon's fixed-length links and short mentions). */
export interface CountingRules {
  linkLength?: number;
  shortRemoteMentions?: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Lengths

/** The length of `text` as a platform counting by `method` shows it in its counter. */
export function countLength(text: string, method: CountingMethod, rules: CountingRules = {}): number {
  if (method === 'x-weighted') return twitterText.parseTweet(text).weightedLength;
  const pieces = countablePieces(text, rules);
  if (!pieces) return countPlain(text, method);
  let total = 0;
  for (const piece of pieces) total += piece.cost ?? countPlain(text.slice(piece.start, piece.end), method);
  return total;
}

/** The length of `text` in `platform`'s own counting. */
export function countForPlatform(text: string, platform: PlatformInfo): number {
  return countLength(text, platform.counting, platform);
}

/**
 * The UTF-16 offset of the first character past `limit` in the platform's counting, or `undefined` when
 * the text fits. Never cuts inside a surrogate pair, a grapheme (where graphemes are counted) or a link
 * that counts as one piece.
 */
export function overflowOffset(
  text: string,
  method: CountingMethod,
  limit: number,
  rules: CountingRules = {},
): number | undefined {
  if (method === 'x-weighted') {
    const parsed = twitterText.parseTweet(text, { ...xDefaults(), maxWeightedTweetLength: limit });
    if (parsed.weightedLength <= limit) return undefined;
    // twitter-text measures the NFC form; where that differs in length, its offsets are close, not exact.
    let at = Math.min(text.length, parsed.validRangeEnd + 1);
    const code = text.charCodeAt(at);
    if (code >= 0xdc00 && code <= 0xdfff) at--;
    return at;
  }
  const pieces = countablePieces(text, rules) ?? [{ start: 0, end: text.length }];
  let budget = limit;
  for (const piece of pieces) {
    if (piece.cost !== undefined) {
      if (piece.cost > budget) return piece.start;
      budget -= piece.cost;
      continue;
    }
    const slice = text.slice(piece.start, piece.end);
    const cut = cutAfter(slice, method, budget);
    if (cut.offset !== undefined) return piece.start + cut.offset;
    budget -= cut.used;
  }
  return undefined;
}

/** twitter-text's default (v3) configuration: present at run time, missing from @types/twitter-text. */
function xDefaults(): twitterText.ParseTweetOptions {
  return (twitterText as unknown as { configs: { defaults: twitterText.ParseTweetOptions } }).configs.defaults;
}

export function countCodePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

let segmenter: Intl.Segmenter | undefined;
function graphemeSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}

/**
 * Characters that can join their neighbours into one grapheme (UAX #29): marks and other extenders,
 * joiners, emoji modifiers and tags, regional indicators, Hangul jamo, the common prepend marks and
 * the two spacing vowels that are letters. Between any two other characters (bar CR LF) there is a
 * boundary, so only the words holding one of these need the (slow) segmenter.
 */
const JOINING =
  /[\p{M}\p{Emoji_Modifier}\p{Regional_Indicator}\u200c\u200d\u{e0020}-\u{e007f}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0e33\u0eb3\uff9e\uff9f\u{110bd}\u{110cd}]/gu;

const JOINING_TEST = new RegExp(JOINING.source, 'u');

/**
 * User-perceived characters, as Intl.Segmenter (and Bluesky's counter) sees them. The segmenter costs
 * some 2.5 µs a character, so it only runs over the words that hold a joining character; everything else
 * is counted as code points, which is exact there.
 */
export function countGraphemes(text: string): number {
  let n = countCodePoints(text);
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) n--;
  JOINING.lastIndex = 0;
  let doneUntil = 0;
  for (let m = JOINING.exec(text); m; m = JOINING.exec(text)) {
    if (m.index < doneUntil) continue;
    // The whitespace-delimited word around the joining character (a cluster never spans a space,
    // except for a mark after a space, which counts the same either way).
    let start = m.index;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    const word = text.slice(start, end);
    n -= countCodePoints(word) - wordGraphemes(word);
    doneUntil = end;
    JOINING.lastIndex = end;
  }
  return n;
}

/**
 * Graphemes in one word. Emoji sequences (flags, skin tones, ZWJ families, keycaps) are one each by the
 * EMOJI pattern below; only words with other joining characters (accents, jamo, ...) go to the segmenter,
 * which costs tens of microseconds a call.
 */
function wordGraphemes(word: string): number {
  const rest = word.replace(EMOJI, '\u2b50');
  if (!JOINING_TEST.test(rest)) return countCodePoints(rest);
  let clusters = 0;
  for (const _ of graphemeSegmenter().segment(word)) clusters++;
  return clusters;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x3000;
}

function countPlain(text: string, method: Exclude<CountingMethod, 'x-weighted'>): number {
  if (method === 'utf16') return text.length;
  if (method === 'code-points') return countCodePoints(text);
  return countGraphemes(text);
}

/** Where `text` passes `budget` units, or how many it used when it does not. */
function cutAfter(
  text: string,
  method: Exclude<CountingMethod, 'x-weighted'>,
  budget: number,
): { offset?: number; used: number } {
  if (method === 'utf16') {
    if (text.length <= budget) return { used: text.length };
    const low = text.charCodeAt(budget);
    return { offset: low >= 0xdc00 && low <= 0xdfff && budget > 0 ? budget - 1 : budget, used: budget };
  }
  let used = 0;
  if (method === 'code-points') {
    for (let i = 0; i < text.length; i++) {
      if (used === budget) return { offset: i, used };
      used++;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    }
    return { used };
  }
  // Graphemes: cheap when it fits; when it does not, code points are stepped through as countGraphemes
  // counts them, and the segmenter (some 2.5 µs a character) reads only the words that hold a joining
  // character. Walking it over the whole way to a 500-character limit cost over a millisecond a call.
  const total = countGraphemes(text);
  if (total <= budget) return { used: total };
  let i = 0;
  while (i < text.length) {
    JOINING.lastIndex = i;
    const joining = JOINING.exec(text);
    let wordStart = joining ? joining.index : text.length;
    while (joining && wordStart > i && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--;
    while (i < wordStart) {
      if (used === budget) return { offset: i, used };
      used++;
      const c = text.charCodeAt(i);
      i += (c >= 0xd800 && c <= 0xdbff && i + 1 < wordStart) || (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < wordStart) ? 2 : 1;
    }
    if (!joining) break;
    let wordEnd = joining.index + joining[0].length;
    while (wordEnd < text.length && !isSpace(text.charCodeAt(wordEnd))) wordEnd++;
    for (const { index } of graphemeSegmenter().segment(text.slice(wordStart, wordEnd))) {
      if (used === budget) return { offset: wordStart + index, used };
      used++;
    }
    i = wordEnd;
  }
  return { used };
}

interface Piece {
  start: number;
  end: number;
  /** A fixed cost for the piece (a link or a shortened mention); counted by the method when absent. */
  cost?: number;
}

/** Mastodon's mention: `@name` optionally followed by `@domain`, not inside a word or a URL path. */
const REMOTE_MENTION = /(?<![\p{L}\p{N}_/])@([a-z0-9_]+)@[\p{L}\p{N}_.-]*[\p{L}\p{N}_]/giu;

/** The text cut into plain pieces and fixed-cost entities, or `undefined` when no rule applies. */
function countablePieces(text: string, rules: CountingRules): Piece[] | undefined {
  if (rules.linkLength === undefined && !rules.shortRemoteMentions) return undefined;
  const entities: Piece[] = [];
  if (rules.linkLength !== undefined && /https?:\/\//i.test(text)) {
    // The same extractor Mastodon's validator uses (twitter-text), with the scheme required.
    for (const url of twitterText.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })) {
      entities.push({ start: url.indices[0], end: url.indices[1], cost: rules.linkLength });
    }
  }
  if (rules.shortRemoteMentions && text.includes('@')) {
    for (const m of allMatches(REMOTE_MENTION, text)) {
      entities.push({ start: m.index, end: m.index + m[0].length, cost: 1 + (m[1]?.length ?? 0) });
    }
  }
  if (entities.length === 0) return undefined;
  entities.sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const e of entities) {
    if (e.start < at) continue; // overlapping (a mention inside a URL): the first wins
    if (e.start > at) pieces.push({ start: at, end: e.start });
    pieces.push(e);
    at = e.end;
  }
  if (at < text.length) pieces.push({ start: at, end: text.length });
  return pieces;
}

// ---------------------------------------------------------------------------------------------------
// Hashtags, mentions and emoji (per chunk; local offsets)

/** `#word` with at least one letter, not inside a word, a URL fragment or an HTML entity (`&#39;`). */
const HASHTAG =
  /(?<![\p{L}\p{N}\p{M}_&/#@'\u2019])[#\uff03](?![\ufe0f\u20e3])[\p{L}\p{N}\p{M}_]*\p{L}[\p{L}\p{N}\p{M}_]*/gu;

/**
 * `@handle`, with the dots of Bluesky and Instagram handles and Mastodon's `@name@instance`; not an
 * e-mail address (letters before the @) and not a time or a number (`@5pm`, `@10`).
 */
const MENTION =
  /(?<![\p{L}\p{N}\p{M}_.@/\\+-])@(?=[\w.-]*[a-z_])[a-z0-9_](?:[a-z0-9_-]|\.(?=[a-z0-9_]))*(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?(?![\p{L}\p{N}_@])/giu;
const TIME_LIKE = /^@\d{1,2}(?:[ap]m?|h|:\d\d)?$/i;

/**
 * One emoji as people see it: a flag, a keycap, or a pictograph with its presentation selector, skin
 * tone, tags and ZWJ partners. ©, ® and ™ count only in their emoji presentation (followed by U+FE0F).
 */
const EMOJI =
  /\p{Regional_Indicator}{2}|[#*0-9]\ufe0f?\u20e3|(?:(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}|[\u00a9\u00ae\u2122](?=\ufe0f))(?:\ufe0f|\p{Emoji_Modifier})?[\u{e0020}-\u{e007e}]*\u{e007f}?(?:\u200d\p{Extended_Pictographic}(?:\ufe0f|\p{Emoji_Modifier})?)*/gu;

export function findHashtags(text: string): LocalSpan[] {
  if (!text.includes('#') && !text.includes('\uff03')) return [];
  return [...allMatches(HASHTAG, text)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function findMentions(text: string): LocalSpan[] {
  if (!text.includes('@')) return [];
  const out: LocalSpan[] = [];
  for (const m of allMatches(MENTION, text)) {
    if (!TIME_LIKE.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function findEmoji(text: string): LocalSpan[] {
  // Every emoji is outside Latin-1 (or a keycap/©/® followed by a non-ASCII mark); skip plain text fast.
  if (!/[^\u0000-\u00ff]/.test(text)) return [];
  return [...allMatches(EMOJI, text)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Hashtags of the whole draft, whole-text offsets; cached per chunk and shared within an analysis. */
export function docHashtags(doc: Doc): LocalSpan[] {
  return doc.memo('counting:hashtags', (d) => d.spans('counting:hashtags', (c) => findHashtags(c.text)));
}

export function docMentions(doc: Doc): LocalSpan[] {
  return doc.memo('counting:mentions', (d) => d.spans('counting:mentions', (c) => findMentions(c.text)));
}

/** Words in the draft (letters or digits, hashtags and mentions included); cached per chunk. */
export function docWordCount(doc: Doc): number {
  return doc.sum('counting:words', (c) => (c.text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019_.-]*/gu) ?? []).length);
}
