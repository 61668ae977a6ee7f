import { z } from 'zod';
import type { Chunk, Doc, LocalSpan } from '../engine/document';
import { defineRule } from '../engine/rule';
import { APOSTROPHE as A, phraseList, sentenceAround } from '../engine/find';
import { flagEach } from '../engine/flag';
import { docClaims } from '../detectors/risky-claim';

/**
 * Hype that promises: a guarantee stapled to a big claim ("the best coffee you'll ever taste, guaranteed",
 * "never fails", "or your money back"). Enthusiasm ("we're so excited") promises nothing and stays quiet;
 * the plain legal-risk promises ("risk-free", "100% guaranteed", "instant results") are risky-claim's, and
 * this rule leaves their words alone so one phrase gets one card.
 */

type PromiseKind = 'guarantee' | 'refund' | 'certainty';

interface PromisePhrase {
  kind: PromiseKind;
  source: string;
}

const PHRASES: readonly PromisePhrase[] = [
  // "..., guaranteed." / "Guaranteed!": the guarantee as an afterthought, and "satisfaction guaranteed".
  { kind: 'guarantee', source: String.raw`(?<=(?:^|[,\u2013\u2014:.!]\s*|\s[-]\s*))guaranteed(?=\s*(?:[.!\u2026]|$|\p{Extended_Pictographic}))|\b(?:satisfaction|happiness|smiles?|fun|quality|results?|success|love)\s+(?:is\s+|are\s+)?(?:100\s?%\s+)?guaranteed\b|\bguaranteed\s+to\s+(?:be\s+)?\p{L}+` },
  { kind: 'refund', source: String.raw`\bor\s+(?:your|you\s+get\s+your|we\s+give\s+you\s+your)\s+money\s+back\b|\bmoney[-\s]back\s+guarantee(?:d)?\b` },
  { kind: 'certainty', source: String.raw`\bnever\s+fails?\b(?!\s+(?:to|me|us)\b)|\b(?:100|110|1000)\s?%\s+(?:satisfaction|certain|sure|success|effective|guaranteed)\b|\byou${A}ll\s+never\s+(?:look|go)\s+back\b|\b(?:instant|overnight|immediate)\s+(?:results?|success|transformation)\b|\bworks\s+(?:every\s+(?:single\s+)?time|for\s+everyone)\b` },
];

const PROMISES = phraseList(PHRASES, { flags: 'giu' });

/** The big claim a promise leans on: superlatives, "ever", "#1", miracle words. */
const HYPE = new RegExp(
  String.raw`\b(?:best|greatest|finest|fastest|easiest|cheapest|lowest|tastiest|comfiest|softest|ultimate|perfect|unbeatable|amazing|incredible|miracle|magic(?:al)?|revolutionary|life[-\s]changing|game[-\s]changing|world[-\s]class|number\s+one|ever|guaranteed|risk[-\s]free|zero\s+risk)\b|(?<![\p{L}\p{N}&])#1(?!\p{N})`,
  'iu',
);
/** The writer doubting or refusing the promise ("I can't guarantee", "nothing is guaranteed", "no diet works for everyone"). */
const DOUBT = new RegExp(String.raw`\b(?:no|not|never|nothing(?:\s+is)?|isn${A}?t|aren${A}?t|can${A}?t|cannot|won${A}?t|don${A}?t|doesn${A}?t|nobody|no\s+one|beware|scam|claims?|fake)\b[^.!?\n]{0,25}$`, 'iu');

export interface PromiseMatch extends LocalSpan {
  kind: PromiseKind;
}

/** Promises in one chunk that lean on a big claim in the same sentence, or in a post of a few short lines. */
export function promiseMatches(chunk: Chunk): PromiseMatch[] {
  const text = chunk.text;
  const out: PromiseMatch[] = [];
  for (const { start, end, entry } of PROMISES.find(text)) {
    if (end === start) continue;
    if (DOUBT.test(text.slice(Math.max(0, start - 40), start))) continue;
    const sentence = sentenceAround(text, start, end);
    // Inside the phrase itself "guaranteed" and "never" are the promise, not the claim it leans on.
    const rest = sentence.replace(text.slice(start, end), ' ');
    const hyped = HYPE.test(rest) || (text.length <= 160 && HYPE.test(text.slice(0, start) + ' ' + text.slice(end)));
    if (!hyped) continue;
    out.push({ start, end, kind: entry.kind });
  }
  return out;
}

/** The promises of the whole draft, less the words risky-claim already reports. */
export function docPromises(doc: Doc): PromiseMatch[] {
  const claims = docClaims(doc);
  return doc.spans('hype-promise:matches', promiseMatches).filter((p) => !claims.some((c) => p.start < c.end && c.start < p.end));
}

export default defineRule({
  meta: {
    id: 'hype-promise',
    principle: 'honest-and-open',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    docs: {
      summary:
        'Finds promises stapled to hype: "the best you\u2019ll ever taste, guaranteed", "satisfaction guaranteed", "never fails", "or your money back" beside a superlative.',
      rationale:
        'Enthusiasm is human; a guarantee on top of a superlative is a promise about every reader\u2019s experience that nobody can keep. ' +
        'Readers discount it, and the one for whom it did not work remembers it. What people actually got, and what you do when it does not work, is more believable.',
      whenNotToUse:
        'A real, written guarantee with its terms in the post (a 30-day refund policy) may still be flagged beside a superlative: drop the superlative, or ignore the finding.',
    },
    examples: {
      bad: [
        'The best coffee you will ever taste, guaranteed.',
        'Our ultimate sleep spray will never fail. Love it or your money back!',
        'Smoothest shave ever, satisfaction guaranteed.',
      ],
      good: [
        'I can\u2019t guarantee this works for you, but it did for us.',
        '100% of the proceeds go to charity.',
        'The best part was meeting you all.',
        'Not happy with the fit? Send it back within 30 days for a full refund.',
      ],
    },
    messages: {
      guarantee:
        '\u201c{actual}\u201d turns a big claim into a promise no one can keep for every reader. Say what people actually got: a number, a review, a result.',
      refund:
        '\u201c{actual}\u201d next to a big claim reads as a sales promise. If you offer refunds, state the terms plainly ("30-day refunds") and let the product speak.',
      certainty:
        '\u201c{actual}\u201d promises certainty nothing has. Say how often it works, or for whom, and readers will believe the rest.',
    },
    options: z.object({}),
  },
  check({ doc }) {
    return flagEach(docPromises(doc), ({ kind }) => ({ messageId: kind }));
  },
});
