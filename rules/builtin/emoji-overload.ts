import { z } from 'zod';
import { PLATFORMS } from '../../platforms/index';
import type { Chunk, LocalSpan } from '../engine/document';
import { findEmoji } from '../engine/counting';
import { defineRule, type DraftFinding } from '../engine/rule';

/** Without a platform we only speak up at a count that is a lot anywhere. */
const DEFAULT_MAX = 8;

/**
 * Emoji that count as decoration: all of them except one used as a bullet at the start of a line
 * ("✅ Faster exports"), which is structure rather than noise.
 */
export function decorativeEmoji(chunk: Chunk): LocalSpan[] {
  const all = findEmoji(chunk.text);
  if (all.length === 0) return all;
  const first = all[0];
  // A chunk starts at a line start (or, in a very long line, at a sentence start, where an emoji bullet is
  // as rare as it is harmless to skip), so only an emoji opening the chunk can be a bullet.
  if (first && chunk.text.slice(0, first.start).trim() === '' && /^[ \t]+\S/.test(chunk.text.slice(first.end))) {
    return all.slice(1);
  }
  return all;
}

export default defineRule({
  meta: {
    id: 'emoji-overload',
    principle: 'channel-fit',
    defaultSeverity: 'suggestion',
    enabledByDefault: true,
    languageIndependent: true,
    docs: {
      summary: 'Finds emoji beyond what reads well on the platform (a handful on X or LinkedIn, more on Instagram).',
      rationale:
        'A few emoji add tone; a string of them drowns the words, and screen readers read every one aloud. What counts as ' +
        '"a lot" depends on the channel, so the limit follows the platform. Emoji used as bullets at the start of a line are not counted.',
      whenNotToUse: 'Set `max` for a community where emoji-rich posts are the custom.',
      anyLanguage: 'emoji count',
    },
    examples: {
      bad: [
        { platform: 'linkedin', text: 'Big day 🎉🎉🎉 the team shipped 🚀🚀 and we celebrated 🍕🍰🥂 thank you all 🙏💙' },
        'Sunday vibes ☀️🌊🏄‍♀️🍹😎🌴🐚🦀🏖️ who else is at the beach?',
      ],
      good: [
        { platform: 'linkedin', text: 'Big day: the team shipped the new exports 🎉 Thank you all for the late nights 🙏' },
        { platform: 'linkedin', text: 'What changed:\n✅ Faster exports\n✅ Fewer clicks\n✅ Dark mode\n✅ Offline drafts\n✅ Shared folders\n✅ Better search' },
      ],
    },
    messages: {
      tooMany:
        '{count} emoji in this post; on {platform} more than {max} start to crowd out the words. Keep the ones that add meaning.',
    },
    options: z.object({
      /** Overrides the platform's own number. */
      max: z.number().int().min(0).optional(),
    }),
  },
  check({ doc, platform, options }) {
    const max = options.max ?? (platform ? PLATFORMS[platform].maxEmoji : DEFAULT_MAX);
    const emoji = doc.spans('emoji:decorative', decorativeEmoji);
    if (emoji.length <= max) return [];
    const where = platform ? PLATFORMS[platform].name : 'most platforms';
    // The extra ones, with neighbours that touch (or sit a space apart) flagged together.
    const groups: LocalSpan[] = [];
    for (const e of emoji.slice(max)) {
      const last = groups.at(-1);
      if (last && /^[ \u200d\ufe0f]*$/.test(doc.text.slice(last.end, e.start))) last.end = e.end;
      else groups.push({ ...e });
    }
    return groups.map(
      (g): DraftFinding => ({
        ...g,
        messageId: 'tooMany',
        data: { count: emoji.length, max, platform: where },
        fixes: [{ label: 'Remove these emoji', start: g.start, end: g.end, text: '' }],
      }),
    );
  },
});
