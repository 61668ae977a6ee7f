import type { Chunk, Doc, LocalSpan } from '../engine/document';
import { allMatches } from '../engine/matches';

/**
 * How strongly the draft asks the reader to do something: read, watch, sign up, register, download, visit,
 * join, click. Imperative verbs at the start of a sentence count, more so next to a link, and so do
 * pointers to a link ("details here:", "more info:").
 *
 * Counted per chunk with precompiled expressions (cached by chunk text) and combined arithmetically.
 */

const APOS = String.raw`['\u2019\u2018\u02bc\u0060]`;

/** Web addresses, with or without a scheme ("example.com/page"). */
export const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+|(?<![@\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|ly|me|info|biz|app|dev|uk|eu|de|fr|gov|edu|tv|us|ca|au|in|example)(?:\/[^\s<>"]*)?(?![\w@])/gi;

/**
 * Verbs that open a request to the reader. Sentence-initial only: "Read our report" asks, "we read" does not.
 * Kept to verbs used for asking people to act online or turn up, so "Reduce", "Award" and the like in
 * headline style do not count.
 */
const CTA_VERBS = String.raw`read|learn|find|see|watch|view|check|sign|register|download|join|apply|visit|click|tap|follow|discover|explore|get|grab|try|shop|buy|order|book|reserve|subscribe|listen|tune|catch|take|share|vote|enter|pledge|support|donate|help|call|contact|email|e-mail|dm|message|tell|ask|meet|come|stop|drop|pick|keep|start|make|use|give|save|remember|protect|practice|practise|eat|stay|talk|discuss|hear|head|go|browse|request|claim|install|play|test|compare|nominate|submit|send|fill|complete|answer|rsvp|comment|attend|celebrate|look|let|please|don${APOS}t|do not|be sure|make sure|mark|add|bookmark|connect|pop|reach|spread`;
/** Start of a sentence: text start, after a sentence end or colon, a line break, a dash, or leading @names. */
const SENTENCE_START = String.raw`(?:^|[.!?:;\u2026]\s+|[.!?](?=[A-Z])|\n\s*|\s[-\u2013\u2014]\s+|^(?:\.?@\w+\s+)+)`;
const IMPERATIVE = new RegExp(`${SENTENCE_START}(?:["'\u201c\u2018(]\\s*)?(${CTA_VERBS})(?![\\p{L}\\p{N}_])`, 'giu');
/** After an opening phrase and a comma ("This weekend, visit ..."), only the clearest request verbs count. */
const CLAUSE_VERBS = String.raw`visit|join|register|download|subscribe|click|tap|learn|watch|read|check|take|find|follow|sign|apply|vote|enter|donate|book|order|shop|try|discover|explore`;
const CLAUSE_IMPERATIVE = new RegExp(String.raw`,\s+(${CLAUSE_VERBS})(?=\s+(?:the|our|a|an|this|these|more|out|up|us|how|what|why|where|in|to|for|about|on|at|#|@|\p{Ll}+ing\b))`, 'giu');

const IMPERATIVE_TAIL = /^(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*){0,3}/u;

const DETERMINER_END = /\b(?:the|our|my|his|her|their|this|your)$/i;
const NEXT_WORD = /^[ \t]+[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/u;

/** Requests wherever they sit in a sentence. */
const CTA_PHRASE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@#])(?:(?:read|learn|find out|hear|see) (?:more|it|the full|all about|how|why|what)|see (?:here|below|our|the full|all|this|where)|read (?:his|her|their|our|the|this|my|about|on|up)|find out|sign up|sign-up|signup|register(?: now| today| here| for)?|download(?: it| the| our| now| here)?|subscribe|click(?: here| the link| through| below)|tap (?:the|here)|join us|join (?:the|our|in)|apply (?:now|today|here|online)|check (?:it|this|them) out|check out|take a (?:look|peek|guess|minute|moment|quiz|survey)|watch (?:the|our|this|it|now|live|here|more)|tune in|follow (?:along|live|us|the|our)|don${APOS}t (?:miss|forget)|do not (?:miss|forget)|be sure to|make sure (?:to|you)|visit (?:us|our|the|http|www)|more (?:info|information|details)|for (?:more|further) (?:info|information|details|tips|news|ideas|on|about)|for (?:info|details)|for more(?=\s*(?:[:.,]|$))|full (?:story|report|details|list)|details (?:here|at|in)|(?:here|below)\s*:|link in (?:bio|profile)|please (?:join|read|visit|see|share|help|check|register|sign|take|follow|call|contact|rt|retweet|vote|tweet|dm|send)|(?:rt|retweet|share) (?:to|this|if|with)|join (?:tomorrow|today|now|live|in)|more (?:in|at|on) (?:our|the|this|my)|here(?:${APOS}s| is| are) (?:how|what|why|where|a|an|the|some|your|our|one|more)|get (?:started|yours|involved|tips|your (?:free|copy|ticket|tickets|place|seat))|shop (?:now|the)|buy (?:now|yours)|order (?:now|yours|today)|book (?:now|yours|your)|pre-?order|enter (?:now|to win|here)|last chance|limited time|rsvp|invites? (?:you|the public|public|everyone|all|people) to|you(?:${APOS}re| are) (?:invited|welcome) to|learn (?:about|what|ways))(?![\p{L}\p{N}_])`,
  'giu',
);
// Phrases are written with single spaces; posts often carry double ones.
const CTA_PHRASE_SPACED = new RegExp(CTA_PHRASE.source.replace(/ /g, String.raw`\s+`), CTA_PHRASE.flags);
/** A pointer to a link right before it: "here:", "at", "on", "via the link". */
const POINTER_BEFORE_LINK = /(?:\b(?:here|more|details|info|at|on|visit|via|read|watch|see|report|story|video|blog|post)\s*[:\-\u2013\u2014>]*\s*|:\s*)$/i;

export interface RequestSpan extends LocalSpan {
  kind: 'phrase' | 'imperative';
}

export interface CallToActionCues {
  imperatives: number;
  phrases: number;
  links: number;
  /** Links introduced by a pointer ("Read it here: <link>"). */
  pointedLinks: number;
  /** Local spans of the requests, for rules that point at them: set phrases first, then bare imperatives. */
  spans: RequestSpan[];
  /** Local spans of the links. */
  linkSpans: LocalSpan[];
}

/** Request cues for one chunk; chunk-local, cached under `callToAction:cues`. */
export function callToActionCues(chunk: Chunk): CallToActionCues {
  const text = chunk.text;
  const links = [...allMatches(LINK, text)];
  // Links are blanked (same length) so that words inside addresses are not read as requests.
  const plain = text.replace(LINK, (m) => ' '.repeat(m.length));
  const spans: RequestSpan[] = [];
  let imperatives = 0;
  for (const m of allMatches(IMPERATIVE, plain)) {
    const verb = m[1] ?? '';
    const start = m.index + m[0].length - verb.length;
    // "word.Read" (no space after the stop) counts only when the verb has its capital.
    if (start > 0 && /[.!?]/.test(plain[start - 1] ?? '') && !/^[A-Z]/.test(verb)) continue;
    imperatives++;
    // The span takes the verb and the few words it governs ("Read his story"), up to punctuation or a link.
    const tail = IMPERATIVE_TAIL.exec(plain.slice(start + verb.length))?.[0] ?? '';
    spans.push({ start, end: start + verb.length + tail.length, kind: 'imperative' });
  }
  for (const m of allMatches(CLAUSE_IMPERATIVE, plain)) {
    const verb = m[1] ?? '';
    const start = m.index + m[0].length - verb.length;
    if (spans.some((s) => s.start === start)) continue;
    imperatives++;
    const tail = IMPERATIVE_TAIL.exec(plain.slice(start + verb.length))?.[0] ?? '';
    spans.push({ start, end: start + verb.length + tail.length, kind: 'imperative' });
  }
  let phrases = 0;
  for (const m of allMatches(CTA_PHRASE_SPACED, plain)) {
    phrases++;
    // "Read his" reads better as "Read his story": a phrase ending on a determiner takes the next word.
    let end = m.index + m[0].trimEnd().length;
    if (DETERMINER_END.test(m[0])) end += NEXT_WORD.exec(plain.slice(end))?.[0].length ?? 0;
    spans.push({ start: m.index, end, kind: 'phrase' });
  }
  let pointedLinks = 0;
  for (const m of links) if (POINTER_BEFORE_LINK.test(text.slice(Math.max(0, m.index - 24), m.index))) pointedLinks++;
  spans.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'phrase' ? -1 : 1) || a.start - b.start || b.end - a.end);
  const linkSpans = links.map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { imperatives, phrases, links: links.length, pointedLinks, spans, linkSpans };
}

export function docCallToActionCues(doc: Doc): Omit<CallToActionCues, 'spans' | 'linkSpans'> {
  return doc.memo('callToAction:total', (d) => {
    const total = { imperatives: 0, phrases: 0, links: 0, pointedLinks: 0 };
    for (const chunk of d.chunks) {
      const c = chunk.memo('callToAction:cues', callToActionCues);
      total.imperatives += c.imperatives;
      total.phrases += c.phrases;
      total.links += c.links;
      total.pointedLinks += c.pointedLinks;
    }
    return total;
  });
}

const at = (n: number, weight: number, cap = 1) => Math.min(n, cap) * weight;

export function callToAction(doc: Doc): number {
  const c = docCallToActionCues(doc);
  const z = at(c.imperatives, 1.1, 2) + at(c.phrases, 1.2, 2) + at(c.links, 0.4) + at(c.pointedLinks, 0.5);
  // One request with a link to follow lands above 0.5; a bare link alone stays low.
  return 1 / (1 + Math.exp(-2.2 * (z - 1.3)));
}
