import { z } from 'zod';
import type { Chunk, LocalSpan } from '../engine/document';
import { defineRule, type DraftFinding } from '../engine/rule';
import { allMatches } from '../engine/matches';

const APOS = `['\u2019]`;
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}_@#/.'\u2019-])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}_])`;
/** The writer: "we", "our", "I", "my" and their contractions. ("US" in capitals, the country, is dropped later.) */
const SELF = new RegExp(
  String.raw`${EDGE_BEFORE}(?:we(?:${APOS}(?:re|ve|ll|d))?|our|ours|ourselves|us|i(?:${APOS}(?:m|ve|ll|d))?|me|my|mine|myself)${EDGE_AFTER}`,
  'giu',
);
/** The reader. */
const READER = new RegExp(
  String.raw`${EDGE_BEFORE}(?:you(?:${APOS}(?:re|ve|ll|d))?|your|yours|yourself|yourselves|y${APOS}all|ya|u)${EDGE_AFTER}`,
  'giu',
);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
/** Quoted words are someone else's voice. */
const QUOTE = /"[^"\n]*"|\u201c[^\u201d\n]*\u201d/g;
/** Roman "I" after a name ("World War I", "Phase I") is no pronoun. */
const ROMAN_I = /(?:war|phase|type|part|chapter|level|class|stage|grade|act|henry|louis|elizabeth|james|charles|george|edward|richard|william)\s+$/i;

export interface Voice {
  self: LocalSpan[];
  reader: number;
  words: number;
}

/** Who the chunk talks about: the writer's self-references (spans) and how often it names the reader. */
export function voice(chunk: Chunk): Voice {
  // Links and quotations are blanked with spaces so offsets stay put.
  const blank = (s: string) => ' '.repeat(s.length);
  const text = chunk.text.replace(URL, blank).replace(QUOTE, blank);
  const self: LocalSpan[] = [];
  for (const m of allMatches(SELF, text)) {
    if (m[0] === 'US' || (/^i$/i.test(m[0]) && (ROMAN_I.test(text.slice(Math.max(0, m.index - 12), m.index)) || text[m.index - 1] === '('))) continue;
    self.push({ start: m.index, end: m.index + m[0].length });
  }
  // "U" in capitals is a letter (U.S., U-boat), not texting for "you".
  const reader = [...allMatches(READER, text)].filter((m) => m[0] !== 'U').length;
  return { self, reader, words: (text.match(WORD) ?? []).length };
}

export default defineRule({
  meta: {
    id: 'self-focus',
    principle: 'people-first',
    defaultSeverity: 'suggestion',
    enabledByDefault: true,
    docs: {
      summary: 'Finds longer posts that talk about "we", "our", "I" and "my" again and again and never about "you".',
      rationale:
        'Start with people (Sharing Is Caring): readers stop for posts about their problems and their lives. A post that is all about the writer gives them no reason to stay or to answer.',
      whenNotToUse: 'Personal updates and news about your own team, where talking about yourself is the point.',
    },
    examples: {
      bad: [
        'We have spent two years building our new scheduling tool. Our team worked hard on it, our designers rebuilt every screen, and we think our launch next week will be our best yet.',
      ],
      good: [
        'Ever lost an afternoon to rescheduling meetings? Our new tool does it for you, and we would love to hear how you plan your week.',
        'We did it! Thanks, everyone.',
      ],
    },
    messages: {
      first:
        'This post says "we", "our", "I" or "my" {count} times and never "you". Try opening with the reader: their problem, their question, what they get.',
      more: 'Another "{actual}": the post is mostly about the writer. Could this sentence be about the reader instead?',
    },
    options: z.object({
      /** Posts shorter than this stay quiet: a short line about yourself is fine. */
      minWords: z.number().int().min(1).default(25),
      /** Self-references needed before the post counts as self-focused. */
      minSelfReferences: z.number().int().min(1).default(4),
      /** How many self-references to point at. */
      maxFlags: z.number().int().min(1).default(3),
    }),
  },
  check({ doc, options }) {
    const words = doc.sum('self-focus:words', (c) => c.memo('self-focus:voice', voice).words);
    if (words < options.minWords) return [];
    const reader = doc.sum('self-focus:reader', (c) => c.memo('self-focus:voice', voice).reader);
    if (reader > 0) return [];
    const self = doc.spans('self-focus:self', (c) => c.memo('self-focus:voice', voice).self);
    // Clear imbalance only: enough self-references, and about one in twelve words or more.
    if (self.length < options.minSelfReferences || self.length * 12 < words) return [];
    return self.slice(0, options.maxFlags).map(
      (span, i): DraftFinding => ({ ...span, messageId: i === 0 ? 'first' : 'more', data: { count: self.length } }),
    );
  },
});
