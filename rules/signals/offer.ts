import type { Chunk, Doc } from '../engine/document';
import { Haystack } from '../engine/literal-prefilter';
import { LiteralScan } from '../engine/literal-scan';
import { PRICE } from './brand-voice';
import { QUOTED_RT } from './conversational';

/*
 * The other side of the counter: how a business tells its customers what it has. Most shops, cafés, trades
 * and software companies promote without a single sales phrase ("Fresh sourdough every morning from 7am",
 * "Same-day boiler repairs, 7 days a week", "Small groups of eight, all materials included"). What gives them
 * away is not a phrase but the kinds of thing they say: when the offer is on, what is left of it, the terms
 * it comes on, the customer spoken to, the goods and services by their trade names, the price, the writer's
 * own release. A customer using the same words speaks from the other side: what they bought, where they
 * went, who can recommend one.
 *
 * One kind of thing said once is a topic and counts nothing; two kinds, or one said two ways, make an offer
 * (see `offerPoints`). A customer's own story or question counts none. Used by the self-promotion signal
 * (self-promotion.ts).
 */

/** One expression per way of saying a kind of thing, so the ways a post uses can be counted. */
const patterns = (sources: readonly string[]) => sources.map(compile);
/** Unicode mode only where a pattern needs it (\p{...}): without it V8 runs a case-blind pattern a good deal faster. */
const compile = (source: string) => new RegExp(source, /\\p\{/.test(source) ? 'iu' : 'i');

const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const AMOUNT = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|a\s+few|a\s+handful\s+of|limited)`;
const SLOTS = String.raw`(?:spaces?|spots?|places?|slots?|dates?|appointments?|tables?|rooms?|seats?|tickets?|pitches|sessions?|classes)`;

/** Opening hours as a range: "9am-5pm", "10:30-4", "4-7pm". */
const TIME_RANGE = String.raw`\b\d{1,2}(?:[:.]\d{2}\s?(?:am|pm)?|\s?(?:am|pm))\s?[\u2013-]\s?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?\b|\b\d{1,2}\s?[\u2013-]\s?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b`;
/** A version: "v2.1", "1.4.0", "version 3", "2.0 released". */
const VERSION = String.raw`\bv\d+(?:\.\d+)+\b|\b\d+\.\d+\.\d+\b|\b(?:version|release)\s+v?\d+(?:\.\d+)*\b|\b\d+\.\d+\s+(?:released|is\s+(?:out|live|here))\b`;

/** When the offer is on: opening times, habitual days and hours, "7 days a week", "all through February". */
const WHEN = patterns([
  String.raw`\bevery\s+(?:single\s+)?(?:day|morning|evening|weekday|weekend|fortnight|${DAY})\b`,
  String.raw`\b(?:${DAY}s|weekdays|weekends)\b`,
  String.raw`\b${DAY}\s*(?:to|till|until|[\u2013-])\s*${DAY}\b`,
  String.raw`\b(?:\d|one|two|three|four|five)\s+(?:days|evenings|mornings|nights|sessions|classes)\s+a\s+week\b`,
  String.raw`\b(?:throughout|all\s+of)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b`,
  String.raw`\bdoors\s+(?:open\s+)?(?:(?:at|from)\s+)?\d`,
  String.raw`\b(?:\d|seven|six|five)\s+days\s+a\s+week\b`,
  String.raw`\b(?:open|opens)\s+(?:late|early|daily|from|until|till|every|all|again|7|seven)\b`,
  String.raw`\bopening\s+(?:hours|times)\b`,
  String.raw`\b(?:from|until|till|til)\s+\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b`,
  TIME_RANGE,
  String.raw`\ball\s+(?:day(?:\s+long)?(?=\s*[.!,\n]|\s*$)|through\s+(?:the\s+)?\p{L}+|(?:summer|winter|autumn|spring|season)\s+long)\b`,
  String.raw`\bserving\s+(?:breakfast|brunch|lunch|dinner|food|coffee|drinks|cocktails)\b`,
]);

/** What is left of it: capacity and availability. */
const LEFT = patterns([
  String.raw`\b${SLOTS}\s+(?:are\s+|is\s+)?(?:still\s+)?(?:left|available|remaining|free|open)\b`,
  String.raw`\b(?:still|now)\s+(?:available|taking|booking)\b`,
  String.raw`\b${AMOUNT}\s+(?:\p{L}+\s+){0,2}?${SLOTS}\s+(?:are\s+)?(?:still\s+|left|available|remaining|free|open)`,
  String.raw`\bfill(?:ing|s)\s+up\s+(?:fast|quickly)\b`,
  String.raw`\bmax(?:imum)?\.?\s+\d+\s+(?:per|a|to\s+a)\s+(?:class|session|group|table)\b`,
  String.raw`\bsmall\s+(?:groups?|run|batch(?:es)?)\b`,
  String.raw`\bsizes?\s+\p{L}+\s+to\s+\p{L}+\b`,
  String.raw`(?:\b(?:has|have|got)|['\u2019]ve)\s+(?:(?:some|a\s+little|a\s+bit\s+of)\s+)?(?:space|room|availability|openings)\s+(?:on|for|this|next|left|in|\p{L}+day)\b`,
  String.raw`\b(?:came|come|just|fresh|freshly)\s+in\s+(?:this\s+morning|today|now|at)\b|\bhave\s+(?:just\s+)?(?:arrived|landed)\b`,
  String.raw`\bavailable\s+(?:this|next|for\s+(?:bookings|hire|weddings|events|parties)|on\s+\p{L}+days?|weekdays|weekends|evenings)\b`,
  String.raw`\btaking\s+(?:\d{4}|new|summer|winter|autumn|spring|christmas|holiday|wedding)\s+(?:bookings|enquiries|orders|commissions|clients|students|pupils)\b`,
  String.raw`\bbooking\s+(?:in\s+)?(?:weddings|jobs|shoots|sessions|clients|work|projects)\s+(?:for|from|now|in)\b`,
  String.raw`\b(?:first\s+come,?\s+first\s+served|next\s+(?:intake|cohort|course|term)\s+(?:starts|begins|is|opens|\d)|final\s+(?:week|weekend|few\s+days|days|nights?)\s+of|orders\s+close|groups?\s+of\s+(?:max(?:imum)?\s+)?\d+|max(?:imum)?\s+\d+\s+per\b)`,
]);

