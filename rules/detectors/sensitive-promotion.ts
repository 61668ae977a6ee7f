import type { Chunk, Doc, LocalSpan } from '../engine/document';
import { allMatches } from '../engine/matches';

/**
 * Promotion next to a sensitive topic: a sale, a discount code or "shop now" in the same post as a
 * disaster, a death, an illness, an election or a faith. Readers see a brand cashing in on something
 * painful; it is the most common way a routine post becomes a crisis. The finding sits on the
 * promotional words, since those are what to move to another post.
 */

const A = String.raw`['\u2019]`;

export type Topic = 'tragedy' | 'death' | 'illness' | 'politics' | 'religion';

const TOPICS: Record<Topic, string> = {
  tragedy: String.raw`tragedy|tragedies|tragic|disasters?|catastrophe|earthquakes?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|tsunami|wildfires?|bushfires?|flood(?:s|ing)?(?!\s+of)|famine|refugees?|massacre|shootings?|terror(?:ist)?\s+attacks?|terrorism|bombings?|plane\s+crash|war\s+in|casualties|victims|evacuat(?:ed|ion)|9\/11|genocide|humanitarian\s+crisis`,
  // Slang is not death: "killed it", "died laughing", "good grief".
  death: String.raw`passed\s+away|died(?!\s+(?:laughing|of\s+laughter|a\s+little|of\s+embarrassment))|death\s+of|deaths|funerals?|condolences|mourn(?:ing|s)?|rest\s+in\s+peace|in\s+memory\s+of|memorial\s+service|(?<!good\s)grief|grieving|lost\s+(?:his|her|their)\s+(?:life|lives|battle)|killed(?!\s+it\b)|fatal\s+(?:crash|accident|attack|shooting)`,
  illness: String.raw`cancer|chemo(?:therapy)?|covid(?:-?19)?|coronavirus|pandemic|terminal(?:ly)?\s+ill|diagnosis|diagnosed|intensive\s+care|hospitali[sz]ed|in\s+hospital|(?:had|suffered)\s+a\s+stroke|heart\s+attack|dementia|alzheimer${A}?s|suicide|overdose|mental\s+health\s+crisis|outbreak|epidemic`,
  politics: String.raw`elections?|electoral|ballots?|polling\s+stations?|referendum|presidential|white\s+house|downing\s+street|prime\s+minister|parliament|congress(?:man|woman)?|senat(?:e|or)|democrats?|republicans?|tor(?:y|ies)|labour\s+party|political|politics|politicians?|abortion|gun\s+control|immigration|protests?|protesters`,
  // Places of worship are also venues (the church hall fair), so the topic words are about faith itself.
  religion: String.raw`religion|religious|prayers?|allah|jesus|christ|god${A}s\s+(?:will|plan)|muslims?|christians?|jewish|jews|hindus?|buddhists?|sikhs?|ramadan|passover|yom\s+kippur|faith\s+communit(?:y|ies)`,
};

const TOPIC_RE = new RegExp(
  Object.entries(TOPICS)
    .map(([topic, source]) => `(?<${topic}>\\b(?:${source})\\b)`)
    .join('|'),
  'giu',
);

/** Sales and promotion cues: what readers take as selling. */
const PROMO = new RegExp(
  [
    String.raw`\b\d{1,2}\s?%\s?off\b|\bsave\s+(?:up\s+to\s+)?\d+\s?%|\b(?:half|50%)\s+price\b`,
    String.raw`\b(?:flash\s+|big\s+|summer\s+|winter\s+|spring\s+|mega\s+|special\s+)?sale\b(?!\s+of\s+(?:arms|weapons))|\bon\s+sale\b`,
    String.raw`\b(?:discount|promo|coupon|voucher)(?:\s+codes?)?\b|\b(?:use|with|enter)\s+(?:the\s+)?code\b|\b(?:2|two)[-\s]for[-\s](?:1|one)\b|\bbuy\s+one,?\s+get\s+one\b|\bbogo\b`,
    String.raw`\b(?:shop|buy|order|book|grab|get)\s+(?:yours\s+|it\s+|them\s+|one\s+)?(?:now|today|here|online)\b|\bget\s+yours\b|\bpre-?order\b`,
    String.raw`\bfree\s+(?:shipping|delivery|gift|trial)\b|\b(?:special|exclusive|limited[-\s]time)\s+(?:offer|deal|discount|price)s?\b|\bdeals?\s+(?:of\s+the\s+day|this\s+week|today)\b`,
    String.raw`\blink\s+in\s+(?:our\s+|my\s+)?bio\b|\bcheck\s+out\s+(?:our|my)\s+(?:new\s+)?\w+|\bour\s+new\s+(?:collection|range|product|menu|line|app)\b`,
    String.raw`(?:[$£€]\s?\d+(?:[.,]\d\d)?(?!\s*(?:million|billion|bn|m)\b))`,
  ].join('|'),
  'giu',
);

/** "Sale" also means other things near these words ("the sale of the company"), and donations are not sales. */
const NOT_PROMO_BEFORE = /\b(?:donat\w*|raise[ds]?|raising|fundrais\w*|proceeds|charity|relief)\b[^.!?\n]{0,60}$/i;

export interface TopicMatch extends LocalSpan {
  topic: Topic;
}

/** "RIP" only in capitals: "rip" is also tearing and "rip-off". */
export const RIP = /\bR\.?I\.?P\b/g;

export function topicMatches(chunk: Chunk): TopicMatch[] {
  const out: TopicMatch[] = [];
  for (const m of allMatches(TOPIC_RE, chunk.text)) {
    const topic = (Object.keys(TOPICS) as Topic[]).find((t) => m.groups?.[t] !== undefined);
    if (topic) out.push({ start: m.index, end: m.index + m[0].length, topic });
  }
  for (const m of allMatches(RIP, chunk.text)) out.push({ start: m.index, end: m.index + m[0].length, topic: 'death' });
  return out.sort((a, b) => a.start - b.start);
}

export function promoMatches(chunk: Chunk): LocalSpan[] {
  const out: LocalSpan[] = [];
  for (const m of allMatches(PROMO, chunk.text)) {
    // "$5 from every order goes to the relief fund" is giving, which readers see differently.
    if (NOT_PROMO_BEFORE.test(chunk.text.slice(Math.max(0, m.index - 60), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export interface SensitivePromotion {
  /** The first sensitive topic in the post, with where it is. */
  topic: TopicMatch;
  /** The promotional cues, in whole-text offsets. */
  promos: LocalSpan[];
}

/** The post's sensitive topic and its promotional cues, when it has both. */
export function sensitivePromotion(doc: Doc): SensitivePromotion | undefined {
  return doc.memo('sensitive-promotion', (d) => {
    let topic: TopicMatch | undefined;
    for (const chunk of d.chunks) {
      const first = chunk.memo('sensitive-promotion:topics', topicMatches)[0];
      if (first) {
        topic = { ...first, start: first.start + chunk.start, end: first.end + chunk.start };
        break;
      }
    }
    if (!topic) return undefined;
    const promos = d.spans('sensitive-promotion:promos', promoMatches);
    return promos.length ? { topic, promos } : undefined;
  });
}

export const TOPIC_WORDS: Record<Topic, string> = {
  tragedy: 'a tragedy',
  death: 'a death',
  illness: 'illness',
  politics: 'politics',
  religion: 'faith',
};
