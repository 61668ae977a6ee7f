import { cacheKey, type Chunk, type LocalSpan } from '../../engine/document';
import { defineRule } from '../../engine/rule';
import { compileRegex, findAll, type SafeRegex } from '../regex';
import { problem, type PackProblem } from '../problems';
import type { PackRuleOf } from '../schema';
import { badPattern, houseMeta, type CompileContext, type Compiled } from './shared';

/** A word: letters, digits and inner apostrophes. */
const WORD = "[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*";
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** A token of the draft: where it is and its text. */
interface Token extends LocalSpan {
  word: string;
}

const token = (text: string, { start, end }: LocalSpan): Token => ({ start, end, word: text.slice(start, end).trim() });

/** Found once per chunk for every rule of every pack that keeps the default tokens. */
const nativeWords = (chunk: Chunk): Token[] => chunk.memo('house-repetition-words', (c) => words(c.text));

/**
 * The words `WORD` finds, found by reading the text once, for rules that keep the default tokens: RE2's
 * JavaScript port took ~0.5 ms a rule on a 3,000-character post, and the browser's own expression engine
 * still cost a pack a tenth of its time on a short post (a match object per word). Tokens a pack writes
 * go to RE2.
 */
export function words(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const width = wordCharAt(text, i);
    if (width === 0) {
      i += codeUnits(text, i);
      continue;
    }
    const start = i;
    i += width;
    for (;;) {
      const next = wordCharAt(text, i);
      if (next > 0) {
        i += next;
        continue;
      }
      const quote = text.charCodeAt(i);
      // An apostrophe stays in the word only with a letter or digit after it ("it's", not "its' ").
      if ((quote === 0x27 || quote === 0x2019) && wordCharAt(text, i + 1) > 0) {
        i += 1;
        continue;
      }
      break;
    }
    out.push({ start, end: i, word: text.slice(start, i) });
  }
  return out;
}

/** The width (1 or 2 code units) of the letter or digit at `i`, or 0 for anything else. */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
  const point = text.codePointAt(i) as number;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

function codeUnits(text: string, i: number): number {
  return (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
}

/**
 * `repetition`: the same word twice in a row ("the the"), as Vale's repetition check finds it: tokens in a
 * row that are equal (in any case unless the rule says otherwise), within one sentence. The fix removes the
 * repeat.
 */
export function compileRepetition(rule: PackRuleOf<'repetition'>, ctx: CompileContext): Compiled {
  const problems: PackProblem[] = [];
  const tokens = rule.tokens ?? [WORD];
  tokens.forEach((token, i) => {
    const alone = compileRegex(token);
    if (!alone.ok) problems.push(problem([...ctx.path, 'tokens', i], badPattern(token, alone.reason)));
  });
  const ignorecase = rule.ignorecase ?? true;
  const joined = problems.length || !rule.tokens ? undefined : compileRegex(tokens.map((t) => `(?:${t})`).join('|'));
  const regex: SafeRegex | undefined = joined?.ok ? joined.regex : undefined;
  const words = rule.tokens ? (regex ? (chunk: Chunk): Token[] => findAll(regex, chunk.text).map((m) => token(chunk.text, m)) : undefined) : nativeWords;
  const exceptions = new Set((rule.exceptions ?? []).map((e) => (ignorecase ? e.toLowerCase() : e)));
  const max = rule.max ?? 0;
  // Rules that read the same words the same way share one search (a pack's repetition rules often differ
  // only in their message or platforms).
  const repeatsKey = rule.tokens
    ? cacheKey(ctx.key, 'repeats')
    : cacheKey('house-repetition', String(ignorecase), String(rule.alpha ?? false), String(max), ...[...exceptions].sort());
  const compiled = defineRule({
    meta: houseMeta(rule, ctx, {
      principle: 'be-human',
      summary: 'Finds words repeated by mistake ("the the").',
      messages: { repeated: '"{word}" is repeated.' },
    }),
    check({ doc }) {
      if (!words) return [];
      return doc
        .spans(repeatsKey, (chunk) => repeats(chunk.text, words(chunk), { ignorecase, alpha: rule.alpha ?? false, max, exceptions }))
        .map((r) => ({ start: r.start, end: r.end, messageId: 'repeated', data: { word: r.word }, fixes: [{ label: `Remove the repeated "${r.word}"`, start: r.repeatStart, end: r.end, text: '' }] }));
    },
  });
  return { rule: compiled, problems };
}

interface Repeat extends LocalSpan {
  word: string;
  /** Where the removable part starts: the end of the first occurrence. */
  repeatStart: number;
}

/**
 * Tokens equal to the one before them, within a sentence (no sentence end between them). `max` repeats
 * are let pass: a repeat is reported once more than `max` have been seen since the last report.
 */
function repeats(text: string, words: readonly Token[], options: { ignorecase: boolean; alpha: boolean; max: number; exceptions: ReadonlySet<string> }): Repeat[] {
  const out: Repeat[] = [];
  let count = 0;
  for (let i = 1; i < words.length; i++) {
    const previous = words[i - 1]!;
    const current = words[i]!;
    // Words of different lengths differ in any case: most pairs end here, before any lowering.
    if (current.word.length !== previous.word.length) continue;
    const key = options.ignorecase ? current.word.toLowerCase() : current.word;
    const hit =
      current.word !== '' &&
      key === (options.ignorecase ? previous.word.toLowerCase() : previous.word) &&
      !SENTENCE_END.test(text.slice(previous.end, current.start)) &&
      (!options.alpha || LETTERS.test(current.word));
    if (!hit) continue;
    count++;
    if (count > options.max && !options.exceptions.has(key)) {
      out.push({ start: previous.start, end: current.end, word: current.word, repeatStart: previous.end });
      count = 0;
    }
  }
  return out;
}

const SENTENCE_END = /[.!?\u2026\n]/;
const LETTERS = /^\p{L}+$/u;
