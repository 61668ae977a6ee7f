import { z } from 'zod';
import type { Chunk, LocalSpan } from '../engine/document';
import { defineRule, type DraftFinding } from '../engine/rule';
import { allMatches } from '../engine/matches';

export interface SentenceStats extends LocalSpan {
  words: number;
  syllables: number;
}

/** A sentence: up to its closing marks, or to the end of the line (a chunk never crosses a line). */
const SENTENCE = /[^.!?\u2026\n]+(?:[.!?\u2026]+["'\u2019\u201d)\]]*|$)/g;
/**
 * Words people read, in Latin script (the rule runs on English text only; plain ranges compile far faster
 * than Unicode property classes). Links, handles and tags are blanked out first.
 */
const WORD = /[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*|\d+(?:[.,:]\d+)*/g;
const NOT_READ = /\bhttps?:\/\/\S+|\bwww\.\S+|[@#][\w.]+/g;

/** English syllables by the usual vowel-group rule; exact enough for a grade level. */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 1;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (w.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/** Sentences of one chunk with their word and syllable counts, chunk-local offsets. */
export function sentenceStats(chunk: Chunk): SentenceStats[] {
  const out: SentenceStats[] = [];
  // Blank out links first (same length, so offsets hold): the dots in a URL are not sentence ends.
  const text = chunk.text.replace(NOT_READ, (m) => ' '.repeat(m.length));
  for (const m of allMatches(SENTENCE, text)) {
    let words = 0;
    let syl = 0;
    for (const w of allMatches(WORD, m[0])) {
      words++;
      syl += syllables(w[0]);
    }
    if (words === 0) continue;
    // The sentence proper: from its first letter, digit or opening quote (not a leading emoji or bullet).
    const lead = chunk.text.slice(m.index, m.index + m[0].length).search(/[A-Za-z0-9\u00c0-\u024f"'\u2018\u201c(@#]/);
    const start = m.index + Math.max(0, lead);
    let end = m.index + m[0].length;
    while (end > start && /\s/.test(chunk.text.charAt(end - 1))) end--;
    out.push({ start, end, words, syllables: syl });
  }
  return out;
}

/** Flesch-Kincaid grade of a stretch of text (US school years). */
export function gradeLevel(words: number, sentences: number, syllableCount: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59;
}

function levelName(grade: number): string {
  if (grade <= 12) return `about school grade ${Math.round(grade)}`;
  return grade <= 16 ? 'a college level' : 'a postgraduate level';
}

export default defineRule({
  meta: {
    id: 'long-sentence',
    principle: 'people-first',
    defaultSeverity: 'suggestion',
    enabledByDefault: true,
    docs: {
      summary: 'Finds sentences of more than about 35 words, and posts that read at a very high grade level.',
      rationale:
        'Writing for people means writing so they can follow on a phone, between other things. Long sentences and ' +
        'long words raise the reading age; most feeds are read at a glance, so shorter sentences reach more people.',
      whenNotToUse: 'Technical audiences and long-form posts on Reddit may take longer sentences; raise `maxWords`.',
    },
    examples: {
      bad: [
        'We wanted to take a moment to let everyone know that the new version of the app, which our team has been working on ' +
          'since the start of the year with help from many of you who sent feedback, is now available for download on every ' +
          'platform we support.',
        'Our organisation is committed to facilitating sustainable operational efficiency improvements. ' +
          'We are systematically optimising our enterprise infrastructure capabilities. ' +
          'These stakeholder engagement initiatives will institutionalise innovative organisational practices. ' +
          'Consequently, strategic prioritisation is enabling unprecedented competitive differentiation opportunities ' +
          'for all of our international customers.',
      ],
      good: [
        'The new version of the app is out. Our team worked on it all year, with help from many of you. Thank you! What should we fix next?',
        'Short post, short sentences, easy to read on a phone.',
      ],
    },
    messages: {
      long: 'This sentence runs to {words} words. Try splitting it in two: people read posts at a glance.',
      grade:
        'This post reads at {level}, harder than most feeds, and this is its hardest sentence. Shorter words and sentences reach more people.',
    },
    options: z.object({
      /** Sentences longer than this many words are flagged. */
      maxWords: z.number().int().min(10).default(35),
      /** Posts of at least 40 words above this Flesch-Kincaid grade get their hardest sentence flagged. */
      maxGrade: z.number().min(6).default(16),
    }),
  },
  check({ doc, options }) {
    const findings: DraftFinding[] = [];
    let words = 0;
    let syl = 0;
    let count = 0;
    let hardest: (SentenceStats & { grade: number }) | undefined;
    for (const chunk of doc.chunks) {
      for (const s of chunk.memo('long-sentence:stats', sentenceStats)) {
        words += s.words;
        syl += s.syllables;
        count++;
        const start = chunk.start + s.start;
        const end = chunk.start + s.end;
        if (s.words > options.maxWords) {
          findings.push({ start, end, messageId: 'long', data: { words: s.words } });
        } else if (s.words >= 8) {
          const grade = gradeLevel(s.words, 1, s.syllables);
          if (!hardest || grade > hardest.grade) hardest = { ...s, start, end, grade };
        }
      }
    }
    if (findings.length === 0 && hardest && words >= 40) {
      const grade = gradeLevel(words, count, syl);
      if (grade > options.maxGrade) {
        findings.push({ start: hardest.start, end: hardest.end, messageId: 'grade', data: { level: levelName(grade) } });
      }
    }
    return findings;
  },
});
