import { PLATFORMS } from '../../../platforms/index';
import type { CountingMethod, PlatformInfo } from '../../../platforms/types';
import { countLength, docHashtags, docMentions, findEmoji, overflowOffset } from '../../engine/counting';
import { cacheKey, type Doc, type LocalSpan } from '../../engine/document';
import { removalFix } from '../../engine/fixes';
import { defineRule, type DraftFinding, type Fix } from '../../engine/rule';
import type { PlatformId } from '../../engine/types';
import { callToActionCues } from '../../signals/call-to-action';
import { compileRegex, findAll, type SafeRegex } from '../regex';
import { problem, type PackProblem } from '../problems';
import type { Countable, PackRuleOf } from '../schema';
import { badPattern, houseMeta, leadSpan, type CompileContext, type Compiled } from './shared';

/**
 * `limit`: at most (or at least) so many hashtags, mentions, links, emoji, exclamation or question marks,
 * sentences, words or characters, per post, sentence or paragraph; or matches of a pattern. Characters are
 * counted as the platform counts them (X's weighted count, Bluesky's graphemes, ...). Over a maximum, the
 * items past it are flagged (the first ones stay, as people put what matters first) with a fix that removes
 * them where removing is safe; a length past it is flagged from where it runs over.
 */
export function compileLimit(rule: PackRuleOf<'limit'>, ctx: CompileContext): Compiled {
  let pattern: SafeRegex | undefined;
  const problems: PackProblem[] = [];
  if (typeof rule.count === 'object') {
    const compiled = compileRegex(rule.count.pattern, { ignorecase: rule.count.ignorecase ?? false });
    if (compiled.ok) pattern = compiled.regex;
    else problems.push(problem([...ctx.path, 'count', 'pattern'], badPattern(rule.count.pattern, compiled.reason)));
  }
  const countable: Countable | 'pattern' = typeof rule.count === 'string' ? rule.count : 'pattern';
  const what = countable === 'pattern' ? 'matches of the house pattern' : NOUNS[countable];
  const per = rule.per ?? 'post';
  const where = per === 'post' ? '' : ` per ${per}`;
  const countKey = cacheKey(ctx.key, 'count');

  const compiled = defineRule({
    meta: houseMeta(rule, ctx, {
      principle: 'channel-fit',
      summary: `${rule.min !== undefined ? `At least ${rule.min}` : ''}${rule.min !== undefined && rule.max !== undefined ? ', ' : ''}${rule.max !== undefined ? `at most ${rule.max}` : ''} ${what}${where}.`.replace(/^a/, 'A'),
      messages: {
        over: '{count} {what} here; the house style allows at most {max}{where}.',
        under: '{count} {what} here; the house style asks for at least {min}{where}.',
      },
    }),
    check({ doc, platform }) {
      const out: DraftFinding[] = [];
      const data = { what, where };
      for (const unit of units(doc, per)) {
        if (countable === 'characters' || countable === 'words' || countable === 'sentences') {
          const { count, overflow } = measure(doc, unit, countable, rule.max, platform);
          if (rule.max !== undefined && count > rule.max && overflow) out.push({ ...overflow, messageId: 'over', data: { ...data, count, max: rule.max } });
          if (rule.min !== undefined && count < rule.min) out.push(...under(doc, unit, { ...data, count, min: rule.min }));
          continue;
        }
        const all = itemsOf(doc, countable, pattern, countKey);
        const items = per === 'post' ? all : all.filter((s) => s.start >= unit.start && s.end <= unit.end);
        if (rule.max !== undefined && items.length > rule.max) {
          // Matches of a pattern (commas, long words) are one finding per unit, where it passes the limit;
          // countable things each get theirs, with a fix that removes them.
          for (const item of countable === 'pattern' ? items.slice(rule.max, rule.max + 1) : items.slice(rule.max)) {
            const fix = removable(countable) ? [removal(doc.text, item)] : undefined;
            out.push({ ...item, messageId: 'over', data: { ...data, count: items.length, max: rule.max }, ...(fix ? { fixes: fix } : {}) });
          }
        }
        if (rule.min !== undefined && items.length < rule.min) out.push(...under(doc, unit, { ...data, count: items.length, min: rule.min }));
      }
      return out;
    },
  });
  return { rule: compiled, problems };
}

const NOUNS: Record<Countable, string> = {
  hashtags: 'hashtags',
  mentions: 'mentions',
  links: 'links',
  emoji: 'emoji',
  exclamations: 'exclamation marks',
  questions: 'question marks',
  sentences: 'sentences',
  words: 'words',
  characters: 'characters',
};