/** The terms it comes on: what is included, what it costs per unit, where it is delivered, the credentials. */
const TERMS = patterns([
  String.raw`\b(?:\p{L}+\s+)?included\b`,
  String.raw`\bno\s+(?:extra|additional|hidden)\s+(?:cost|charge|fees?)\b`,
  String.raw`\bno\s+(?:call-?out|booking|joining|set-?up)\s+(?:charge|fee)\b`,
  String.raw`\bno\s+(?:card|deposit|experience)\s+(?:needed|required)\b`,
  String.raw`\bfree\s+(?:quotes?|estimates?|consultations?|parking|wi-?fi)\b`,
  String.raw`\bat\s+no\s+(?:extra\s+)?cost\b`,
  String.raw`\bfree\s+(?:for|to|with|on)\s+(?:new|all|every|any|orders?|members|customers|kids|children|students|under)\b`,
  String.raw`\b(?:kids|children)\s+(?:eat|go|stay)\s+free\b`,
  String.raw`\b(?:is|are|it['\u2019]s|they['\u2019]re) on us\b|\b(?:dogs|kids|children|families|walk-?ins|everyone|all\s+ages)\s+(?:are\s+|always\s+)?welcome\b`,
  String.raw`\bhalf[\s-]price\b|\boffers\s+(?:over|in\s+excess\s+of|around)\s+[$\u00a3\u20ac]|\btickets\s+(?:on\s+the\s+door|from\s+[$\u00a3\u20ac])|\bdelivered\s+anywhere\b|\b(?:local|nationwide|countywide)\s+(?:or|and)\s+(?:long\s+distance|national)\b`,
  String.raw`\blifetime\s+access\b`,
  String.raw`\bdelivered\s+(?:(?:fresh|free|straight)\s+)?(?:to\s+your\s+door|nationwide|worldwide|next[\s-]day|same[\s-]day)\b`,
  String.raw`\b(?:we\s+)?(?:ship(?:ping|s)?|deliver(?:y|ing|s)?|post(?:ing)?)\s+(?:worldwide|nationwide|internationally|across|to\s+all|in\s+\d+\s+hours|within\s+\d+|from\s+\p{L}+day)\b`,
  String.raw`\bsame[\s-]day\b`,
  String.raw`\b\d+\+?\s+years?['\u2019]?\s+(?:of\s+)?experience\b`,
  String.raw`\b(?:gas\s+safe|fully)\s+(?:registered|insured|qualified|certified)\b`,
  String.raw`\b(?:registered|approved|accredited|certified|licensed)\s+(?:contractor|installer|electrician|plumber|practitioner|therapist|trainer|provider|centre|center|member)\b`,
  String.raw`\bdrop-?in\b`,
  String.raw`\bper\s+(?:person|head|class|session|night|hour|lesson)\b|\ba\s+head\b`,
  String.raw`\b(?:and\s+)?surrounding\s+areas\b`,
  String.raw`\bin\s+and\s+around\s+\p{L}|\b(?:right\s+)?across\s+the\s+(?:county|city|region|borough|valley)\b|\b(?:based|located)\s+in\s+\p{L}+,?\s+(?:covering|serving)\b`,
  String.raw`\bfirst\s+(?:class|session|lesson|visit|consultation|month|week|call)\s+(?:is\s+)?(?:free|on\s+us|half[\s-]price)\b`,
  String.raw`\b(?:\d+|one|two|three|five|ten)[\s-]years?\s+(?:guarantee|warranty)\b|\b(?:guarantee|warranty)\s+on\s+(?:all\s+)?(?:workmanship|parts|labour|repairs)\b`,
  String.raw`\bwalk-?ins?\b(?!\s+(?:closet|wardrobe|shower|fridge|freezer))`,
  String.raw`\bon\s+the\s+door\b|\bfixed[\s-](?:fee|price)\b|\b(?:\+|plus)\s*vat\b`,
]);

