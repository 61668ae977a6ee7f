import type { Chunk, Doc } from '../engine/document';
import { jargonMatches } from '../detectors/corporate-speak';
import { passiveSpans } from '../detectors/passive-voice';
import { allMatches } from '../engine/matches';

/**
 * Corporate voice, 0..1: buzzwords and officialese, nominalisations ("the implementation of", "utilisation"),
 * passives of any kind, and no human voice (no "I", no contractions, no questions). A post with one buzzword
 * and a contraction is a little corporate; a paragraph of press release is very.
 */

/** Marketing words the corporate-speak rule leaves to other rules (hype) but which still sound like an entity. */
const EXTRA_BUZZ =
  /\b(?:best[-\s]in[-\s]class|world[-\s]class|industry[-\s]leading|market[-\s]leading|game[-\s]chang(?:ing|er)|solutions?|ecosystem|scalable|stakeholders?|disrupt(?:ive|ion)?|omni-?channel|customer[-\s]centric|data[-\s]driven|value[-\s]creation|excellence|proactive(?:ly)?|optimi[sz](?:e|es|ed|ing|ation)|strategic(?:ally)?|transformation(?:al)?|agile|bespoke|premier|dedicated\s+to|committed\s+to|passionate\s+about|pleased\s+to\s+announce)\b/gi;
/** Abstract nouns made from verbs and adjectives: the texture of a report. */
const NOMINALISATION = /\b\p{L}{3,}(?:tions?|sions?|ments?|ances?|ences?|ities|ity|izations?|isations?|ness)\b/giu;
/** Nominal-looking words people use every day. */
const EVERYDAY = new Set(
  'question questions station nation mention mentions vacation holiday moment moments comment comments business city cities community communities weekend apartment department government experience experiences science sentence difference chance dance distance evidence conference audience attention information education position situation reason celebration congratulations happiness kindness weakness fitness illness darkness'.split(' '),
);
const PASSIVE_ANY = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:\p{L}{3,}ed|made|taken|given|shown|built|held|sent|done|seen|known|found|chosen|written|brought|sold|paid)\b/giu;
const CONTRACTION = /\b\p{L}+['\u2019](?:t|re|ve|ll|m|d)\b|\b(?:it|that|what|let|here|there|who|he|she)['\u2019]s\b/giu;
const FIRST_SINGULAR = /\b(?:i|me|my|mine|myself)\b/gi;
const WORD = /\p{L}[\p{L}'\u2019-]*/gu;

interface CorporateFeatures {
  words: number;
  buzz: number;
  nominal: number;
  passives: number;
  voice: number;
}

export function corporateFeatures(chunk: Chunk): CorporateFeatures {
  const text = chunk.text;
  const words = (text.match(WORD) ?? []).length;
  const buzz = chunk.memo('corporate-speak:matches', jargonMatches).length + (text.match(EXTRA_BUZZ) ?? []).length;
  let nominal = 0;
  for (const m of allMatches(NOMINALISATION, text)) if (!EVERYDAY.has(m[0].toLowerCase())) nominal++;
  const hidden = chunk.memo('passive-voice:spans', passiveSpans).length;
  const passives = hidden + (text.match(PASSIVE_ANY) ?? []).length * 0.5;
  const voice = (text.match(CONTRACTION) ?? []).length + (text.match(FIRST_SINGULAR) ?? []).length + (text.match(/\?/g) ?? []).length;
  return { words, buzz, nominal, passives, voice };
}

export function corporate(doc: Doc): number {
  const t: CorporateFeatures = { words: 0, buzz: 0, nominal: 0, passives: 0, voice: 0 };
  for (const chunk of doc.chunks) {
    const f = chunk.memo('corporate:features', corporateFeatures);
    t.words += f.words;
    t.buzz += f.buzz;
    t.nominal += f.nominal;
    t.passives += f.passives;
    t.voice += f.voice;
  }
  if (t.words === 0) return 0;
  // Rates per word, with a floor of 12 words so a three-word post is not all buzz because of one word.
  const span = Math.max(t.words, 12);
  const buzz = (t.buzz / span) * 12;
  const nominal = Math.max(0, t.nominal / span - 0.03) * 10;
  const passive = (t.passives / span) * 8;
  const voiceless = t.voice === 0 && t.words >= 15 ? 0.3 : 0;
  const raw = buzz * 0.8 + nominal + passive + voiceless;
  const human = Math.min(t.voice, 3) * 0.15;
  return Math.max(0, 1 - Math.exp(-Math.max(0, raw - human)));
}
