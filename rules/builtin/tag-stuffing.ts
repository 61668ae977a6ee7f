import { z } from 'zod';
import type { LocalSpan } from '../engine/document';
import { docMentions, docWordCount } from '../engine/counting';
import { defineRule, type DraftFinding } from '../engine/rule';
import { removalFix } from '../engine/fixes';

/** Words that show the mentions give credit ("thanks to", "h/t", "congrats"): such lists get more room. */
const CREDIT = /\b(?:thanks?|thank\s+you|grateful|gratitude|shout[-\s]?outs?|kudos|congrat(?:s|ulations)|h\/t|hat\s+tip|via|credit|props|welcome|props)\b/i;

/** The mentions a reply carries at its start on Mastodon (the composer fills in everyone in the thread). */
function leadingRun(text: string, mentions: readonly LocalSpan[]): number {
  let n = 0;
  let at = 0;
  for (const m of mentions) {
    if (!/^[\s,]*$/.test(text.slice(at, m.start))) break;
    n++;
    at = m.end;
  }
  return n;
}

export default defineRule({
  meta: {
    id: 'tag-stuffing',
    principle: 'spread-the-love',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    languageIndependent: true,
    docs: {
      summary: 'Finds posts that tag many people, or are mostly tags, to borrow their reach.',
      rationale:
        'Mentioning people to credit or thank them builds relationships. Tagging a crowd so the post lands in their ' +
        'notifications spends those relationships: most people tagged that way feel used, not invited.',
      whenNotToUse: 'Event recaps that credit every speaker may need more tags; raise `min` for them.',
      anyLanguage: 'tagged accounts',
    },
    examples: {
      bad: [
        'New blog post on pricing is live! @anna_k @bensmith @carla.designs @dev_dan @ella @frankly_fred',
        '@growthguru @marketingmaven @seoqueen @adsking check this',
      ],
      good: [
        'Great talk from @anna_k on pricing today. What would you ask her?',
        'Thank you @anna_k, @bensmith, @carla, @dev_dan and @ella for a week of careful reviews on the new docs.',
      ],
    },
    messages: {
      many:
        '{count} people are tagged here. Tags work best for the few you are crediting or talking to; tagging more for reach tends to annoy. Try dropping \u201c{actual}\u201d.',
      mostly:
        'This post is mostly tags ({count} of {words} words). Say something to the people you tag, or tag fewer of them.',
    },
    options: z.object({
      /** This many mentions or more reads as stuffing (more when the post thanks or credits people). */
      min: z.number().int().min(2).default(5),
      /** How many mentions are left unflagged when a post is stuffed. */
      keep: z.number().int().min(0).default(3),
    }),
  },
  check({ doc, platform, options }) {
    let mentions = docMentions(doc);
    if (mentions.length < 3) return [];
    // Mastodon replies open with every participant's handle: those address people, they do not stuff.
    if (platform === 'mastodon') mentions = mentions.slice(leadingRun(doc.text, mentions));
    const count = mentions.length;
    const words = docWordCount(doc);
    const credit = CREDIT.test(doc.text);
    const min = credit ? options.min + 3 : options.min;
    const mostlyTags = count >= 4 && count * 2 >= words && !credit;
    if (count < min && !mostlyTags) return [];
    const flagged = mentions.slice(Math.min(options.keep, count - 1));
    return flagged.map((m): DraftFinding => {
      const actual = doc.text.slice(m.start, m.end);
      return {
        ...m,
        messageId: count >= min ? 'many' : 'mostly',
        data: { count, words },
        fixes: [removalFix(doc.text, m.start, m.end, `Remove ${actual}`)],
      };
    });
  },
});
