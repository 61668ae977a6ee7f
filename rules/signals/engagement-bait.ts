import type { Chunk, Doc } from '../engine/document';
import { findCues, type Cue, type CuePattern } from './cues';

/**
 * Asking for likes, follows, shares or subscribers as such: reach that is begged or swapped, not earned.
 * Each pattern is a phrase people use to ask for the numbers themselves, whatever the post is about.
 */
const A = `(?:'|\u2019|&#39;)`; // apostrophe, also as the HTML entity some exports keep
const NUM = String.raw`\d[\d,.]*(?:\s?k\b)?`;
/** Where a request can start: the start of the text or a sentence, after a mark or emoji, or after "please". */
const OPENS = String.raw`(?<=^|[.!?,:;()\[\]*~>\-\u2013\u2014\u2026\p{Extended_Pictographic}]\s*|\b(?:please|plz|pls|so|and|then|just|guys|everyone|now)\s+)`;
/** `words` where a request starts, the words looked for first (see `opening` in self-promotion.ts). */
const opening = (words: string) => String.raw`(?=${words})${OPENS}${words}`;
const COUNTED = String.raw`(?:subs|subscribers|followers|follows|likes|thumbs\s?ups?|views|fans|retweets|rts|shares)`;

export const BAIT: CuePattern[] = [
  // Swaps: f4f, sub4sub, like for like, follow back.
  { re: /\b(?:f4f|l4l|s4s|sub4sub|like4like|follow4follow|likeforlike|followforfollow)\b/gi, weight: 1.2, kind: 'swap' },
  { re: /\b(?:follow|sub|subscribe|like)\s*(?:for|4|2)\s*(?:a\s+)?(?:follow|sub|subscribe|like)s?\b/gi, weight: 1.2, kind: 'swap' },
  {
    re: new RegExp(String.raw`\b(?:i${A}?ll|i\s+will|i\s+wil|will|and\s+i)\s+(?:sub(?:scribe)?|follow|like|add)\s+(?:you\s+|u\s+|ya\s+)?(?:back|too|as\s+well)\b`, 'gi'),
    weight: 1.2,
    kind: 'swap',
  },
  { re: /\b(?:sub(?:scribe)?|follow)\s+(?:me\s+)?(?:back|b4)\b/gi, weight: 1, kind: 'swap' },
  { re: /\b(?:subscribe|sub|follow)\s+(?:me|my\s+\w+)\s+and\s+i\b/gi, weight: 1, kind: 'swap' },
  // Like / share / subscribe as a request, with or without a reason. "Like" only where it starts a request
  // ("Like this if..."), never after a subject ("I like this post").
  {
    re: new RegExp(String.raw`${opening(String.raw`(?:like|likes|thumbs\s?up|share|rt|retweet|repost)`)}\s*(?:,|&amp;|&|and|\+|\/)\s*(?:share|subscribe|sub|comment|follow|retweet|rt|like)\b`, 'giu'),
    weight: 1,
    kind: 'like-share',
  },
  { re: new RegExp(String.raw`${opening('(?:like|upvote)')}\s+(?:this|the|our)\s+(?:post|pic|picture|photo|status|page|tweet)\b`, 'giu'), weight: 1, kind: 'like-share' },
  // Nobody says "like this comment" about a comment they are writing except to ask for likes.
  { re: /\b(?:like|upvote)\s+(?:this|my)\s+comment\b/gi, weight: 1, kind: 'like-share' },
  { re: new RegExp(String.raw`(?<!\b(?:i|you|u|we|they|she|he)\s+)\b(?:like|upvote)\s+my\s+(?:comment|post|pic|picture|photo|status|page|tweet)\b`, 'giu'), weight: 1, kind: 'like-share' },
  { re: /\bthumbs?\s?up\s+(?:this|my|the)\s+(?:comment|post)\b|\bthumb\s+(?:this|it)\s+up\b/gi, weight: 1, kind: 'like-share' },
  {
    re: new RegExp(String.raw`${opening('(?:like|rt|retweet|share|repost|upvote)')}\s+(?:this\s+|it\s+)?(?:if|when|for\s+no|so\s+(?:that|everyone|more))\b`, 'giu'),
    weight: 0.9,
    kind: 'like-share',
  },
  { re: /\bthumbs?\s?ups?\s+(?:if|for|when)\b/gi, weight: 0.9, kind: 'like-share' },
  { re: /\b(?:please|plz|pls)\s+(?:like|share|retweet|rt|follow|upvote|repost)\b/gi, weight: 0.9, kind: 'like-share' },
  { re: /\b(?:smash|(?:hit|drop|leave|give\s+(?:me|us|this|it))\s+(?:that|the|a|your))\s+(?:like|thumbs?\s?up|follow)\b/gi, weight: 1, kind: 'like-share' },
  { re: /\bdouble[\s-]tap\b/gi, weight: 0.8, kind: 'like-share' },
  { re: /\bhow\s+many\s+(?:likes|thumbs\s+ups?)\b/gi, weight: 0.6, kind: 'like-share' },
  // Tag friends, RT to win, comment "yes" if.
  { re: /\btag\s+(?:\d+|a|one|two|three|four|five|your|some|all\s+your|ur)\s+(?:\w+\s+)?(?:friends?|people|buddies|bff|mates?|besties?|someone)\b/gi, weight: 1.2, kind: 'tag' },
  { re: /\b(?:rt|retweet|share|like|follow|comment|repost)\s+(?:\w+\s+){0,2}to\s+(?:win|enter|be\s+entered)\b/gi, weight: 1.2, kind: 'contest' },
  { re: /\b(?:comment|type|reply|say|write)\s+["'\u201c]?(?:yes|amen|\d+|[a-z]+["'\u201d])\s+(?:if|below|for|and)\b/gi, weight: 0.9, kind: 'comment' },
  { re: /\btype\s+(?:amen|yes)\b|\btype\s+["'\u201c]?\d+["'\u201d]?\s+(?:if|below|in\s+the\s+comments)\b/gi, weight: 0.8, kind: 'comment' },
  // Begging for the numbers: "help me reach 1,000 subscribers", "if this gets 500 likes".
  {
    re: new RegExp(String.raw`\b(?:help\s+(?:me|us)\s+(?:to\s+)?(?:get|reach|hit|make)(?:\s+to)?|(?:want|trying|try|need)\s+to\s+(?:get|reach|hit)(?:\s+to)?|let${A}?s\s+(?:get|reach|hit)(?:\s+to)?|(?:if|when|once)\s+(?:i|we)\s+(?:get|reach|hit|have|make\s+it\s+to)|goal(?:\s+is)?[\s:\-]*|at|need|until)\s*${NUM}\s*${COUNTED}\b`, 'gi'),
    weight: 1,
    kind: 'numbers',
  },
  { re: new RegExp(String.raw`\bif\s+(?:this|my|the)\s+(?:comment|post|video|pic)\s+gets?\s+${NUM}(?:\s*${COUNTED})?`, 'gi'), weight: 1, kind: 'numbers' },
  { re: /\b(?:can|could)\s+i\s+(?:get|have)\s+(?:some\s+)?(?:views|subscribers|followers|likes|subs)\b|\bfree\s+(?:views|subscribers|followers|likes|subs)\b/gi, weight: 0.8, kind: 'numbers' },
  { re: /\b(?:followers|subscribers|subs|likes)\s+(?:please|plz|pls|wanted|needed)\b/gi, weight: 0.9, kind: 'numbers' },
  // Promises for numbers: "1000 subs and I'll do a face reveal", "who wants to be my 100th subscriber".
  { re: new RegExp(String.raw`\b${NUM}\s*${COUNTED}\s+(?:and|&|=)\s+(?:i${A}?ll|i\s+will|we${A}?ll|we\s+will)\b|\bbe\s+my\s+\d+(?:st|nd|rd|th)\s+(?:subscriber|follower|sub)\b`, 'gi'), weight: 1, kind: 'numbers' },
  { re: /\b(?:shout\s?-?out|s\/o)\s+to\s+(?:everyone|anyone|all|whoever)\s+(?:who|that)\s+(?:subscribes|follows|likes|shares|retweets)\b|\b(?:everyone|anyone|whoever)\s+(?:who|that)\s+(?:subscribes|follows\s+me|likes\s+this|shares\s+this)\s+(?:gets|will|i${A}?ll)\b/gi, weight: 1, kind: 'numbers' },
  { re: /\bget\s+(?:more\s+|\d[\d,]*\s+)?(?:youtube\s+|instagram\s+|real\s+)?(?:views|subscribers|followers|likes)\s+(?:for\s+free|free|fast|now|today|instantly)\b/gi, weight: 1, kind: 'numbers' },
];

export function baitCues(chunk: Chunk): Cue[] {
  return chunk.memo('bait:cues', (c) => findCues(c.text, BAIT));
}

/** Summed weight of the bait phrases in the draft. */
export function baitPoints(doc: Doc): number {
  return doc.sum('bait:points', (c) => baitCues(c).reduce((n, cue) => n + cue.weight, 0));
}

/** 0 for no bait; one clear ask for likes or follows is already most of the way to 1. */
export function engagementBait(doc: Doc): number {
  return 1 - Math.exp(-1.2 * baitPoints(doc));
}
