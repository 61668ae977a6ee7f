import type { LocalSpan } from '../engine/document';

/*
 * A post that is nothing but a brand's slogan ("Brightwater. Clean water, everywhere."): the broadcast form
 * the press-release-tone rule flags, and a promotion for the self-promotion ratio, since it says nothing but
 * the brand's name and what the brand would like to be known for.
 */

const VERB = /\b(?:is|are|was|were|am|be|been|have|has|had|do|does|did|will|would|can|could|should|may|might|must|opens?|closes?|starts?|ends?|runs?|goes|went|back|here)\b/i;
const TRADEMARK = /[\u2122\u00ae\u2120]/;
const PERSONAL = /(?<![\p{L}])(?:i|me|my|we|us|our|you|your|it|they|he|she|let[\u2019']?s)(?![\p{L}])|[\u2019'](?:re|ve|ll|m|d|s|t)\b|[?!]|^\s*\.?@/iu;
const FRAGMENTS = /[^.!?\n]+[.!?]*/g;
/** Labels that open a notice, not a brand's name ("Reminder: doors open at 7"). */
const LABELS = /^(?:reminder|update|news|note|notice|today|tonight|tomorrow|psa|breaking|thread|live|now|new|alert|fyi|icymi|tip|question|poll|quote|warning|announcement|correction|edit|ps)$/i;
/** Words of greetings, days and verdicts ("Happy Friday.", "Rainy Monday.", "Good Morning."): not a brand's name. */
const NOT_A_BRAND = /^(?:happy|merry|good|great|nice|well|thanks|thank|congrats|congratulations|welcome|hello|hi|hey|cheers|morning|evening|night|day|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|christmas|holiday|holidays|rainy|sunny|lazy|busy|game|match|long|short|big|little|done|same|more|less|best|worst|the|a|an|this|that|all|no|yes|ok|okay|so)$/i;
/** A slogan after a brand's name may run to this many words ("Made for the long way round."). */
const NAMED_SLOGAN_WORDS = 8;
/** Fragments without a name before them are short: "Fresh bread. Every morning." */
const CLIPPED_WORDS = 5;

/**
 * The span of a post that is only a slogan: a few short verbless fragments ("Acme. Banking, reimagined."),
 * a brand's name and a slogan ("Lumen Labs: analytics for everyone."), or a marked tagline ("Built for
 * tomorrow\u2122"), with no person in it and no sentence anyone could answer. Links and hashtags are ignored.
 */
export function taglineSpan(text: string): LocalSpan | undefined {
  const slogan = sloganOf(text);
  if (!slogan || (!TRADEMARK.test(slogan.body) && !clipped(slogan) && !namedSlogan(slogan.body))) return undefined;
  const start = text.search(/\S/);
  return { start, end: text.trimEnd().length };
}

/**
 * A slogan that names its brand, or carries a trademark sign: what the self-promotion ratio counts as
 * promotion. Unnamed fragments ("Long day. Bed now.") can be anyone's, so they are left out.
 */
export function isBrandTagline(text: string): boolean {
  const slogan = sloganOf(text);
  if (!slogan) return false;
  if (TRADEMARK.test(slogan.body) || namedSlogan(slogan.body)) return true;
  return clipped(slogan) && isBrandName(slogan.fragments[0]!.replace(/[.]$/, ''));
}

interface Slogan {
  /** The post without its links and hashtags. */
  body: string;
  /** `body` without the "you" of its phrases (see `addressedOut`): what is searched for people and verbs. */
  plain: string;
  /** Its sentences and fragments, trimmed. */
  fragments: string[];
}

/** A post that could be a slogan (2 to 12 words, no person in them), or undefined. */
function sloganOf(text: string): Slogan | undefined {
  const body = text.replace(/(?:https?:\/\/|www\.)\S+|#[\p{L}\p{N}_]+/gu, ' ').trim();
  const words = body.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu) ?? [];
  const plain = addressedOut(body);
  if (words.length < 2 || words.length > 12 || PERSONAL.test(plain)) return undefined;
  return { body, plain, fragments: (body.match(FRAGMENTS) ?? []).map((f) => f.trim()).filter(Boolean) };
}

/**
 * A slogan speaks to "you" inside a phrase about the product ("analytics you can trust", "coffee you'll
 * love"), not to open a sentence ("You can do it.") nor to thank anyone: a "you" with a modal after a
 * word of the phrase is taken out, with its modal, before the text is searched for people and verbs.
 */
function addressedOut(body: string): string {
  return body.replace(YOU_IN_PHRASE, ' ');
}
const YOU_IN_PHRASE = /(?<=\p{Ll}\s+)you(?:['\u2019]ll|\s+(?:can|will|could|would))(?=\s+\p{Ll})/gu;

/**
 * Verbless fragments, each ending in a full stop: all of them short, or a brand's name and then a longer
 * slogan ("Northwind Outdoor. Made for the long way round.").
 */
function clipped({ plain, fragments }: Slogan): boolean {
  if (fragments.length < 2 || VERB.test(plain) || !fragments.every((f) => f.endsWith('.'))) return false;
  const words = (f: string) => f.split(/\s+/).length;
  if (fragments.every((f) => words(f) <= CLIPPED_WORDS)) return true;
  return isBrandName(fragments[0]!.replace(/[.]$/, '')) && fragments.slice(1).every((f) => words(f) <= NAMED_SLOGAN_WORDS);
}

/** One to three capitalised words that are not a label, a greeting or a day: "Brightwater", "Northwind Outdoor". */
function isBrandName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return (
    words.length >= 1 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}[\p{L}&.'\u2019-]*$/u.test(w)) &&
    !LABELS.test(words[0]!) &&
    !words.some((w) => NOT_A_BRAND.test(w))
  );
}

/** "Acme Corp: innovation that matters.": a capitalised name, a colon, and a short verbless sentence with no figures or list. */
function namedSlogan(body: string): boolean {
  const m = /^(\p{Lu}[\p{L}&.'\u2019-]*(?:\s+\p{Lu}[\p{L}&.'\u2019-]*){0,2})\s*:\s+([^:\n]+)$/u.exec(body);
  if (!m?.[1] || !m[2] || LABELS.test(m[1])) return false;
  const phrase = m[2].trim();
  const words = phrase.split(/\s+/);
  // Slogans are set as a sentence with its full stop; a note or a headline ("Leeds: rain again") has none.
  return words.length >= 2 && words.length <= 6 && phrase.endsWith('.') && !/[\d,]/.test(phrase) && !/[?!]/.test(phrase) && !VERB.test(addressedOut(phrase));
}