/** The customer spoken to: an invitation to come, book or call, the door it comes to, the newcomers it wants. */
const CUSTOMER = patterns([
  String.raw`(?<=^|[.!?:;\n\u2013\u2014]\s*|\p{Extended_Pictographic}\uFE0F?\s*)(?:book|call|ring|pop\s+(?:in|by|down)|come\s+(?:in|by|down)|drop\s+(?:in|by)|reserve|enquire|update|upgrade|bring|treat|pick\s+up|find\s+us|visit\s+us|get\s+in\s+touch)\b`,
  String.raw`\bgive\s+us\s+a\s+(?:ring|call|bell|shout)\b`,
  String.raw`\bwe\s+come\s+to\s+you\b|\bto\s+your\s+door\b`,
  String.raw`\b(?:i|we)\s+(?:come\s+to\s+you|offer|work\s+with)\b|\bhappy\s+to\s+(?:talk|chat|help|quote)\b`,
  String.raw`\bfor\s+(?:small\s+business(?:es|\s+owners)?|founders|start-?ups|scale-?ups|landlords|homeowners|first-time\s+\p{L}+|busy\s+\p{L}+)\b`,
  String.raw`\b(?:new|returning|existing)\s+(?:[\p{L}\p{N}]+\s+)?(?:customers|clients|members|guests|patients|students)\b`,
  String.raw`\byour\s+(?:pup|dog|pet|home|business|team|event|wedding|big\s+day|little\s+ones|skin|hair|car|garden)\b`,
]);

/** The goods and services by their trade names: what a counter, a menu or a price list holds. */
const GOODS = new RegExp(
  String.raw`\b(?:menu|specials|tasting|bookings|reservations|appointments|restock(?:ed)?|in\s+stock|stockists?|range|sizes|colou?rways|prints|gift\s+(?:boxes|sets|cards|vouchers|hampers)|subscriptions?|pricing|packages|courses|workshops?|classes|lessons|modules|treatments|servicing|repairs|installations?|call-?out|delivery|deliveries|shipping|orders\s+over)\b`,
  'iu',
);

