import twitterText from 'twitter-text';
import { PLATFORMS } from '../../../platforms/index';
import { countForPlatform, countGraphemes, docHashtags, docMentions, findEmoji, overflowOffset } from '../../engine/counting';
import type { Doc, LocalSpan } from '../../engine/document';
import type { AnyRule, DraftFinding } from '../../engine/rule';
import type { PackRuleOf } from '../schema';
import { houseMeta, type CompileContext } from './shared';

type Countable = Exclude<PackRuleOf<'limit'>['count'], 'characters'>;

/** The counted things, as the platforms count them (the same finders the built-in rules use). */
const FINDERS: Record<Countable, (doc: Doc) => LocalSpan[]> = {
  hashtags: docHashtags,
  mentions: docMentions,
  links: (doc) => twitterText.extractUrlsWithIndices(doc.text).map(({ indices: [start, end] }) => ({ start, end })),
  emoji: (doc) => doc.spans('counting:emoji', (chunk) => findEmoji(chunk.text)),
  exclamations: (doc) => doc.spans('house:exclamations', (chunk) => [...chunk.text.matchAll(/[!\uff01]/g)].map((m) => ({ start: m.index, end: m.index + 1 }))),
  sentences: (doc) =>
    doc.spans('house:sentences', (chunk) =>
      chunk.sentences.flatMap((s) => {
        const lead = s.text.length - s.text.trimStart().length;
        const body = s.text.trim();
        return body ? [{ start: s.start + lead, end: s.start + lead + body.length }] : [];
      }),
    ),
};

const NOUN: Record<PackRuleOf<'limit'>['count'], string> = {
  hashtags: 'hashtags',
  mentions: 'mentions',
  links: 'links',
  emoji: 'emoji',
  exclamations: 'exclamation marks',
  sentences: 'sentences',
  characters: 'characters',
};

/** `limit`: at most so many hashtags, mentions, links, emoji, exclamation marks, sentences or characters. */
export function compileLimit(rule: PackRuleOf<'limit'>, context: CompileContext): AnyRule {
  const noun = NOUN[rule.count];
  return {
    meta: houseMeta(rule, context, {
      principle: 'channel-fit',
      message: `The house style allows at most {max} ${noun}; this draft has {count}.`,
      summary: `At most ${rule.max} ${noun}.`,
    }),
    check: ({ doc, platform }): DraftFinding[] => {
      const data = { max: rule.max };
      if (rule.count === 'characters') {
        // The platform's own counting where the draft's platform is known; what people see (graphemes) otherwise.
        const info = platform ? PLATFORMS[platform] : undefined;
        const count = info ? countForPlatform(doc.text, info) : countGraphemes(doc.text);
        if (count <= rule.max) return [];
        const from = overflowOffset(doc.text, info?.counting ?? 'graphemes', rule.max, info ?? {}) ?? doc.text.length;
        return [{ start: from, end: doc.text.length, data: { ...data, count } }];
      }
      const found = FINDERS[rule.count](doc);
      if (found.length <= rule.max) return [];
      // One finding from the first one past the limit to the last, so the draft shows what to trim.
      const first = found[rule.max];
      const last = found.at(-1);
      return first && last ? [{ start: first.start, end: last.end, data: { ...data, count: found.length } }] : [];
    },
  };
}
