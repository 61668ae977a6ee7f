import type { Chunk, Doc, LocalSpan } from '../engine/document';
import { allMatches } from '../engine/matches';

/**
 * Heated language: swearing, insults, threats and hatred aimed at people. Each is a word or phrase that
 * a screenshot can carry far beyond the post. Venting about things ("ugh, Monday", "this traffic sucks")
 * is ordinary and stays quiet; the rule looks for words that hurt people or shock readers.
 */

const A = String.raw`['\u2019]`;
/** Who a hostile word can be aimed at. */
const TARGET = String.raw`(?:you|u|ya|you\s+guys|you\s+people|y${A}all|him|her|them|these\s+people|those\s+people|people|everyone|everybody|customers|fans|haters|idiots|@[\w.]+)`;

export type HeatKind = 'profanity' | 'insult' | 'threat' | 'hate';

export interface HeatMatch extends LocalSpan {
  kind: HeatKind;
}

/** Swearing, also with the usual masking ("f*ck", "sh!t"). Mild words (damn, hell, crap, sucks) are not here. */
const PROFANITY = new RegExp(
  [
    String.raw`\b(?:mother\s?)?f(?:u|\*|#|@)(?:c|\*)(?:k|\*)(?:ing|in${A}?|ed|er|ers|s|off|wit|head|face)?\b`,
    String.raw`\bf\*{2,3}(?:ing|ed|er|s)?(?=\W|$)`,
    String.raw`\bfck(?:ing|in)?\b|\bfk(?:in|ing)\b|\bstfu\b|\bgtfo\b|\bwtf\b`,
    String.raw`\b(?:bull)?sh(?:i|\*|!|1)t(?:ty|s|head|hole|show|storm)?\b`,
    String.raw`\b(?:dumb|jack|smart|bad)?ass(?:hole|holes|hat|wipe)s?\b|\bdumbass(?:es)?\b`,
    String.raw`\bbitch(?:es|y|ing)?\b|\bb\*tch\b`,
    String.raw`\bbastards?\b|\bdickheads?\b|\bcunts?\b|\bwank(?:er|ers)?\b|\btwats?\b|\bpiss(?:ed)?\s+off\b`,
  ].join('|'),
  'gi',
);

/** Insults: words that call a person stupid or worthless, said to or about people. */
const INSULT_NOUN = String.raw`idiots?|morons?|imbeciles?|cretins?|losers?|scum(?:bags?)?|degenerates?|halfwits?|numpties|numpty|lowlifes?|dumbass(?:es)?|jerks?`;
const INSULT_ADJ = String.raw`brain[-\s]?dead|spineless|pathetic|incompetent|brainless|clueless|useless|worthless|stupid|dumb|ignorant|disgusting|moronic|idiotic`;
const PERSON_SUBJECT = String.raw`(?:you|u|you\s+people|you\s+guys|y${A}all|they|he|she|@[\w.]+)`;
const INSULT = new RegExp(
  [
    // "you idiot", "you stupid idiot", "what a loser", "bunch of clowns", "these morons".
    String.raw`\b(?:you|u|ya|what\s+(?:a|an)|such\s+(?:a|an)|bunch\s+of|total|complete|absolute|utter|these|those)\s+(?:(?:${INSULT_ADJ}|little|bloody|fucking|f\*+ing)\s+)?(?:${INSULT_NOUN}|clowns)\b`,
    // "you're pathetic", "they are so stupid", "@dan is useless".
    String.raw`\b${PERSON_SUBJECT}(?:${A}re|${A}s|\s+are|\s+is|\s+were|\s+was)\s+(?:(?:so|such|a|an|just|really|totally|completely|absolutely|utterly|the\s+most)\s+){0,2}(?:${INSULT_ADJ}|${INSULT_NOUN})\b`,
    // "are you people stupid?", "are they all idiots?".
    String.raw`\bare\s+(?:you|u|they)(?:\s+people|\s+guys)?\s+(?:all\s+|really\s+|just\s+)?(?:${INSULT_ADJ}|${INSULT_NOUN})\b`,
    // "... is an idiot", "are complete morons".
    String.raw`\b(?:is|are|were|was)\s+(?:(?:such|so|just|really|a|an|total|complete|absolute|utter|the\s+biggest)\s+){1,2}(?:${INSULT_NOUN})\b`,
    // "stupid people", "incompetent staff".
    String.raw`\b(?:${INSULT_ADJ})\s+(?:people|person|customers|users|drivers|fans|idiots|morons|man|woman|men|women|guy|guys|kids|staff|management|politicians|voters)\b`,
    // Plural insults stand on their own: nobody calls themselves "morons".
    String.raw`\b(?:idiots|morons|imbeciles|cretins|scumbags|halfwits|numpties)\b`,
  ].join('|'),
  'gi',
);

