import { z } from 'zod';
import type { Chunk, LocalSpan } from '../engine/document';
import { defineRule, type Fix } from '../engine/rule';
import { APOSTROPHE as A, phraseList, sentenceAround } from '../engine/find';
import { flagEach, type FindingWords } from '../engine/flag';

/**
 * Hype: claims that sound big and say nothing ("world-class", "game-changing", "#1") and urgency that no
 * reader can check ("last chance", "hurry"). Both ask the reader to take the writer's word for it.
 */

interface HypePhrase {
  kind: 'superlative' | 'urgency';
  /** Case-insensitive pattern for one family of phrases. */
  source: string;
  /** Offer to delete the phrase (with its trailing punctuation) when it adds nothing. */
  removable?: boolean;
  /** Asked as a question ("the best book you've ever read?") it is a question to the reader, not a claim. */
  notInQuestion?: boolean;
}

const PHRASES: readonly HypePhrase[] = [
  { kind: 'superlative', source: String.raw`(?:the\s+)?best[-\s]ever|(?:the\s+)?(?:best|greatest|finest)\s+(?:\p{L}+\s+)?(?:in\s+the\s+world|of\s+all\s+time|on\s+the\s+planet)|world${A}s\s+(?:best|greatest|finest)` },
  // "The best coffee you'll ever taste": a promise about the reader's own experience, which no one can make.
  {
    kind: 'superlative',
    source: String.raw`\b(?:the\s+)?(?:best|greatest|finest|tastiest|easiest|comfiest|softest|smoothest|fastest)\s+(?:[\p{L}-]+\s+){1,3}(?:you${A}ll|you\s+will|you${A}d|you\s+would|you${A}ve|you\s+have|you)\s+ever\s+\p{L}+`,
    notInQuestion: true,
  },
  { kind: 'superlative', source: String.raw`(?<![\p{L}\p{N}&])#1(?![\p{N}])|\bnumber[-\s]one\s+(?:choice|brand|product|app|tool|platform|provider|solution|destination|seller|rated)\b|\bno\.\s?1\s+(?:choice|brand|product|app|tool|platform|provider|solution|destination|seller|rated)\b` },
  { kind: 'superlative', source: String.raw`\bworld[-\s]class\b|\bbest[-\s]in[-\s]class\b|\b(?:industry|market)[-\s]leading\b|\bunparall?ell?ed\b|\bunrivall?ed\b|\bunmatched\b|\bsecond\s+to\s+none\b|\blike\s+never\s+before\b|\bnext[-\s]level\b|\bgame[-\s]changers?\b` },
  { kind: 'superlative', source: String.raw`\brevolutionary\b(?!\s+(?:guards?|war|army|forces?|committee|council|party|front|movement|court|period|era|leader|hero|heroes))|\brevoluti?oni[sz](?:e|es|ed|ing)\b|\bgame[-\s]changing\b|\bground[-\s]?breaking\b(?!\s+ceremony)|\bmind[-\s]blowing\b|\blife[-\s]changing\b|\bonce[-\s]in[-\s]a[-\s]lifetime\b|\bunbelievabl[ey]\b` },
  { kind: 'urgency', source: String.raw`\b(?:only\s+today|today\s+only|(?:only|just)\s+(?:\d+|a\s+few)\s+(?:hours?|days?)\s+left|(?:for\s+)?(?:24|48|72)\s+hours\s+only|this\s+weekend\s+only|while\s+(?:stocks?|supplies)\s+last)\b` },
  { kind: 'urgency', source: String.raw`\b(?:last|final)\s+chance\b|\bnow\s+or\s+never\b|\b(?:selling|going)\s+fast\b|\balmost\s+gone\b|\bbefore\s+(?:it${A}s|they${A}re|it\s+is|they\s+are)\s+(?:all\s+)?gone\b|\b(?:only|just)\s+\d+\s+left\b|\blimited[-\s]time\s+(?:only|offer|deal)\b` },
  { kind: 'urgency', source: String.raw`(?<!\b(?:no|in\s+a|what${A}s\s+the|any|not\s+in\s+a)\s)\bhurry(?:\s+up)?\b(?!\s+(?:back|home))|\bact\s+(?:now|fast|quickly)\b|\bdon${A}?t\s+miss\s+out\b|\bdon${A}?t\s+wait\b`, removable: true },
];

/** Plain words for hype words that have one; the others need a fact only the writer knows. */
const PLAIN: Record<string, string> = {
  revolutionary: 'new',
  'game-changing': 'new',
  'game changing': 'new',
  groundbreaking: 'new',
  'ground-breaking': 'new',
  'ground breaking': 'new',
  unbelievable: 'surprising',
  unbelievably: 'surprisingly',
  'mind-blowing': 'surprising',
  'mind blowing': 'surprising',
  revolutionise: 'change',
  revolutionize: 'change',
  revolutionises: 'changes',
  revolutionizes: 'changes',
  revolutionised: 'changed',
  revolutionized: 'changed',
  revolutionising: 'changing',
  revolutionizing: 'changing',
};

/** Runs on lower-cased text without the `i` flag (much faster); the `i` version is for text whose length changes when lower-cased. */
const LOWER_CASE = phraseList(PHRASES, { flags: 'gu' });
const ANY_CASE = phraseList(PHRASES, { flags: 'giu' });

/** A real deadline or stock figure makes urgency checkable, so it earns only a suggestion. */
const CONCRETE = /\b(?:only\s+\d+\s+left|\d+\s+(?:left|remaining|in\s+stock)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|midnight|noon|tonight|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}(?:st|nd|rd|th)|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;