function removable(countable: Countable | 'pattern'): boolean {
  return countable === 'hashtags' || countable === 'mentions' || countable === 'emoji' || countable === 'exclamations';
}

function removal(text: string, span: LocalSpan): Fix {
  const label = `Remove "${text.slice(span.start, span.end)}"`;
  // A mark goes alone ("Great!!" -> "Great!"); a tag or an emoji takes a neighbouring space with it.
  if (/^[!?\uff01\uff1f]$/.test(text.slice(span.start, span.end))) return { label, start: span.start, end: span.end, text: '' };
  return removalFix(text, span.start, span.end, label);
}

/** A post, its sentences or its paragraphs, as whole-text spans. */
function units(doc: Doc, per: 'post' | 'sentence' | 'paragraph'): LocalSpan[] {
  if (per === 'post') return [{ start: 0, end: doc.text.length }];
  if (per === 'sentence') {
    return doc.spans('house:sentences', (chunk) =>
      chunk.sentences.filter((s) => s.text.trim()).map((s) => ({ start: s.start + (s.text.length - s.text.trimStart().length), end: s.start + s.text.trimEnd().length })),
    );
  }
  return doc.memo('house:paragraphs', (d) => {
    const out: LocalSpan[] = [];
    const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
    for (const m of d.text.matchAll(re)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].trimEnd().length });
    return out;
  });
}

/** What a limit counts, over the whole draft, cached per chunk. */
function itemsOf(doc: Doc, countable: Countable | 'pattern', pattern: SafeRegex | undefined, countKey: string): LocalSpan[] {
  switch (countable) {
    case 'hashtags':
      return docHashtags(doc);
    case 'mentions':
      return docMentions(doc);
    case 'links':
      return doc.spans('house:links', (chunk) => chunk.memo('callToAction:cues', callToActionCues).linkSpans);
    case 'emoji':
      return doc.spans('house:emoji', (chunk) => findEmoji(chunk.text));
    case 'exclamations':
      return doc.spans('house:exclamations', (chunk) => marks(chunk.text, /[!\uff01]/g));
    case 'questions':
      return doc.spans('house:questions', (chunk) => marks(chunk.text, /[?\uff1f]/g));
    default:
      return pattern ? doc.spans(countKey, (chunk) => findAll(pattern, chunk.text)) : [];
  }
}

function marks(text: string, re: RegExp): LocalSpan[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Characters, words or sentences in a unit, and where the unit runs past `max`. */
function measure(
  doc: Doc,
  unit: LocalSpan,
  countable: 'characters' | 'words' | 'sentences',
  max: number | undefined,
  platform: PlatformId | undefined,
): { count: number; overflow?: LocalSpan } {
  const text = doc.text.slice(unit.start, unit.end);
  if (countable === 'characters') {
    const info: PlatformInfo | undefined = platform ? PLATFORMS[platform] : undefined;
    // Without a platform, characters are what a reader sees: graphemes.
    const method: CountingMethod = info?.counting ?? 'graphemes';
    // Every characters limit of every pack on this unit shares one count (X's weighting parses the post).
    const count = doc.memo(`house:characters:${method}:${platform ?? ''}:${unit.start}:${unit.end}`, () => countLength(text, method, info ?? {}));
    const cut = max === undefined || count <= max ? undefined : overflowOffset(text, method, max, info ?? {});
    return { count, overflow: cut === undefined ? undefined : trim(doc.text, unit.start + cut, unit.end) };
  }
  const pieces: LocalSpan[] =
    countable === 'words'
      ? [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019_.-]*/gu)].map((m) => ({ start: unit.start + m.index, end: unit.start + m.index + m[0].length }))
      : sentencePieces(doc, unit);
  const count = pieces.length;
  if (max === undefined || count <= max) return { count };
  return { count, overflow: trim(doc.text, pieces[max]?.start ?? unit.end, unit.end) };
}

function sentencePieces(doc: Doc, unit: LocalSpan): LocalSpan[] {
  return units(doc, 'sentence').filter((s) => s.start >= unit.start && s.end <= unit.end);
}

function trim(text: string, start: number, end: number): LocalSpan | undefined {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}

/** Too few: pointed at the start of the unit (the post's first sentence, or the sentence itself). */
function under(doc: Doc, unit: LocalSpan, data: Record<string, string | number>): DraftFinding[] {
  const lead = unit.start === 0 && unit.end === doc.text.length ? leadSpan(doc) : trim(doc.text, unit.start, unit.end);
  return lead ? [{ ...lead, messageId: 'under', data }] : [];
}
