import type { Analysis, PrincipleId, PrincipleStatus, Signals, Strength } from './types';

/** The parts of an analysis that strengths read; the panel's payload (principles with titles) fits it too. */
export interface StrengthInput {
  language: Analysis['language'];
  signals: Partial<Signals>;
  principles: readonly PrincipleScore[];
}
interface PrincipleScore {
  id: string;
  status: PrincipleStatus;
  penalty: number;
}

/**
 * What a draft does well, so the panel is not only a list of faults. Each strength needs two things: the
 * engine found nothing under its principle, and the draft shows the positive side of it (a signal well
 * above neutral, or a plain cue in the words). Short scraps earn nothing: praise for "Hi" would be noise.
 *
 * Thresholds sit well above the engine's neutral readings so that an ordinary draft earns one or two
 * strengths, not all of them.
 */
export const STRENGTH_THRESHOLDS = {
  /** Words a draft needs before any strength is shown. */
  minWords: 6,
  conversational: 0.5,
  valueAdd: 0.5,
  /** Value only counts as giving when the draft is not also selling hard. */
  maxSelfPromotion: 0.4,
  sentiment: 0.35,
  maxCorporate: 0.15,
} as const;

const SECOND_PERSON = /(?<![\p{L}\p{N}_'\u2019])(?:you|your|yours|you['\u2019](?:re|ve|d|ll)|y['\u2019]all)(?![\p{L}\p{N}_])/iu;
const INVITATION =
  /\b(?:let (?:me|us) know|tell (?:me|us)|what do you think|your thoughts|share your|i['\u2019]d love to hear|we['\u2019]d love to hear|in the comments)\b/i;
const CREDIT =
  /(?:\b(?:thanks?|thank you|grateful|kudos|congrat(?:s|ulations)|shout[- ]?out|props to|hat tip|credit to|h\/t)\b|(?:^|\s)(?:via|cc|h\/t:?)\s+@\w)/i;
const HUMAN_VOICE = /(?<![\p{L}])(?:i|i['\u2019]m|i['\u2019]ve|my|me|\p{L}+n['\u2019]t|\p{L}+['\u2019](?:re|ll|ve|d))(?![\p{L}])/iu;
const WORD = /[\p{L}\p{N}]+/gu;

/** A sentence that asks the reader something: a question mark with "you" in it, or a plain invitation. */
export function asksTheReader(text: string): boolean {
  if (INVITATION.test(text)) return true;
  return text.split(/(?<=[.!?\u2026])\s+|\n+/).some((s) => s.includes('?') && SECOND_PERSON.test(s));
}

export function strengthsOf(analysis: StrengthInput, text: string): Strength[] {
  const words = text.match(WORD)?.length ?? 0;
  if (words < STRENGTH_THRESHOLDS.minWords || analysis.language !== 'en') return [];
  const passes = (id: PrincipleId) => statusOf(analysis.principles, id) === 'pass';
  const s = analysis.signals;
  const t = STRENGTH_THRESHOLDS;
  const out: Strength[] = [];

  if (passes('conversation-not-campaign') && (s.conversational ?? 0) >= t.conversational) {
    out.push({
      principle: 'conversation-not-campaign',
      label: 'Talks with people',
      detail: 'It reads like one side of a conversation, not an announcement.',
    });
  }
  if (passes('content-as-means') && asksTheReader(text)) {
    out.push({
      principle: 'content-as-means',
      label: 'Asks readers something',
      detail: 'A question gives people a reason to reply.',
    });
  }
  if (passes('add-value') && (s.valueAdd ?? 0) >= t.valueAdd && (s.selfPromotion ?? 0) <= t.maxSelfPromotion) {
    out.push({
      principle: 'add-value',
      label: 'Useful to the reader',
      detail: 'It gives something (a tip, an insight, a resource) before asking for anything.',
    });
  }
  if (passes('spread-the-love') && CREDIT.test(text)) {
    out.push({
      principle: 'spread-the-love',
      label: 'Credits others',
      detail: 'Thanking and crediting people builds the relationship.',
    });
  }
  if (passes('be-human') && (s.corporate ?? 0) <= t.maxCorporate && HUMAN_VOICE.test(text)) {
    out.push({ principle: 'be-human', label: 'Sounds like a person', detail: 'A personal voice, not a press release.' });
  }
  if (passes('be-prepared') && passes('listen-dont-shout') && (s.sentiment ?? 0) >= t.sentiment) {
    out.push({ principle: 'be-prepared', label: 'Warm tone', detail: 'Friendly and calm: nothing here should start a fire.' });
  }
  return out;
}

function statusOf(principles: readonly PrincipleScore[], id: PrincipleId): PrincipleStatus | undefined {
  return principles.find((p) => p.id === id)?.status;
}

/**
 * What would raise the score most: the principle whose findings cost the most points. Ties go to the one
 * listed first (the catalogue's order, most fundamental first).
 */
export function biggestGain<P extends PrincipleScore>(principles: readonly P[]): P | undefined {
  let best: P | undefined;
  for (const p of principles) if (p.penalty > 0 && (!best || p.penalty > best.penalty)) best = p;
  return best;
}
