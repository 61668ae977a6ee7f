import type { Chunk, Doc, LocalSpan } from '../engine/document';
import { Haystack } from '../engine/literal-prefilter';
import { LiteralScan } from '../engine/literal-scan';
import { countMatches } from '../engine/matches';

/**
 * How much a draft reads like one side of a conversation rather than a broadcast: it answers someone,
 * thanks or congratulates them, says sorry, asks the reader something, talks to "you" in a person's voice.
 *
 * Cues are counted per chunk (cached by chunk text) with precompiled expressions and combined here with a
 * little arithmetic, so re-analysis after an edit only re-counts the chunk that changed.
 */

// Words are matched outside @mentions, #hashtags and the middle of other words.
const B = String.raw`(?<![\p{L}\p{N}_@#/.'\u2019-])`;
// ... and not as the first letter of "U.S." or "hi-tech".
const E = String.raw`(?![\p{L}\p{N}_-]|\.\p{L})`;
const APOS = String.raw`['\u2019\u2018\u02bc\u0060]`;
const words = (body: string) => new RegExp(`${B}(?:${body})${E}`, 'giu');

/** Thanks in its common spellings. */
const THANKS = words(String.raw`thanks?(?:\s+(?:you|u|so much|a lot|again|for))?|thank${APOS}?s|thx|tx|ty|tnx|cheers|many thanks|much appreciated|appreciate (?:it|you|that|this|your)`);
/** Congratulations and praise aimed at someone: "congrats", "well done", "great photo!", "kudos". */
const PRAISE = words(
  String.raw`congrat(?:s|ulations?|ulate)|kudos|well done|bravo|way to go|hats off|nice one|good (?:job|work|luck)|great (?:job|work|effort|photo|pic|picture|shot|post|question|point|idea|news|stuff|to see|seeing|meeting you|chat(?:ting)?)|nice (?:photo|pic|picture|shot|work|job)|love (?:this|that|it|your)(?!\s+or\s)|looks? (?:like )?(?:fun|great|amazing|delicious|lovely)|so are we|me too|same here|you rock|so true|well said|(?:awesome|amazing|brilliant|agreed|exactly|wow)(?=\s*!)|(?:awesome|amazing|brilliant) (?:work|job|photo|pic|shot|effort|team)`,
);
/** Apologies and help given to one person. */
const APOLOGY = words(
  String.raw`sorry|apologi[sz]e|apologies|our apologies|we apologi[sz]e|looking into (?:it|this)|we${APOS}ll (?:look|check|get back|follow up)|(?:just )?checked with|get back to you|(?:please )?(?:dm|direct message|message) us(?! (?:for|to) (?:prices?|pricing|a quote|quotes|rates|orders?|book|buy|bookings?|availability|details))|send us (?:a )?(?:dm|message|note)(?! (?:for|to) (?:prices?|pricing|a quote|quotes|rates|orders?|book|buy|bookings?))|hope (?:this|that) helps|let me know|feel free|we(?:${APOS}ll| will) (?:forward|pass|share|send|ask|contact)|(?:forward|pass) (?:it|this|that|your \p{L}+) (?:on|to)|(?:will|to) (?:contact|call|email|e-mail|reach) you|sorry to hear|hope (?:to|for) (?:an answer|a fix|news)|(?:we|I) hope you`,
);
/** Greetings and good wishes. */
const GREETING = words(
  String.raw`hi|hello|hey|hiya|good (?:morning|afternoon|evening)|welcome(?: back| aboard)?|have a (?:good|great|nice|lovely|wonderful|happy) \p{L}+|wishing you|best wishes|enjoy(?=\s*[!.]|\s*$)|enjoy (?:your|the rest of)|take care|happy (?:birthday|holidays|new year|thanksgiving|friday|weekend)|hope you(?:${APOS}re| are| had| have| enjoy)|looking forward|glad (?:you|to)|good ?bye|farewell|safe travels|travel (?:home )?safe(?:ly)?|see you (?:soon|there|next|at|on|tomorrow)|good to (?:see|hear)|nice to (?:see|meet|hear)`,
);
/** Explicit invitations to answer. */
const INVITE = words(
  String.raw`let (?:us|me) know|tell us|what do you think|what${APOS}s your|what are your|how about you|what about you|anyone else|who else|we${APOS}d love to (?:hear|know|see)|we would love to (?:hear|know|see)|share your|your thoughts|thoughts\?|drop (?:us )?a (?:line|comment|note)|reply|comment below|in the comments|ask us|any questions|agree\?|right\?|(?:which|what) (?:would|do|did|will|are|is) you|have you (?:ever|tried|seen)|do you (?:have|use|know|agree|think|remember|prefer)|(?:how|what|where|when|which|why|who) (?:do|did|would|will|could|can|should|have) you`,
);
const SECOND_PERSON = words(String.raw`you|your|yours|yourself|yourselves|ya|u|y${APOS}all`);
const ADDRESSES_READER = new RegExp(SECOND_PERSON.source, 'iu');
const FIRST_SINGULAR = words(String.raw`i|i${APOS}m|i${APOS}ve|i${APOS}d|i${APOS}ll|me|my|mine|myself`);
const CONTRACTION = new RegExp(
  String.raw`${B}\p{L}+${APOS}(?:re|ve|ll|d|m|s|t)${E}|${B}(?:can|won|don|isn|aren|didn|doesn|couldn|wouldn|shouldn|wasn|weren|haven|hasn)${APOS}?t${E}`,
  'giu',
);
/** Someone else's post quoted after the writer's own words ("Nice one! RT @name ..."). */
export const QUOTED_RT = /(?:^|\s)(?:RT|MT)\s*:?\s*@\w/;
const QUESTION = /\?/g;
const EXCLAIM = /!/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;

