import type { Chunk, Doc, LocalSpan } from '../engine/document';
import { BRAND, labelAndLink } from './brand-voice';
import { isReply } from './conversational';
import { KIND_THRESHOLDS } from './kind';
import { findCues, type Cue, type CuePattern } from './cues';
import { baitPoints } from './engagement-bait';
import { allMatches, countMatches } from '../engine/matches';
import { isBrandTagline } from './tagline';
import { offerPoints } from './offer';

const A = `(?:'|\u2019|&#39;)`; // apostrophe, also as the HTML entity some exports keep
/** Things a writer makes or runs and may point readers at. */
const OWN_THING = String.raw`(?:channel|chanel|chanell?|vids?|videos?|vlogs?|music|songs?|tracks?|mixtapes?|albums?|singles?|ep|covers?|beats?|remix(?:es)?|raps?|page|blog|website|site|web\s?site|shop|store|book(?!\s+club)|ebook|course|podcast|stream|streams|account|profile|apps?|products?|artwork|designs?|playlist|instagram|insta|ig|twitter|tiktok|facebook|fb|soundcloud|youtube|newsletter|band|startup|brand|webinar|masterclass|merch|collection|launch|release|portfolio|services?|agency|offer|deal|sale|link|bio)`;
const OWN_ADJ = String.raw`(?:new|newest|latest|own|first|youtube|music|official|little|small|brand\s+new|awesome|funny|cool|dope|sexy|gaming|cover|rap|dance|recent|next|upcoming|free)`;
const POSSESSIVE = String.raw`\b(?:my|our|mah|me\s+new)\s+(?:${OWN_ADJ}\s+){0,2}${OWN_THING}\b`;
/** Where a request starts: the start of a line or sentence, after a mark or emoji, or after "please", "so", "and". */
const OPENS = String.raw`(?<=^|[.!?,:;()\[\]*~>\-\u2013\u2014\u2026\p{Extended_Pictographic}]\s*|\b(?:please|plz|pls|so|and|then|also|just|guys|everyone|now|pls|y${A}?all)\s+)`;
/**
 * `words` where a request starts. The lookahead finds the words first: a lookbehind tried at every position
 * of the text was the slowest part of these patterns, and it now runs only where the words are.
 */
const opening = (words: string) => String.raw`(?=${words})${OPENS}${words}`;
/** Verbs that send the reader to something. */
const SEND = String.raw`(?:check(?:\s+out)?|checkout|watch|see|view|visit|listen\s+to|hear|read|try|download|install|join|support|go\s+to|come\s+to|head\s+(?:over\s+)?to|look\s+at|sub(?:scribe)?\s+to|follow|like|share|buy|get|grab|shop|order|browse|explore|stop\s+by)`;

