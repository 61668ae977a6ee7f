import { z } from 'zod';
import { defineRule } from '../engine/rule';
import { isReply } from '../signals/conversational';
import { classifyKind } from '../signals/kind';
import { promotionParts } from '../signals/self-promotion';

/**
 * A post that is promotion and nothing else: no help for the reader, no word to them. Each plug in it is
 * the self-promotion rule's business; this rule names the post as a whole, so that a draft that is only a
 * pitch scores below one that helps or talks, and the writer sees why.
 */
export default defineRule({
  meta: {
    id: 'sales-pitch',
    principle: 'add-value',
    defaultSeverity: 'warning',
    enabledByDefault: false,
    docs: {
      summary:
        'Finds posts that only promote: an offer, a launch, an announcement or a link, with nothing in them for the reader and nothing said to them.',
      rationale:
        'Promotion has its place, about one post in five (the 80/20 guideline). A post that is only a pitch gives people no reason to read it; one useful detail, a story or a question turns it into something they answer.',
      whenNotToUse:
        'Ad accounts and shop feeds whose every post is an offer by design; the history view still shows the share of promotion.',
    },
    examples: {
      bad: [
        'Summer sale is ON! 30% off every linen shirt until Sunday. Link in bio!',
        'DM us for prices! Best deals in town',
        'Episode 42 is out: https://pod.example/42',
      ],
      good: [
        'Our new trainers are in. Which colour would you go for?',
        'How to descale your kettle: fill it halfway with equal parts water and vinegar, boil, leave for an hour, rinse twice.',
        '@sam Yes! The size guide is here: https://shop.example/sizes, and the hoodie runs a little large.',
        'Thanks @fernleaf for the lovely beans, my mornings are so much better now.',
      ],
    },
    messages: {
      pitch:
        'This post only promotes: nothing in it helps the reader or talks with them. That is fine for about one post in five; to make this one worth reading, add what is in it for them (a tip, a detail, a story) or ask them something.',
      link: 'This post is a label and a link. Say what the reader will find there and why it is worth their time.',
    },
    options: z.object({
      /** Value-add signal (0..1) from which the post is taken to give the reader something. */
      valueFrom: z.number().min(0).max(1).default(0.35),
      /** Conversational signal (0..1) from which the post is taken to talk with the reader. */
      conversationFrom: z.number().min(0).max(1).default(0.5),
    }),
  },
  check({ doc, signals, options }) {
    if (signals.valueAdd >= options.valueFrom || signals.conversational >= options.conversationFrom || isReply(doc)) return [];
    if (classifyKind(signals, []).kind !== 'promotion') return [];
    const start = doc.text.search(/\S/);
    if (start === -1) return [];
    // The first line names the post; a finding over a whole long post would underline all of it.
    const lineEnd = doc.text.indexOf('\n', start);
    const end = (lineEnd === -1 ? doc.text : doc.text.slice(0, lineEnd)).trimEnd().length;
    return [{ start, end, messageId: promotionParts(doc).labelled ? 'link' : 'pitch' }];
  },
});
