import type { Chunk, Doc, LocalSpan } from '../engine/document';
import { allMatches } from '../engine/matches';

/**
 * Passive voice that hides who did it: "mistakes were made", "a decision has been taken", "prices will be
 * increased", "your account has been suspended". Organisations reach for these when nobody wants to own the
 * news, and readers notice. Passives that hide nobody stay quiet: "I was promoted" (the writer is right
 * there), "the cake was made by my sister" (the actor is named), "my bike was stolen" (nobody knows who).
 *
 * Found with regular expressions on purpose (the brief's speed budget): a verb list for decisions and
 * announcements keeps it precise, and a compromise parse would add cost without changing these cases.
 */

export const A = String.raw`['\u2019]`;

/** Verbs an organisation does to people or plans: the ones whose passive hides an owner. */
const DECISION_VERBS = [
  'decided', 'rolled out', 'launched', 'implemented', 'introduced', 'changed', 'increased', 'raised', 'reduced',
  'cut', 'cancell?ed', 'discontinued', 'suspended', 'closed down', 'shut down', 'removed', 'deleted', 'delayed',
  'postponed', 'replaced', 'restructured', 'terminated', 'let go', 'laid off', 'dropped', 'withdrawn', 'paused',
  'halted', 'scrapped', 'shelved', 'compromised', 'leaked', 'exposed', 'lost', 'shared with third parties',
  'charged', 'refused', 'rejected', 'denied', 'declined', 'revised', 'adjusted', 'approved', 'announced',
  'agreed', 'addressed', 'resolved', 'investigated', 'reviewed', 'noted', 'informed', 'advised', 'notified',
  'reminded', 'required', 'asked to', 'encouraged to', 'updated', 'amended', 'restricted', 'banned', 'blocked',
  'relocated', 'reassigned', 'downsized', 'outsourced', 'phased out', 'retired', 'ended', 'stopped',
  'overlooked', 'missed', 'ignored', 'mishandled',
].join('|');
/** "Made" and "taken" hide an actor only with these subjects: "mistakes were made", "steps have been taken". */
const MADE_SUBJECTS = String.raw`mistakes?|errors?|changes?|decisions?|cuts|choices|promises|adjustments|improvements|updates|misjudgements?|misjudgments?|steps|actions?|measures|calls?`;

/** Auxiliaries that make an event passive (not a state: "the shop is closed" describes, it reports no act). */
const ADVERB = String.raw`(?:(?:now|already|also|just|recently|finally|officially|currently|quietly|temporarily|permanently|unfortunately|regrettably|sadly|since|all|not)\s+)?`;
const AUX = String.raw`(?:has|have|had)\s+${ADVERB}been|(?:is|are|was|were)\s+being|was|were|will\s+be|will\s+have\s+been|(?:it|this|that)${A}s\s+been`;
/** The next words name the actor ("by the board"), so nothing is hidden. */
const AGENT_AFTER =
  /^\s+(?:\w+\s+){0,3}?by\s+(?!\d|about\b|around\b|up\s+to\b|over\b|nearly\b|almost\b|half\b|a\s+(?:third|quarter|fifth|tenth|few)\b|(?:one|two|three|four|five|ten)\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|then|now|noon|midnight|next|the\s+end|end\s+of|january|february|march|april|may|june|july|august|september|october|november|december)\b)/i;
const PERSONAL = new RegExp(String.raw`^(?:i|we|you|he|she|they|who|i${A}ve|we${A}ve|you${A}ve|they${A}ve)$`, 'i');

const PASSIVE = new RegExp(
  String.raw`\bit\s+(?:is|was|has\s+been)\s+(?:decided|recommended|agreed|felt|believed|understood|noted|advised|requested)\s+that\b|` +
    String.raw`(?<subject>[\p{L}'\u2019]+)\s+(?<aux>${AUX})\s+${ADVERB}(?<verb>${DECISION_VERBS})\b` +
    String.raw`|(?<madeSubject>\b(?:${MADE_SUBJECTS}))\s+(?:${AUX})\s+${ADVERB}(?:made|taken)\b`,
  'giu',
);

export function passiveSpans(chunk: Chunk): LocalSpan[] {
  const text = chunk.text;
  const out: LocalSpan[] = [];
  for (const m of allMatches(PASSIVE, text)) {
    const end = m.index + m[0].length;
    if (AGENT_AFTER.test(text.slice(end, end + 40))) continue;
    const subject = m.groups?.subject;
    if (subject !== undefined && PERSONAL.test(subject)) continue;
    // The span is the subject and its passive verb: "prices will be increased".
    out.push({ start: m.index, end });
  }
  return out;
}

export function docPassives(doc: Doc): LocalSpan[] {
  return doc.spans('passive-voice:spans', passiveSpans);
}
