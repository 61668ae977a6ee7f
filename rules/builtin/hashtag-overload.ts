import { z } from 'zod';
import { PLATFORMS } from '../../platforms/index';
import { docHashtags } from '../engine/counting';
import { defineRule, type DraftFinding } from '../engine/rule';
import { removalFix } from '../engine/fixes';

/** Without a platform we only speak up at a count that is a lot anywhere. */
const DEFAULT_MAX = 5;

export default defineRule({
  meta: {
    id: 'hashtag-overload',
    principle: 'channel-fit',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    languageIndependent: true,
    docs: {
      summary: 'Finds hashtags beyond what the platform\u2019s readers accept (X 2, LinkedIn 3, Instagram 5, Threads 1, ...).',
      rationale:
        'Each channel has its own hashtag habits. A block of tags reads as a bid for reach rather than something said to ' +
        'people, and some platforms only link the first (Threads) or reward a few relevant ones (Instagram, LinkedIn).',
      whenNotToUse: 'Set `max` if your community uses more tags by custom (some Mastodon circles do).',
      anyLanguage: 'hashtag count',
    },
    examples: {
      bad: [
        { platform: 'x', text: 'New recipe on the blog today #baking #bread #sourdough #homemade' },
        'Spring is here #garden #gardening #flowers #tulips #spring #nature #growyourown',
      ],
      good: [
        { platform: 'x', text: 'New sourdough recipe on the blog today, with the mistakes I made first. #baking' },
        { platform: 'mastodon', text: 'Finally finished the quilt! #Quilting #Crafts #MastoArt' },
      ],
    },
    messages: {
      tooMany:
        '{count} hashtags here; on {platform} more than {max} reads as stuffing. Keep the ones people really follow and drop \u201c{actual}\u201d.',
    },
    options: z.object({
      /** Overrides the platform's own number. */
      max: z.number().int().min(0).optional(),
    }),
  },
  check({ doc, platform, options }) {
    const max = options.max ?? (platform ? PLATFORMS[platform].maxHashtags : DEFAULT_MAX);
    const tags = docHashtags(doc);
    if (tags.length <= max) return [];
    const where = platform ? PLATFORMS[platform].name : 'most platforms';
    const findings: DraftFinding[] = [];
    // The first `max` stay: people usually put the tags that matter first.
    for (const tag of tags.slice(max)) {
      const actual = doc.text.slice(tag.start, tag.end);
      findings.push({
        ...tag,
        messageId: 'tooMany',
        data: { count: tags.length, max, platform: where },
        fixes: [removalFix(doc.text, tag.start, tag.end, `Remove ${actual}`)],
      });
    }
    return findings;
  },
});