export interface HypeMatch extends LocalSpan {
  phrase: HypePhrase;
  /** The urgency names a date, time or count. */
  concrete: boolean;
}

/** Wishes and thanks ("hope today was the best ever") are warmth, not claims. */
const WISH = /\b(?:hope|hoping|wish|wishing|happy|congrat\p{L}*|thanks?|thank\s+you|birthday|love\s+you)\b/iu;
/** "#1 ... #2 ...": a numbered list, not a ranking claim. */
const NUMBERED = /(?<![\p{L}\p{N}])#2(?![\p{N}])/u;

export function hypeMatches(chunk: Chunk): HypeMatch[] {
  const out: HypeMatch[] = [];
  const lower = chunk.text.toLowerCase();
  const folded = lower.length === chunk.text.length;
  let concrete: boolean | undefined;
  for (const { start, end, entry: phrase } of folded ? LOWER_CASE.find(lower) : ANY_CASE.find(chunk.text)) {
    if (end === start) continue;
    if (chunk.text.startsWith('#', start) && NUMBERED.test(chunk.text)) continue;
    if (phrase.kind === 'superlative' && WISH.test(sentenceAround(chunk.text, start, end))) continue;
    if (phrase.notInQuestion && /^[^.!?\n]*\?/.test(chunk.text.slice(end))) continue;
    // The deadline may sit in the next sentence ("Ends Sunday at midnight. Hurry!"): look at the whole chunk.
    concrete ??= CONCRETE.test(chunk.text);
    out.push({ start, end, phrase, concrete });
  }
  return out;
}

/**
 * Deletes a removable phrase with its punctuation and the space on one side. When the phrase opened a
 * sentence the next word takes the capital ("Hurry, the sale ends" -> "The sale ends"); at the end of a
 * line the punctuation before it goes too ("It's new, act now" -> "It's new").
 */
function removal(text: string, start: number, end: number): Fix {
  let from = start;
  let to = end;
  while (/[!.,:;]/.test(text[to] ?? '')) to++;
  while (/[ \t]/.test(text[to] ?? '')) to++;
  let replacement = '';
  if (to >= text.length || text[to] === '\n') {
    while (from > 0 && /[ \t,;:\u2013\u2014-]/.test(text[from - 1] ?? '')) from--;
    if (/[!.?]/.test(text[end] ?? '') && !/[!.?]$/.test(text.slice(0, from))) replacement = text[end] ?? '';
  } else if (/(?:^|[.!?]\s*|\n\s*)$/.test(text.slice(0, start)) && /\p{Ll}/u.test(text[to] ?? '')) {
    replacement = (text[to] ?? '').toUpperCase();
    to++;
  }
  return { label: `Remove "${text.slice(start, end)}"`, start: from, end: to, text: replacement };
}

/** Swaps a hype word for its plain word, or drops it where the plain word is already there ("revolutionary new"). */
function plainFix(text: string, start: number, end: number, word: string): Fix {
  const actual = text.slice(start, end);
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end));
  if (next?.[1]?.toLowerCase() === word) {
    const after = next[0].length - next[1].length;
    const kept = /^\p{Lu}/u.test(actual) ? next[1].charAt(0).toUpperCase() + next[1].slice(1) : next[1];
    return { label: `Remove "${actual}"`, start, end: end + after + next[1].length, text: kept };
  }
  const plain = /^\p{Lu}/u.test(actual) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  return { label: `Change to "${plain}"`, start, end, text: plain };
}

export default defineRule({
  meta: {
    id: 'hype',
    principle: 'honest-and-open',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    docs: {
      summary: 'Finds empty superlatives ("world-class", "game-changing", "#1") and fake urgency ("last chance", "hurry").',
      rationale:
        'Readers have learned to skip claims nobody can check. A specific fact (a number, a name, a real date) is more ' +
        'convincing than any superlative, and urgency without a reason reads as pressure, not as news.',
      whenNotToUse:
        'When the claim is a checked fact with its source in the post (a ranking, an award), the rule may still fire: ignore the finding for that phrase.',
    },
    examples: {
      bad: [
        'Our revolutionary new app is the best ever way to plan a trip.',
        'The comfiest trainers you will ever own.',
        'Last chance! Hurry, the spring sale ends soon.',
        'World-class support from the #1 team in town.',
      ],
      good: [
        'The new app plans a three-day trip in about two minutes; here is how it works.',
        'The spring sale ends on Sunday at midnight.',
        'Our support team answers most emails within four hours.',
      ],
    },
    messages: {
      superlative: '"{actual}" is a big claim with nothing behind it. Replace it with a specific fact: a number, a name, a result.',
      urgency: '"{actual}" pushes the reader to hurry without a reason they can check. If there is a real deadline or limit, state it plainly.',
      urgencyConcrete: '"{actual}" adds pressure on top of a real deadline. The date alone is enough.',
    },
    options: z.object({}),
  },
  check({ doc }) {
    return flagEach(doc.spans('hype:matches', hypeMatches), ({ start, end, phrase, concrete }) => {
      const urgent = phrase.kind === 'urgency';
      const finding: FindingWords = { messageId: urgent ? (concrete ? 'urgencyConcrete' : 'urgency') : 'superlative' };
      if (urgent && concrete) finding.severity = 'suggestion';
      const plain = PLAIN[doc.text.slice(start, end).toLowerCase()];
      if (plain) {
        finding.expected = [plain];
        finding.fixes = [plainFix(doc.text, start, end, plain)];
      }
      if (phrase.removable) finding.fixes = [removal(doc.text, start, end)];
      return finding;
    });
  },
});