/** Threats and wishes of harm aimed at someone. */
const THREAT = new RegExp(
  [
    String.raw`\b(?:i${A}?ll|i\s+will|gonna|going\s+to|i\s+want\s+to|i${A}?m\s+going\s+to)\s+(?:kill|hurt|destroy|punch|smack|beat\s+up|end)\s+${TARGET}\b`,
    String.raw`\b(?:hope|wish)\s+(?:you|u|he|she|they|@[\w.]+)\s+(?:die|dies|rot|burn|suffer|get\s+(?:hit|cancer))\b`,
    String.raw`\b(?:go\s+(?:to\s+hell|die|kill\s+yourself)|burn\s+in\s+hell|kys|drop\s+dead|should\s+be\s+(?:shot|hanged|ashamed\s+of\s+(?:yourself|yourselves|themselves)))\b`,
    // "Shut up" is also friendly banter ("shut up, that's amazing"): only with a push after it.
    String.raw`\bshut\s+(?:up\s+(?:you|u|already|and\s+(?:stop|go|leave|listen|sit))|your\s+(?:mouth|face|trap|pie\s?hole))\b`,
    String.raw`\b(?:screw\s+(?:you|u|them|him|her|off)|get\s+lost(?=\s*(?:[.!,]|$))|how\s+dare\s+(?:you|they|he|she))\b`,
  ].join('|'),
  'gi',
);

/** Hatred aimed at people (not at Mondays or traffic): "I hate you", "I despise people who ...". */
const HATE = new RegExp(
  String.raw`\b(?:i|we)\s+(?:\w+\s+)?(?:hate|despise|loathe|detest|can${A}?t\s+stand)\s+${TARGET}\b|\b(?:disgusted|sick\s+and\s+tired)\s+(?:by|of|with)\s+${TARGET}\b`,
  'gi',
);

/** A self-directed insult ("I'm such an idiot") is self-talk, not an attack. */
const SELF_BEFORE = new RegExp(String.raw`(?:\bi${A}?m|\bi\s+am|\bi\s+was|\bi\s+feel|\bme|\bmyself|\bfelt|\bfeeling|(?:^|\s)i)\s+(?:(?:like|so|such|a|an|total|complete|absolute|bit\s+of\s+an?)\s+){0,3}$`, 'i');

export function heatMatches(chunk: Chunk): HeatMatch[] {
  const text = chunk.text;
  const raw: HeatMatch[] = [];
  const add = (re: RegExp, kind: HeatKind) => {
    for (const m of allMatches(re, text)) raw.push({ start: m.index, end: m.index + m[0].length, kind });
  };
  add(THREAT, 'threat');
  add(HATE, 'hate');
  add(INSULT, 'insult');
  add(PROFANITY, 'profanity');
  // Keep the first of overlapping matches, in the order above (a threat is worse than the swear inside it).
  const kept: HeatMatch[] = [];
  for (const m of raw) {
    if (m.kind === 'insult' && SELF_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Heated matches in the whole document, cached per chunk. */
export function docHeat(doc: Doc): HeatMatch[] {
  return doc.spans('heated-language:matches', heatMatches);
}
