import { z } from 'zod';
import { defineRule, type DraftFinding } from '../engine/rule';
import { linkCues, promoCues, promotionParts, wordedPromotion } from '../signals/self-promotion';

/** Cues below this weight are hints (a "please", a "hey guys"): they add to the score but are not flagged. */
const FLAG_WEIGHT = 0.5;

/** How much of the value-add signal offsets self-promotion before the threshold is applied. */
const VALUE_OFFSET = 0.6;
const VALUE_FLOOR = 0.25;

const MESSAGE_FOR_KIND: Record<string, string> = {
  plug: 'plug',
  ask: 'ask',
  money: 'money',
  sales: 'sales',
  link: 'link',
};

export default defineRule({
  meta: {
    id: 'self-promotion',
    principle: 'add-value',
    defaultSeverity: 'suggestion',
    enabledByDefault: true,
    docs: {
      summary:
        'Finds drafts that mostly promote the writer: plugs for their own channel, product or offer, requests to subscribe or follow, money offers, sales language and dropped links.',
      rationale:
        'People follow accounts that help them. A post that only points at you asks for attention before giving any; lead with something useful and keep plugs to about one post in five (the 80/20 guideline).',
      whenNotToUse:
        'Accounts whose agreed objective is direct sales can raise the threshold or turn the rule off; the history check still watches the overall ratio.',
    },
    examples: {
      bad: [
        'Check out my channel and subscribe, new video every week!',
        'Make $500 a week from home, visit my site: example.com/offer',
        { text: 'example.com/my-new-course', platform: 'youtube' },
      ],
      good: [
        'Here is how we cut our build time in half: cache the dependencies, split the test suite, and run it in parallel.',
        'Has anyone moved a team from Jira to Linear? What surprised you?',
        'Thanks @ana for the clear write-up on colour contrast, well worth reading: https://example.com/contrast',
      ],
    },
    messages: {
      plug: '"{actual}" points readers at your own work. Try leading with something useful to them, and keep plugs to about one post in five.',
      ask: '"{actual}" asks for something before giving anything. Give readers a reason first: a tip, a story, an answer.',
      money: '"{actual}" reads as a money offer, which people learn to scroll past. Say what the reader gains, plainly, or share something useful instead.',
      sales: '"{actual}" is sales language. Lead with the value for the reader, and keep promotion to about one post in five.',
      link: 'A link with little around it reads as a drop. Say what the reader will get from it and why you are sharing it.',
    },
    options: z.object({
      /** Self-promotion score (0..1) from which the rule speaks up. */
      threshold: z.number().min(0).max(1).default(0.5),
    }),
  },
  check({ doc, signals, options }) {
    // Value for the reader offsets a plug: a how-to with a link to your own guide is what the 80/20
    // guideline asks for. A passing "because" is not value, so only value above a floor counts.
    const offset = VALUE_OFFSET * Math.max(0, signals.valueAdd - VALUE_FLOOR);
    // The post's wording, not the offer evidence: a shop saying what it has counts in the ratio, unflagged.
    if (wordedPromotion(doc) - offset < options.threshold) return [];
    const spans = doc.spans('self-promotion:cues', (chunk) => [...promoCues(chunk), ...linkCues(chunk)]);
    let flagged = spans.filter((s) => s.weight >= FLAG_WEIGHT);
    if (flagged.length === 0 && promotionParts(doc).bait === 0) {
      // Many small hints together: point at the strongest one rather than say nothing specific.
      const best = spans.reduce<(typeof spans)[number] | undefined>((b, s) => (!b || s.weight > b.weight ? s : b), undefined);
      if (best && best.weight > 0) flagged = [{ ...best, kind: 'plug' }];
    }
    // A link and a cue inside it ("bit.ly/..." is both) are one finding.
    flagged.sort((a, b) => a.start - b.start || b.end - a.end);
    const findings: DraftFinding[] = [];
    let lastEnd = -1;
    for (const span of flagged) {
      if (span.start < lastEnd) continue;
      lastEnd = span.end;
      findings.push({ start: span.start, end: span.end, messageId: MESSAGE_FOR_KIND[span.kind] ?? 'plug' });
    }
    return findings;
  },
});