export interface ConversationCues {
  words: number;
  thanks: number;
  praise: number;
  apology: number;
  greeting: number;
  invite: number;
  /** Questions in sentences that also speak to "you" (a question to the reader, not a rhetorical headline). */
  personalQuestions: number;
  questions: number;
  secondPerson: number;
  firstSingular: number;
  contractions: number;
  exclamations: number;
  /** Words written before a quoted retweet: the writer's own comment on someone else's post. */
  commentOnQuote: number;
}

/**
 * The phrase lists, which most posts have none of, and contractions, whose first form (a word, an
 * apostrophe and its ending) is slow to try at every word: run only when the text holds their literals,
 * narrowed to the alternatives it holds literals of.
 */
const SCANNED = [THANKS, PRAISE, APOLOGY, GREETING, INVITE, CONTRACTION] as const;
const SCAN = new LiteralScan(SCANNED);

/** Cue counts for one chunk; chunk-local, cached under `conversational:cues`. */
export function conversationCues(chunk: Chunk): ConversationCues {
  const text = chunk.text.replace(URL, ' ');
  let personalQuestions = 0;
  // Only a sentence with a question mark counts, so a text without one need not be split.
  if (text.includes('?')) {
    for (const sentence of text.split(/(?<=[.!?\u2026])\s+|\n/)) {
      if (sentence.includes('?') && ADDRESSES_READER.test(sentence)) personalQuestions++;
    }
  }
  const quote = QUOTED_RT.exec(text);
  const before = quote ? text.slice(0, quote.index) : '';
  const runs = SCAN.runs(new Haystack(text));
  const [thanks, praise, apology, greeting, invite, contractions] = runs.map((re) => (re ? countMatches(re, text) : 0));
  return {
    words: countMatches(WORD, text),
    thanks: thanks!,
    praise: praise!,
    apology: apology!,
    greeting: greeting!,
    invite: invite!,
    personalQuestions,
    questions: countMatches(QUESTION, text),
    secondPerson: countMatches(SECOND_PERSON, text),
    firstSingular: countMatches(FIRST_SINGULAR, text),
    contractions: contractions!,
    exclamations: countMatches(EXCLAIM, text),
    commentOnQuote: quote && /[\p{L}]/u.test(before) ? 1 : 0,
  };
}

const ZERO: ConversationCues = {
  words: 0, thanks: 0, praise: 0, apology: 0, greeting: 0, invite: 0, personalQuestions: 0, questions: 0,
  secondPerson: 0, firstSingular: 0, contractions: 0, exclamations: 0, commentOnQuote: 0,
};

/** The draft's cue counts, summed over its chunks (each cached). Shared by the signal and the rules. */
export function docConversationCues(doc: Doc): ConversationCues {
  return doc.memo('conversational:total', (d) => {
    const total = { ...ZERO };
    for (const chunk of d.chunks) {
      const cues = chunk.memo('conversational:cues', conversationCues);
      for (const k of Object.keys(total) as (keyof ConversationCues)[]) total[k] += cues[k];
    }
    return total;
  });
}

/** A reply: the post opens by addressing someone ("@name ...", ".@name ..."). */
export function isReply(doc: Doc): boolean {
  return /^\s*\.?@[\p{L}\p{N}_]+/u.test(doc.text);
}

/**
 * Someone else's words shared in the post: from "RT @name" to the end of the chunk. Rules judge the
 * writer's own words, not the post they quote. Chunk-local; cache under `conversational:quoted`.
 */
export function quotedShareSpans(chunk: Chunk): LocalSpan[] {
  const m = QUOTED_RT.exec(chunk.text);
  if (!m) return [];
  const start = m.index + (m[0].length - m[0].trimStart().length);
  return [{ start, end: chunk.text.length }];
}

const at = (n: number, weight: number, cap = 1) => Math.min(n, cap) * weight;

export function conversational(doc: Doc): number {
  const c = docConversationCues(doc);
  if (c.words === 0) return 0;
  // Cues are about presence more than repetition, so each is capped; second person and contractions
  // count less because headlines use them too ("Is your city ready?").
  let z =
    at(c.thanks, 1.6) +
    at(c.praise, 1.7, 2) +
    at(c.apology, 1.4) +
    at(c.greeting, 1.1) +
    at(c.invite, 1.4) +
    at(c.personalQuestions, 0.6) +
    at(c.secondPerson, 0.35, 2) +
    at(c.firstSingular, 0.4) +
    at(c.contractions, 0.25, 2) +
    at(c.exclamations, 0.35) +
    at(c.commentOnQuote, 1.2);
  if (isReply(doc)) z += 0.7;
  // A short line is how people answer each other; long texts need more cues to read as talk.
  z *= c.words <= 12 ? 1.2 : c.words > 60 ? 0.8 : 1;
  // Centred so that one clear cue (a thanks, a congratulation) in a short post lands near 0.5.
  return 1 / (1 + Math.exp(-2.2 * (z - 1.6)));
}
