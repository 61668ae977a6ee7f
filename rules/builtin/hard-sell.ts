import { z } from 'zod';
import type { Chunk, LocalSpan } from '../engine/document';
import { defineRule, type Fix } from '../engine/rule';
import { replaceFix, sentenceRemoval } from '../engine/fixes';
import { APOSTROPHE as A, matchSpans } from '../engine/find';
import { flagEach } from '../engine/flag';
import { Haystack } from '../engine/literal-prefilter';
import { LiteralScan } from '../engine/literal-scan';

/** Where an order can start: the start of a line or sentence, after a colon or dash, a bullet or an emoji. */
const OPENER = String.raw`(?<=^|[.!?:;\n\u2013\u2014\u2022*>()]\s*|\s-\s*|\p{Extended_Pictographic}\uFE0F?\s*)`;

interface HardSellMatch extends LocalSpan {
  kind: 'order' | 'pressure';
  /** Replacement for the phrase, where one is obvious. */
  replacement?: string;
}

/** Orders to buy now, given as the opening of a sentence. */
const ORDERS = new RegExp(
  // The orders' first words, looked for before the lookbehind, which is slow to try at every position.
  String.raw`(?=buy|order|shop|book|grab|get|claim|reserve|download|install|sign|register|subscribe|enrol|join|call|phone|dm|message|act|hurry|do|what)` +
    OPENER +
    String.raw`(?:` +
    [
      String.raw`(?:buy|order|shop|book|grab|get|claim|reserve|download|install)\s+(?:it\s+|one\s+|yours\s+|your\s+(?:copy|tickets?|seat|spot)\s+|them\s+)?(?:now|today|right\s+now|while\s+you\s+can|before\s+(?:it${A}?s|they${A}?re)\s+gone)`,
      String.raw`(?:sign\s+up|register|subscribe|enrol+|join|call|phone|dm\s+us|message\s+us)\s+(?:us\s+)?(?:now|today|right\s+now)`,
      String.raw`act\s+(?:now|fast|quickly|today)`,
      String.raw`hurry(?:\s+up)?`,
      String.raw`don${A}?t\s+(?:miss\s+(?:out|this|it|your\s+chance)|wait|delay|hesitate)`,
      String.raw`do\s+not\s+(?:miss\s+(?:out|this|it)|wait|delay)`,
      String.raw`what\s+are\s+you\s+waiting\s+for`,
      String.raw`get\s+(?:yours|it)\s+before`,
    ].join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'giu',
);

/** Pressure wherever it stands in the sentence: deadlines and scarcity meant to rush the reader. */
const PRESSURE = new RegExp(
  String.raw`\b(?:(?:for\s+a\s+)?limited\s+time\s+only|while\s+(?:supplies|stocks?)\s+last|last\s+chance\s+to\s+(?:buy|order|get|grab|save)|(?:offer|sale|deal)\s+ends\s+(?:today|tonight|soon|at\s+midnight|midnight)|today\s+only|only\s+\d+\s+(?:left|remaining)(?:\s+in\s+stock)?|before\s+it${A}?s\s+too\s+late)(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * Most posts hold no order or pressure phrase, yet both expressions were tried at every position of every
 * chunk: they run only where the text holds their words, narrowed to the phrases it holds words of.
 */
const SCAN = new LiteralScan([ORDERS, PRESSURE]);

export function hardSellSpans(chunk: Chunk): HardSellMatch[] {
  const [orders, pressure] = SCAN.runs(new Haystack(chunk.text));
  const spans: HardSellMatch[] = [];
  if (orders) spans.push(...matchSpans(orders, chunk.text, () => ({ kind: 'order' as const })));
  if (pressure) {
    // "for a limited time only" says the same without the push as "for a limited time".
    spans.push(
      ...matchSpans(pressure, chunk.text, (m) => ({
        kind: 'pressure' as const,
        ...(/^for\s+a\s+limited\s+time\s+only$/i.test(m[0]) ? { replacement: m[0].replace(/\s+only$/i, '') } : {}),
      })),
    );
  }
  return spans.sort((a, b) => a.start - b.start);
}

export default defineRule({
  meta: {
    id: 'hard-sell',
    principle: 'listen-dont-shout',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    docs: {
      summary: 'Finds pushy sales orders and pressure: "Buy now", "Order today", "Don\u2019t miss out", "Act fast", "limited time only".',
      rationale:
        'An order barked at the reader is the written form of shouting. People who feel rushed leave; people who understand what they get stay and ask.',
      whenNotToUse:
        'A genuine deadline the reader needs to know (a closing date for applications) is worth stating plainly; turn the rule off for that post.',
    },
    examples: {
      bad: ['New trainers are in. Buy now!', 'Don\u2019t miss out: 30% off for a limited time only.', 'Act fast, only 5 left in stock.'],
      good: [
        'Our new trainers are in. Which colour would you go for?',
        'Registration for the workshop closes on Friday, in case you were planning to come.',
        'Should I buy now or wait for the autumn models?',
      ],
    },
    messages: {
      order: '"{actual}" orders the reader to buy. Say what they get and let them decide; a calm invitation works better.',
      pressure: '"{actual}" puts pressure on the reader. If there is a real deadline, state the date plainly.',
    },
    options: z.object({}),
  },
  check({ doc }) {
    return flagEach(doc.spans('hard-sell:spans', hardSellSpans), ({ start, end, kind, replacement }) => {
      const fixes: Fix[] = [];
      if (replacement !== undefined) fixes.push(replaceFix(start, end, replacement));
      else {
        const removal = sentenceRemoval(doc.text, start, end);
        if (removal) fixes.push(removal);
      }
      return { messageId: kind, ...(replacement !== undefined ? { expected: [replacement] } : {}), ...(fixes.length ? { fixes } : {}) };
    });
  },
});