/** Self-promotion cues. Weights: about 1 for an unmistakable plug, 0.5 for a likely one, 0.2 for a hint. */
export const PROMO: CuePattern[] = [
  // "Check out my channel", "watch our new video", "subscribe to my channel".
  { re: new RegExp(String.raw`\b${SEND}\s+(?:(?:out|up)\s+)?${POSSESSIVE.slice(2)}`, 'gi'), weight: 1.2, kind: 'plug' },
  { re: new RegExp(POSSESSIVE, 'gi'), weight: 0.55, kind: 'plug' },
  { re: /\b(?:my|our)\s+(?:(?:new|own|youtube|music|gaming|little|small)\s+)?(?:channel|chanel|chanell?|youtube|soundcloud|mixtape)\b/gi, weight: 0.9, kind: 'plug' },
  { re: /\bcheck\s+out\s+(?:me|us|my|our|mine)\b|\bcheck\s+(?:me|us)\s+out\b/gi, weight: 1, kind: 'plug' },
  // "check my channel" as a request, not "we check our coats at the door".
  {
    re: new RegExp(String.raw`(?<!\b(?:i|we|you|they|he|she|don${A}?t|dont|not|never|to|can|could|will|would|should|must|always|usually)\s+)\bcheck\s+(?:me|us|my|our|mine)\b`, 'gi'),
    weight: 1,
    kind: 'plug',
  },
  { re: /\b(?:check(?:\s+out)?|watch|see)\s+(?:this|these|that)\s+(?:\S+\s+){0,4}?(?:video|vid|playlist|channel|song|track|page|site|website|link|mix|remix|app|trailer|clip|movie|film|stream)\b/gi, weight: 0.8, kind: 'plug' },
  // "check it out", "check 'em out", "check this song out": whatever sits between the words.
  { re: /\bcheck\s+(?:[\w'\u2019]+\s+){1,3}?out\b(?!\s+(?:of|at|time)\b)/gi, weight: 0.6, kind: 'plug' },
  // "Check out ..." as a request; elsewhere ("you should check out", "check out of the hotel") it is weaker.
  { re: new RegExp(String.raw`${opening(String.raw`check\s*out\b`)}(?!\s+(?:of|at|time)\b)`, 'giu'), weight: 0.75, kind: 'plug' },
  { re: /\bcheck\s*out\b(?!\s+(?:of|at|time)\b)/gi, weight: 0.45, kind: 'plug' },
  {
    re: new RegExp(String.raw`${opening('(?:come|go|pop|head)')}\s+(?:and\s+|over\s+(?:and\s+|to\s+)?)?(?:check|watch|see|visit|listen|subscribe|sub|follow|join|look)\b|\b(?:come|go)\s+(?:and\s+)?(?:check|watch|see|visit|subscribe|sub|follow)\s+(?:it|this|out|my|our|me|us|what\s+(?:i|we))\b|\bgo\s+to\s+(?:my|our|the|da|this)\s+(?:channel|page|site|website|profile)\b`, 'giu'),
    weight: 0.8,
    kind: 'plug',
  },
  // Asking for subscribers and followers for yourself, in any of the ways "subscribe" gets spelled.
  { re: /(?<!\bi\s)\bs[ua]b?s?c{0,2}r?[iy]+b+(?:e+|ir)?\b(?!\s+(?:to\s+(?:the|his|her|their|this)|button))/gi, weight: 1, kind: 'ask' },
  // "sub" is also a subreddit or a sandwich: only as a request.
  { re: /\bsub\s+(?:to\s+(?:me|my|us|our)|me|us|pls|plz|please|back|now|4|for\s+sub)\b|\bsub\s*!/gi, weight: 1, kind: 'ask' },
  { re: /\bsubscribers?\b|\bsubs\b/gi, weight: 0.3, kind: 'ask' },
  { re: /\b(?:follow|add|friend)\s+(?:me|us)\b|\bfollow\s+(?:my|our)\b/gi, weight: 1, kind: 'ask' },
  { re: /\b(?:visit|join)\s+(?:my|our|me|us)\b/gi, weight: 1, kind: 'plug' },
  { re: new RegExp(String.raw`\b(?:please|plz|pls|pleas|plese|plis|plizz?)\s+(?:\w+\s+)?(?:share|watch|listen|visit|view|help|support|vote|sign|donate|read|click|open|search|google|type|look|give|spread|check|come|go)\b`, 'gi'), weight: 0.7, kind: 'ask' },
  { re: /\b(?:share|spread)\s+(?:this|it|the\s+word|my|our)\b|\b(?:see|check\s+out)\s+and\s+share\b/gi, weight: 0.6, kind: 'ask' },
  { re: /\b(?:and|to|please|go|now)\s+vote\b|\bvote\s+for\b|\bsign\s+(?:the|this|my|our)\s+petition\b|\bdonat(?:e|ions?|ing)\b/gi, weight: 0.6, kind: 'ask' },
  { re: /\bclick\s+(?:here|this|the\s+link|(?:on\s+)?(?:the\s+)?link)\b|\blinks?\s+(?:in\s+(?:my|the)\s+(?:bio|description|profile)|below|above)\b|\bgoogle:/gi, weight: 0.7, kind: 'ask' },
  { re: /\b(?:look|search)\s+(?:\w+\s+){0,2}up\b|\btype\s+in\b|\bsearch\s+["'\u201c]/gi, weight: 0.5, kind: 'ask' },
  {
    re: new RegExp(String.raw`${opening('search')}\s+(?:up\s+|for\s+)?["'\u201c]|\b(?:search|look)\s+(?:up\s+|for\s+)?(?:\S+\s+){1,5}?(?:up\s+)?on\s+(?:youtube|spotify|soundcloud|itunes|instagram|facebook|google)\b`, 'giu'),
    weight: 0.8,
    kind: 'ask',
  },
  { re: /\bhelp\s+(?:me|us)\s+(?:reach|get\s+(?:to|more|\d)|grow|achieve|make\s+it\s+big|out\s+by|to\s+reach)\b/gi, weight: 0.8, kind: 'ask' },
  { re: /\bsupport\s+(?:me|us)\b|\bhelp\s+(?:u|you)\s+make\s+it\s+big\b/gi, weight: 0.6, kind: 'ask' },
  { re: /\bgive\s+(?:me|us|it|my\s+\w+|our\s+\w+|them)\s+a\s+(?:chance|listen|try|shot|look|view|watch)\b|\bjust\s+give\s+me\s+a\s+chance\b/gi, weight: 0.8, kind: 'ask' },
  // Introducing yourself to pitch: "I'm a young rapper", "I just uploaded my first video".
  {
    re: new RegExp(String.raw`\b(?:i${A}?m|i\s+am|im|we${A}?re|we\s+are)\s+(?:a|an)\s+(?:\w+\s+){0,3}?(?:rapper|youtuber|vlogger|streamer|remixer|beatboxer|you\s?tuber)\b`, 'gi'),
    weight: 0.8,
    kind: 'plug',
  },
  {
    re: new RegExp(String.raw`\b(?:i${A}?m|i\s+am|im|we${A}?re|we\s+are)\s+(?:a|an)\s+(?:\w+\s+){0,3}?(?:singer|artist|musician|producer|songwriter|dj|band|gamer|dancer|comedian|group)\b`, 'gi'),
    weight: 0.5,
    kind: 'plug',
  },
  { re: /\b(?:upcoming|aspiring|up-and-coming|underground|independent|new|small)\s+(?:\w+\s+)?(?:rapper|singer|youtuber|artist|musician|producer|channel|band|creator)\b/gi, weight: 0.5, kind: 'plug' },
  { re: new RegExp(String.raw`\b(?:i|we)\s+(?:just\s+|recently\s+)?(?:made|uploaded|posted|released|did|started|created|launched|recorded|dropped|upload|make|do)\s+(?:a|an|my|our|some|new|this)\s+(?:\w+\s+){0,2}?(?:video|vid|cover|song|track|channel|music|remix|parody|mixtape|album|vlog|beat|page|app|game)s?\b`, 'gi'), weight: 0.8, kind: 'plug' },
  // Money offers and sales language.
  // Money offers: "make money online", "you can earn $300". Talking about money is not an offer, so plain
  // "make money" counts less than the pitch forms.
  {
    re: /\b(?:you\s+(?:can|could|will)|start|how\s+to|way\s+to|ways\s+to)\s+(?:\w+\s+)?(?:make|making|earn|earning)\s+(?:\w+\s+)?(?:money|cash|income|\$)|\b(?:make|making|earn|earning)\s+(?:some\s+|easy\s+|extra\s+|real\s+|quick\s+|fast\s+|free\s+)?(?:money|cash|income|\$\s?\d[\d,]*)\s+(?:online|from\s+home|fast|quickly|easily|today|now|daily|every|per|a\s+(?:day|week|month))\b|\beasy\s+(?:money|cash)\b/gi,
    weight: 1,
    kind: 'money',
  },
  { re: /\b(?:make|making|earn|earning|made|get)\s+(?:some\s+|easy\s+|extra\s+|real\s+|good\s+|free\s+|more\s+)?(?:money|cash|income|\$\s?\d[\d,]*)\b/gi, weight: 0.6, kind: 'money' },
  // "$300 a day" as earnings, not "$1,000 a month in rent" or "$2.99 a month for the app".
  { re: /\$\s?\d[\d,.]*\+?\s*(?:\/|per|a|an|each|every)\s*(?:day|week|month|hour|year|hr)\b(?!\s+(?:in|on|for|of|to)\b)/gi, weight: 1, kind: 'money' },
  { re: /\b(?:get\s+paid\s+(?:to|for)|passive\s+income|side\s+hustle|financial\s+freedom|bonus\s+(?:deals?|offers?|codes?)|crypto\s+signals?)\b|\b(?:start\s+)?work(?:ing)?\s+from\s+home\s+(?:today|now|and|with)\b/gi, weight: 1, kind: 'money' },
  { re: /\b(?:get\s+paid|work(?:ing)?\s+from\s+home|bookmakers?|betting\s+(?:tips|odds|site)|online\s+casino|forex|bitcoins?)\b/gi, weight: 0.6, kind: 'money' },
  { re: /\bfree\s+(?:gift\s*cards?|money|cash(?!\s+flow)|iphones?|ipads?|robux|v-?bucks|psn|xbox|codes?|stuff|download|app|trial|samples?)\b|\bfree\s+(?:\w+\s+)?gift\s*cards?\b|\bgift\s*card\s+(?:codes?|generator)\b|\bgive-?aways?\b/gi, weight: 0.9, kind: 'money' },
  { re: /\bwin\s+(?:a|an|free|\$)\b/gi, weight: 0.6, kind: 'money' },
  { re: /\b(?:discount|promo|coupon|voucher|referral)\s+codes?\b|\buse\s+(?:my\s+|our\s+)?code\b|\bcoupons?\b|\b\d{1,2}\s?%\s?off\b|\bfree\s+shipping\b|\bhalf\s+price\b|\bfor\s+(?:only|just)\s+(?:[$\u00a3\u20ac]\s?\d|\d+[.,]\d\d\b)/gi, weight: 1, kind: 'sales' },
  {
    re: /(?=buy|order|shop|download|install|sign|register|join|book|subscribe|enrol|get|grab)(?<=^|[.!?:;,()\-\u2013\u2014*>]\s*|\p{Extended_Pictographic}\uFE0F?\s*)(?:buy|order|shop|download|install|sign\s+up|register|join|book|subscribe|enroll|enrol|get\s+yours|grab\s+yours)\s+(?:it\s+)?(?:now|today|here|for\s+free|free)\b/giu,
    weight: 0.8,
    kind: 'sales',
  },
  { re: /\b(?:i|we)\s+sell\b|\bgofundme|\bkickstarter|\bindiegogo|\bpatreon\b/gi, weight: 0.8, kind: 'sales' },
  { re: /\bon\s+sale\b|\bopportunity\b/gi, weight: 0.4, kind: 'sales' },
  // Links to a shop, an app store or a fundraiser are offers whatever the words around them.
  {
    re: /\b(?:play\.google\.com\/store|apps\.apple\.com|itunes\.apple\.com|amazon\.[a-z.]+\/(?:dp|gp)|amzn\.to|ebay\.[a-z.]+\/itm|etsy\.com\/listing|teespring\.com|sunfrogshirts|gofundme\.com|kickstarter\.com|patreon\.com|paypal\.me|gumroad\.com|shopify\.com|linktr\.ee|adf\.ly|hyperurl\.co)\b/gi,
    weight: 0.6,
    kind: 'sales',
  },
  { re: /\bjoin\s+(?:this|now|us|me|our|for\s+free)\b|\bsign\s+up\b|\bregister\s+(?:now|today|here|for\s+free)\b/gi, weight: 0.6, kind: 'sales' },
  { re: /\bout\s+now\b|\bnow\s+(?:available|live|out|on\s+sale)\b|\bavailable\s+now\b|\bjust\s+(?:dropped|released|launched)\b|\bpre-?orders?\b/gi, weight: 0.5, kind: 'sales' },
  { re: /\b(?:thousands|hundreds)\s+of\s+(?:dollars|\$)|\bmillionaire\b|\bper\s+month\b/gi, weight: 0.5, kind: 'money' },
  { re: /\b(?:hack(?:s|ed)?|cheats?|generator|glitch)\b.{0,40}\b(?:free|working|download|password|gems|coins|robux)\b/gi, weight: 0.8, kind: 'money' },
  { re: /\b(?:kik|snapchat|snap|skype|whatsapp|wechat|line\s+id|telegram)\s*[:\-@]\s*@?[\w.]+/gi, weight: 0.8, kind: 'ask' },
  { re: /\b(?:add|text|message|dm|contact|hit)\s+me\s+(?:up\s+)?(?:on|at|via)\b/gi, weight: 0.5, kind: 'ask' },
  { re: /\bhit\s+(?:me|us)\s+up\b|\bholla\s+at\s+(?:me|us)\b|\bget\s+at\s+me\b/gi, weight: 0.6, kind: 'ask' },
  { re: /\b(?:i|we)(?:'ll|\s+will)\s+(?:sub(?:scribe)?|follow)\s+(?:to\s+)?(?:you|u|ur|your)\b/gi, weight: 0.9, kind: 'ask' },
  // Credit for someone else's work ("by @ana", "via @team", "h/t"): sharing, not self-promotion.
  { re: /\b(?:by|from|via|rt|cc|thanks?(?:\s+to)?|thank\s+you|credit\s+to|shout-?out\s+to|kudos\s+to|congrats\s+to)\s+@[\w.]+|\bh\/t\b|\bhat\s+tip\b/gi, weight: -0.7, kind: 'credit' },
  // Offers that are spam whatever the product: dating, free films, miracle weight loss, channel promotion.
  {
    re: /\b(?:hot|sexy|lonely|local)\s+(?:singles|girls|women|milfs|moms)\b|\bdating\s+(?:site|app)\b|\bwebcam\s+(?:girls|chat|show)\b|\b(?:watch|download|stream)\s+(?:the\s+)?(?:full\s+)?(?:movies?|films?|episodes?|seasons?)\s+(?:for\s+)?(?:free|online)\b|\bfull\s+movie\s+(?:free|online|here|hd)\b|\blose\s+\d+\s+(?:pounds|lbs|kg|kilos)\b|\bpromote\s+your\s+(?:channel|videos?|business|music|page)\b/gi,
    weight: 0.8,
    kind: 'money',
  },
  // A link to a profile or page on a social site points readers at an account rather than at something to read.
  {
    re: /\b(?:facebook|fb|twitter|instagram|soundcloud|twitch|tiktok|vimeo|tsu|plus\.google)\.(?:com|tv|co)\/(?!watch|photo|video|status|p\/|hashtag|share|sharer|story)[\w.%-]+/gi,
    weight: 0.4,
    kind: 'plug',
  },
  // Self-aware spam: "sorry for the spam", "I know nobody will read this".
  { re: /\b(?:sorry\s+(?:for|about)\s+(?:the\s+|this\s+|my\s+)?spam(?:ming)?|i(?:'?m|\s+am)\s+spamming|i\s+know\s+(?:\w+\s+){0,3}(?:no\s?one|nobody|most\s+(?:of\s+)?(?:you|people))\s+(?:\w+\s+){0,2}(?:read|see|click))\b/gi, weight: 0.9, kind: 'plug' },
  // Hints: addressing the crowd to pitch, please, a dream, feedback. Small weights; they rank, not decide.
  { re: /\b(?:hey|hi|hello|yo|sup)\s+(?:\w+\s+)?(?:guys|everyone|everybody|all|people|friends|peeps|youtube)\b|\byou\s+guys\b|\beveryone\b|\bguys\b/gi, weight: 0.25, kind: 'hint' },
  { re: /\b(?:please+|pleas|plese|pleez|plea+se+|plis+|pliz+|plz+|pls+|plx)\b/gi, weight: 0.25, kind: 'hint' },
  { re: /\b(?:feedback|appreciate(?:d)?|would\s+mean\s+(?:a\s+lot|so\s+much|the\s+world)|mean\s+a\s+lot|my\s+dream|a\s+dream|dreams|thanks?\s+(?:for\s+(?:the\s+|your\s+)?support|in\s+advance)|supporters)\b/gi, weight: 0.3, kind: 'hint' },
  { re: /\b(?:my|our)\s+(?:name|names)\s+(?:is|are)\b|\bi\s+(?:love|like)\s+to\s+(?:sing|rap|make|draw|dance)\b/gi, weight: 0.3, kind: 'hint' },
];

/**
 * Links: a URL, a bare domain or a spelled-out one ("site dot com"). Time-stamp links into a video are not
 * counted, nor the domain of an e-mail address or a fediverse handle ("@ana@social.example").
 */
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+|(?<![@\w.-])\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|ly|be|me|tv|info|biz|us|uk|example|ru|pl|eu|gl|gg|app|shop|store|link|site|xyz|online|club|fm|cc|de|fr|in)\b(?:\/[^\s<>"]*)?|\/watch\?v=[\w-]+[^\s<>"]*|\b(?:w\s){2}w\b|\bww\s+\w+|\b\w+\s*(?:\.\s|\s\.|\s+dot\s+)\s*(?:com|net|org)\b|\b[a-z]\w{3,}\s(?:com|net)\b/gi;
const TIMESTAMP_LINK = /[?&#;]t=\d/;
const TAG_OR_ENTITY = /<[^>]*>|&\w+;|&#\d+;/g;
const WORD = /\p{L}[\p{L}\p{N}'\u2019]*/gu;

/** Where the chunk's links stand, found once for its link cues and for its plain words. */
function linkSpans(chunk: Chunk): LocalSpan[] {
  return chunk.memo('promo:link-spans', (c) => allMatches(LINK, c.text).map((m) => ({ start: m.index, end: m.index + m[0].length })));
}

export function linkCues(chunk: Chunk): Cue[] {
  return chunk.memo('promo:links', (c) => {
    const out: Cue[] = [];
    for (const { start, end } of linkSpans(c)) {
      if (TIMESTAMP_LINK.test(c.text.slice(start, end))) continue;
      out.push({ start, end, weight: 1, kind: 'link' });
    }
    return out;
  });
}

/** Both dialects of promotion, the comment section's and the brands': one list, so overlapping cues merge. */
const ALL_PROMO: readonly CuePattern[] = [...PROMO, ...BRAND];

export function promoCues(chunk: Chunk): Cue[] {
  return chunk.memo('promo:cues', (c) => findCues(c.text, ALL_PROMO).map((cue) => (QUESTION_SOFTENS.has(cue.kind) && inQuestion(c.text, cue.end) ? { ...cue, weight: cue.weight * 0.5 } : cue)));
}

/**
 * Money and sales talk in a question asks about an offer rather than making one. Plugs and requests in a
 * question are still requests ("Could you check out my channel?").
 */
const QUESTION_SOFTENS: ReadonlySet<string> = new Set(['money', 'sales']);

/**
 * Whether the sentence around a cue is a question: "How do you make money as a writer?" asks about
 * money, it offers none. Looks a bounded way ahead so a text without full stops costs the same.
 */
function inQuestion(text: string, from: number): boolean {
  const limit = Math.min(text.length, from + 120);
  for (let i = from; i < limit; i++) {
    const ch = text.charCodeAt(i);
    // A "?" inside a link ("page?id=3") is not a question mark.
    if (ch === 63 /* ? */) return !/[\w=&%-]/.test(text.charAt(i + 1));
    if (ch === 46 /* . */ || ch === 33 /* ! */ || ch === 10 /* \n */) return false;
  }
  return false;
}

/** Words outside links and markup: what the reader gets besides the link. */
export function plainWords(chunk: Chunk): number {
  return chunk.memo('promo:words', (c) => countMatches(WORD, spacedOut(c.text, linkSpans(c)).replace(TAG_OR_ENTITY, ' ')));
}

/** The text with each span (in order, apart) put as one space: `text.replace(LINK, ' ')` for its link spans. */
function spacedOut(text: string, spans: readonly LocalSpan[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    out += `${text.slice(at, start)} `;
    at = end;
  }
  return out + text.slice(at);
}

export interface PromotionParts {
  /** Summed weight of the phrase cues. */
  phrases: number;
  /** The post is a label and a link ("Full report: <link>"), the broadcast form of a plug. */
  labelled: boolean;
  /** The post is only a brand's slogan ("Northwind Outdoor. Made for the long way round."). */
  tagline: boolean;
  /** Summed weight of bait phrases (asking for likes and follows promotes the account too). */
  bait: number;
  /** What the post says as a business telling customers what it has (offer.ts), without a sales phrase. */
  offer: number;
  links: number;
  /** Weight the links get in this draft (see `linkWeight`). */
  linkPoints: number;
  words: number;
}

/**
 * A link on its own, or next to a plug, is a drop; a link inside a post that says what it is and why it
 * helps is a resource. So links count a lot when there is little else, and a little otherwise. In a
 * comment section (YouTube) people talk about the video in front of them, so a link in a short comment
 * is itself a strong sign of a plug; in a post, a headline and its link is ordinary sharing. A post that is
 * only a link (`unsaid`) shares something without saying whose it is: one such link stays under the kind's
 * threshold, and a few of them together are a drop again.
 */
export function linkWeight(links: number, words: number, phrases: number, inComments = false, unsaid = false): number {
  if (links === 0) return 0;
  let each: number;
  const plug = phrases >= 0.5;
  if (unsaid) each = UNSAID_LINK;
  else if (inComments) each = words <= 6 ? 1.1 : words <= 14 ? 0.7 : plug ? 0.6 : 0.25;
  // In a long post, links are its references more than its point.
  else each = words <= 3 ? 1.1 : words <= 14 ? (plug ? 0.7 : 0.4) : words <= 60 ? (plug ? 0.6 : 0.25) : plug ? 0.35 : 0.15;
  // The second and later links add less: three links are a drop, not three times one.
  return each * (1 + 0.4 * Math.min(links - 1, 5));
}

/** Platforms whose composer is a comment under someone else's content. */
const COMMENT_PLATFORMS: ReadonlySet<string> = new Set(['youtube']);

export function promotionParts(doc: Doc): PromotionParts {
  return doc.memo('promo:parts', (d) => {
    const phrases = d.sum('promo:points', (c) => promoCues(c).reduce((n, cue) => n + cue.weight, 0));
    // An X archive keeps a post's photo or video as a t.co link at the very end: media, not a link drop.
    const links = d.sum('promo:link-count', (c) => linkCues(c).length) - (d.platform === 'x' ? trailingMedia(d.text) : 0);
    const words = d.sum('promo:word-count', plainWords);
    const bait = baitPoints(d);
    // Broadcast forms belong to posts: under someone else's video, a label and a link is a link drop already
    // counted, and a few clipped words are a reaction.
    const post = !COMMENT_PLATFORMS.has(d.platform ?? '');
    // A link with not a word of the writer's own (hashtags are not words) is a share of something: whose it is,
    // the post does not say. Careful readers of real archives counted such posts as sharing, not promotion.
    const unsaid = post && links > 0 && phrases === 0 && saysNothing(d.text);
    const labelled = post && !unsaid && links > 0 && words <= 14 && labelAndLink(d.platform === 'x' ? d.text.replace(TRAILING_MEDIA, '') : d.text);
    const tagline = post && words <= 12 && isBrandTagline(d.text);
    const linkPoints = linkWeight(links, words, phrases, COMMENT_PLATFORMS.has(d.platform ?? ''), unsaid);
    // A business's hours or terms in a reply answer a customer's question.
    const offer = post && !isReply(d) ? offerPoints(d) : 0;
    return { phrases, labelled, tagline, bait, offer, links, linkPoints, words };
  });
}

/** The weight of the draft's strongest promotion cue (0 when it has none). */
export function strongestPromotionCue(doc: Doc): number {
  return doc.memo('promo:strongest', (d) => Math.max(0, ...d.chunks.flatMap((c) => promoCues(c).map((cue) => cue.weight))));
}

const TRAILING_MEDIA = /(?:\s+https?:\/\/t\.co\/\w+)+\s*$/;

/** What a link counts for in a post with no words besides it: under the kind's threshold on its own. */
const UNSAID_LINK = 0.6;
const HASHTAG_OR_MENTION = /[#@][\p{L}\p{N}_]+/gu;

/** No words outside the links, hashtags and mentions. */
function saysNothing(text: string): boolean {
  return !/\p{L}/u.test(text.replace(LINK, ' ').replace(TAG_OR_ENTITY, ' ').replace(HASHTAG_OR_MENTION, ' '));
}

/** How many t.co links end a post that has words before them (the archive's media links). */
function trailingMedia(text: string): number {
  const m = TRAILING_MEDIA.exec(text);
  if (!m || !/[\p{L}\p{N}]/u.test(text.slice(0, m.index))) return 0;
  return m[0].match(/t\.co\//g)?.length ?? 0;
}

/** What a label-and-link post adds on top of its link: together above the rule's threshold. */
const LABELLED_LINK = 0.5;
/** What a brand's slogan on its own adds: a promotion by itself, just over the kind's threshold. */
const TAGLINE = 0.8;
/** How much of its promotion a reply keeps. */
const REPLY = 0.5;

/**
 * A cue this strong ("we're hiring", "link in bio", "DM us for prices", "25% off", "we raised our seed
 * round") makes a post promotion however long it is: dilution is right for one plug in a long post, but the
 * ratio counts what the post is for, so the signal does not fall below the kind's threshold. Replies are
 * left to the diluted value. Kept in the signal, not in the kind decision, so every path that decides a
 * post's kind from its signals agrees.
 */
const DECISIVE_CUE = 1;

/**
 * How much the draft promotes its author: plugs for their own channel, product or offer, sales and money
 * language, requests for subscribers, link drops, and a business telling customers what it has. Long posts
 * dilute a single plug a little (one mention at the end of a useful post is not a sales pitch); a short post
 * that is only a plug scores high.
 */
export function selfPromotion(doc: Doc): number {
  return doc.memo('promo:value', (d) => promotionValue(d, true));
}

/**
 * The same without the offer evidence (offer.ts): what the post's own wording and links promote. The
 * self-promotion rule speaks from this, so a shop's plain "Fresh bagels every morning, six for £5" counts as
 * promotion in the ratio without a finding on its words; a sales phrase still gets one.
 */
export function wordedPromotion(doc: Doc): number {
  return doc.memo('promo:worded', (d) => promotionValue(d, false));
}

function promotionValue(doc: Doc, withOffer: boolean): number {
  const p = promotionParts(doc);
  const raw = Math.max(0, p.phrases + 0.8 * p.bait + (withOffer ? p.offer : 0) + p.linkPoints + (p.labelled ? LABELLED_LINK : 0) + (p.tagline ? TAGLINE : 0));
  const dilution = 1 + Math.max(0, p.words - 60) / 150;
  // A reply answers someone: a link or an "our site" in it points the way more often than it sells.
  const reply = isReply(doc);
  const value = 1 - Math.exp((-raw * (reply ? REPLY : 1)) / dilution);
  return !reply && strongestPromotionCue(doc) >= DECISIVE_CUE ? Math.max(value, KIND_THRESHOLDS.promotion) : value;
}