/** The writer's business as "we": "we ship", "ours is", "our team". */
const WE = /\b(?:we|we['\u2019](?:re|ve|ll)|our|ours)\b/iu;
const I = /\b(?:i|i['\u2019](?:m|ve|d|ll)|me|my)\b/iu;
const YOU = /\b(?:you|your|yours)\b/iu;

/**
 * A customer's side of the counter: what they bought, where they went ("Took the kids to ...", "I ordered"),
 * asking others for a recommendation, their family. Any of these and the post is a person, not a shop.
 */
const CUSTOMER_SIDE = patterns([
  String.raw`\bi\s+(?:(?:just|finally|also|only|still|never|already|actually)\s+)?(?:\p{L}+ed|went|got|took|had|bought|paid|ran|came|found|saw|ate|spent|made|was|tried|queued|need|want)\b`,
  String.raw`(?<=^|[.!?\n]\s*)(?:just\s+|finally\s+|also\s+)?(?:\p{L}+ed|went|got|took|bought|paid|ran|found|saw|ate|spent|tried|had)\s+(?:a|an|the|my|our|me|us|some|to|\d)\b`,
  String.raw`\b(?:any(?:one|body)|does\s+anyone|can\s+(?:anyone|someone)|recommend(?:ations?)?|is\s+(?:it|that)\s+(?:worth|normal))\b`,
  String.raw`\b(?:kept|paid|spent|charged|cost(?:\s+(?:me|us))?|valued)\s+(?:me\s+|us\s+)?(?:${PRICE}|our|my)`,
  String.raw`\bmy\s+(?:kids?|daughter|son|wife|husband|partner|mum|mom|dad|friends?|neighbou?rs?|family|boss)\b|\b(?:my|our)\s+(?:local|usual|regular)\b`,
]);

/** A customer's words the business quotes ("'Best lash lift I've ever had' \u2014 Hannah") are not its own voice. */
const HAS_QUOTE = /['\u2018"\u201c]/;
const QUOTED = /(?<!\p{L})['\u2018"\u201c][^'\u2019"\u201d\n]{8,}['\u2019"\u201d](?!\p{L})/gu;

/** What it costs: a price in a currency. */
const COST = compile(PRICE);

/**
 * Something the writer made, out now: a release, a version, the store it is on, what users can now do.
 * Counted only when the post says it is the writer's (see `OWN_WORK`): a developer telling friends that
 * someone else's library is out says the same words.
 */
const RELEASE = patterns([
  String.raw`\b(?:is|are|comes?|goes|went|now|it['\u2019]s)\s+(?:out|live)\b|\bout\s+(?:now|today|tomorrow|on\s+\p{L}+|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+day|next\s+week)\b|\b(?:released|launched|shipped|published)\b`,
  VERSION,
  String.raw`\bon\s+(?:steam|(?:the\s+)?app\s+store|google\s+play|product\s+hunt|itch(?:\.io)?|bandcamp|spotify|apple\s+music|npm|pypi|kickstarter|dice|eventbrite|etsy)\b|\bwishlists?\b|\b(?:npm\s+i(?:nstall)?|pip\s+install|brew\s+install|cargo\s+install)\b`,
  // Single spaces, so the one-pass scan has long literals to look for ("you can now", not "you").
  String.raw`\byou can now\b|\bnow (?:works|supports|syncs|bills|integrates|exports|imports|runs|retries|lets you|comes with)\b|\brelease notes\b|\bchangelog\b|\brolling out\b`,
  String.raw`\bnew\s+(?:single|album|ep|novel|book|zine|collection|series|game|app|feature|episode|print)s?\b|\b(?:ep|album|book|single)\s+launch\b|\b(?:prints?|originals?|commissions?)\s+(?:are\s+|is\s+)?(?:now\s+)?(?:in\s+the\s+shop|open|available)\b`,
]);
/** The post says the work is the writer's: "our", "my", or a launch told without a subject ("Shipped: ..."). */
const OWN_WORK = /\b(?:we|we['\u2019](?:re|ve|ll)|our|ours|my|mine|i['\u2019]ve)\b|^\s*(?:just\s+)?(?:launched|shipped|released|published|dropped)\b/iu;

/** The kinds of evidence, each with its ways of saying it. */
const KINDS: Readonly<Record<string, readonly RegExp[]>> = { when: WHEN, left: LEFT, terms: TERMS, customer: CUSTOMER, goods: [GOODS], cost: [COST], release: RELEASE };

export interface OfferEvidence {
  /** How many ways of saying each kind of evidence the post uses (when, left, terms, customer, goods, cost, release). */
  ways: Record<string, number>;
  /** The business's "we", beside the rest. */
  we: boolean;
  /** The post reads as a customer's, so none of it counts. */
  customerSide: boolean;
  /** The writer speaks as "I" and to no one: a person's routine ("gym every morning from 6am") more than a sole trader's offer. */
  diary: boolean;
}

/** Every way of saying every kind, in one list. */
const WAYS = Object.entries(KINDS).flatMap(([kind, res]) => res.map((re) => ({ kind, re })));
/**
 * Ways that have no literal for the one-pass scan to find but cannot match without a digit (a time range, a
 * version, a price): run only on text with one.
 */
const DIGIT_SOURCES: ReadonlySet<string> = new Set([TIME_RANGE, VERSION, PRICE].map((source) => compile(source).source));
const NEEDS_DIGIT = WAYS.map(({ re }) => DIGIT_SOURCES.has(re.source));
/** The writer's voices, in SCAN's list after the ways; the customer's side after them. */
const VOICES = [WE, I, YOU, OWN_WORK] as const;
const [SAYS_WE, SAYS_I, SAYS_YOU, SAYS_OWN_WORK] = [0, 1, 2, 3] as const;
const SCAN = new LiteralScan([...WAYS.map((w) => w.re), ...VOICES, ...CUSTOMER_SIDE]);

/** What one chunk says: the ways it uses (indexes into WAYS) and the voices it speaks in. Cached per chunk. */
interface ChunkOffer {
  ways: number[];
  voices: boolean[];
  customerSide: boolean;
}

function chunkOffer(chunk: Chunk): ChunkOffer {
  // Someone else's post quoted after "RT @name" is theirs, not the writer's; so are a customer's words quoted.
  const rt = QUOTED_RT.exec(chunk.text);
  const text = rt ? chunk.text.slice(0, rt.index) : chunk.text;
  const own = HAS_QUOTE.test(text) ? text.replace(QUOTED, ' ') : text;
  // One pass finds which expressions may match at all, narrowed to the alternatives whose words the text
  // holds; most posts hold the words of a few.
  const runs = SCAN.runs(new Haystack(text));
  const digits = /\d/.test(text);
  const ways: number[] = [];
  for (let i = 0; i < WAYS.length; i++) {
    const re = runs[i];
    if (re && (digits || !NEEDS_DIGIT[i]) && re.test(text)) ways.push(i);
  }
  const heard = (i: number) => runs[WAYS.length + i]?.test(own) === true;
  return {
    ways,
    voices: VOICES.map((_, i) => heard(i)),
    customerSide: CUSTOMER_SIDE.some((_, i) => heard(VOICES.length + i)),
  };
}

export function offerEvidence(doc: Doc): OfferEvidence {
  return doc.memo('offer:evidence', (d) => {
    const chunks = d.chunks.map((c) => c.memo('offer:chunk', chunkOffer));
    const said = (voice: number) => chunks.some((c) => c.voices[voice]);
    const used = new Set(chunks.flatMap((c) => c.ways));
    const ways: Record<string, number> = {};
    for (const i of used) {
      const { kind } = WAYS[i]!;
      // A release counts only when the post says the work is the writer's.
      if (kind === 'release' && !said(SAYS_OWN_WORK)) continue;
      ways[kind] = (ways[kind] ?? 0) + 1;
    }
    // "We" speaks for a business only beside the rest; alone it is as likely a family or a team.
    const we = Object.keys(ways).length > 0 && said(SAYS_WE) && !said(SAYS_I);
    return { ways, we, customerSide: chunks.some((c) => c.customerSide), diary: said(SAYS_I) && !said(SAYS_YOU) };
  });
}

/**
 * Evidence in units: the first way of saying a kind counts one, a second way of saying the same kind ("every
 * morning from 7am") two thirds, the business's "we" a half. One kind of thing said once is a topic, not an
 * offer: a customer's review mentions the menu too. From one and a half units, each unit adds
 * `POINTS_PER_UNIT` to the self-promotion signal's raw sum, so two kinds pass the kind's threshold.
 */
const SECOND_WAY = 2 / 3;
const WE_UNITS = 0.5;
const LEAST_UNITS = 1.5;
const POINTS_PER_UNIT = 0.42;
/** What is left of the evidence in a post that says "I" to no one: a sole trader speaks to "you". */
const DIARY = 0.5;

/** The offer's weight in the self-promotion signal; a customer's post counts nothing. */
export function offerPoints(doc: Doc): number {
  const { ways, we, customerSide, diary } = offerEvidence(doc);
  if (customerSide) return 0;
  let units = we ? WE_UNITS : 0;
  for (const n of Object.values(ways)) units += 1 + (n > 1 ? SECOND_WAY : 0);
  // Capacity and terms are sold by sole traders too ("I have two slots free on Tuesdays").
  if (diary && !ways.left && !ways.terms) units *= DIARY;
  return units >= LEAST_UNITS ? POINTS_PER_UNIT * units : 0;
}
