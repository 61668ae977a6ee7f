import { z } from 'zod';
import { defineRule, type DraftFinding, type Severity } from '../engine/rule';
import { clickbaitSentences, FORM_FREE_CUES, STRONG_CUES, STRUCTURAL_CUES, TONE_CUES, type Cue, type CueId, type SentenceScore } from '../signals/clickbait';
import { allMatches } from '../engine/matches';

/** Which message explains a cue. */
const MESSAGE_OF: Partial<Record<CueId, string>> = {
  'gap-believe': 'gap',
  'gap-trick': 'gap',
  'gap-next': 'gap',
  'will-make-you': 'reaction',
  'heres-why': 'gap',
  'need-to-see': 'gap',
  'only-understand': 'gap',
  'forward-phrase': 'tease',
  'forward-lead': 'tease',
  'this-these': 'tease',
  'list-lead': 'list',
  'list-relative': 'list',
  'quiz-which-you': 'quiz',
  'quiz-guess': 'quiz',
  'quiz-start': 'quiz',
  'you-question': 'quiz',
  'question-start': 'quiz',
};

/** Strong cues that soften to a suggestion in a real question or a conversation ("Can you guess ...?"). */
const MILD_IN_QUESTIONS: ReadonlySet<CueId> = new Set<CueId>(['quiz-guess', 'heres-why', 'need-to-see']);

/** Below this many words a line is a reaction ("awesome song"), not a headline, and tone alone says nothing. */
const MIN_TONE_WORDS = 5;

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export default defineRule({
  meta: {
    id: 'clickbait',
    principle: 'honest-and-open',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    docs: {
      summary: 'Finds clickbait: curiosity gaps, teasers that hide the subject, reader quizzes and list headlines built to be clicked.',
      rationale:
        'A hook that withholds what the post is about ("you won\'t believe what happened next") buys a click with the reader\'s trust. ' +
        'Saying plainly what they will get is what open, honest conversation looks like, and it earns the readers who want it.',
      whenNotToUse:
        'Playful quizzes and list posts can be part of a brand\'s voice; turn the rule off, or raise `minScore`, if that is a deliberate choice.',
    },
    examples: {
      bad: [
        'You won\'t believe what happened next at our launch party',
        'This one trick will change how you cook rice forever',
        '17 things you only understand if you grew up with a dog',
        'Which breakfast cereal are you based on your star sign',
      ],
      good: [
        'Three ways to cut your cloud bill, from our own migration: reserved instances, smaller disks, fewer logs.',
        'Our spring range is in. Which colour would you pick?',
        'Thanks to everyone who came to the meetup last night, you made it a great evening!',
        'Tip: save drafts before you switch accounts, it keeps your edits safe.',
      ],
    },
    messages: {
      gap: '"{actual}" is a curiosity gap: it holds back what the post is about to get a click. Say what the reader will actually find.',
      reaction: '"{actual}" promises the reader a feeling instead of telling them what is there. Say what the post shows or explains.',
      tease: '"{actual}" hides the subject behind "this" or "here". Name the thing itself so readers know what they will get.',
      list: '"{actual}" reads like a clickbait list headline. Say what the list gives the reader, for example the most useful item first.',
      quiz: '"{actual}" reads like a quiz headline written for clicks. If you want answers, ask a real question; otherwise say what the post offers.',
      tone: 'This line reads like a clickbait headline ("{actual}"). Say plainly what the reader will get from the post.',
    },
    options: z.object({
      /** Clickbait score (0..1) at which a headline-shaped line gets a suggestion. */
      minScore: z.number().min(0).max(1).default(0.4),
      /** Score at which the finding becomes a warning. */
      warnScore: z.number().min(0).max(1).default(0.9),
      /** Score at which a headline is flagged on tone alone (pronouns, intensifiers), with no bait structure. */
      toneScore: z.number().min(0).max(1).default(0.5),
    }),
  },
  check({ doc, options }) {
    const findings: DraftFinding[] = [];
    for (const sentence of clickbaitSentences(doc)) {
      const found = judge(sentence, doc.text, options);
      if (found) findings.push({ start: found.cue.start, end: found.cue.end, messageId: MESSAGE_OF[found.cue.id] ?? 'tone', severity: found.severity });
    }
    return findings;
  },
});

interface Options {
  minScore: number;
  warnScore: number;
  toneScore: number;
}

/** Which cue, if any, makes this sentence clickbait, and how sure we are. */
function judge(sentence: SentenceScore, text: string, options: Options): { cue: Cue; severity: Severity } | undefined {
  const asks = sentence.form === 'question' || sentence.form === 'conversation';
  // "Which team are you on?" asks; "Which cereal are you, based on your star sign" is a quiz.
  const quiz = !asks || sentence.cues.some((c) => c.id === 'quiz-frame');
  const strong = sentence.cues.find((c) => STRONG_CUES.has(c.id) && (c.id !== 'quiz-which-you' || quiz));
  if (strong) {
    // A curiosity gap is one whatever surrounds it; in a real question, or when the answer follows, it is a gentler matter.
    const mild = (asks && MILD_IN_QUESTIONS.has(strong.id)) || contentFollows(text, sentence.end);
    return { cue: strong, severity: mild ? 'suggestion' : 'warning' };
  }
  if (sentence.score < options.minScore || !sentence.leads) return undefined;
  // A hook followed by the substance in the same post withholds nothing.
  if (contentFollows(text, sentence.end)) return undefined;
  if (sentence.form === 'personal') {
    // "12 things we learned ...": a list hook in a personal voice is worth a gentle word at most.
    const cue = sentence.cues.find((c) => FORM_FREE_CUES.has(c.id));
    return cue && { cue, severity: 'suggestion' };
  }
  if (sentence.form !== 'headline') return undefined;
  let cue = sentence.cues.find((c) => STRUCTURAL_CUES.has(c.id));
  if (!cue && sentence.score >= options.toneScore && wordCount(text.slice(sentence.start, sentence.end)) >= MIN_TONE_WORDS) {
    cue = sentence.cues.find((c) => TONE_CUES.has(c.id));
    // A question put to the reader with no question mark is a quiz line, not a question.
    if (!cue && sentence.cues.some((c) => c.id === 'you')) cue = sentence.cues.find((c) => c.id === 'question-start');
  }
  return cue && { cue, severity: sentence.score >= options.warnScore ? 'warning' : 'suggestion' };
}

const CONTENT_WORD = /(?<![#@\p{L}\p{N}_/.])[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;
const FOLLOWING_WORDS = 12;

/** Whether the post goes on with some substance after `from` (bounded look-ahead: this runs per sentence). */
function contentFollows(text: string, from: number): boolean {
  const rest = text.slice(from, from + 600).replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ');
  let n = 0;
  for (const _ of allMatches(CONTENT_WORD, rest)) if (++n >= FOLLOWING_WORDS) return true;
  return false;
}
