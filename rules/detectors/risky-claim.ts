import type { Chunk, Doc, LocalSpan } from '../engine/document';
import { allMatches } from '../engine/matches';

/**
 * Risky claims: promises nobody can keep for every reader ("guaranteed results", "100% safe", "risk-free"),
 * health claims ("cures", "no side effects") and borrowed authority ("clinically proven") without a source.
 * These are the sentences advertising standards bodies and regulators act on, and the ones that come back
 * when one customer's experience differs.
 */

export const A = String.raw`['\u2019]`;

export type ClaimKind = 'absolute' | 'health' | 'proof' | 'money';

interface ClaimPattern {
  kind: ClaimKind;
  source: string;
  /** A qualified wording that keeps the sentence grammatical, offered as a fix. */
  softer?: (matched: string) => string | undefined;
}

const CONDITION = String.raw`(?:cancer|diabetes|covid(?:-?19)?|coronavirus|arthritis|asthma|depression|anxiety|acne|eczema|psoriasis|autism|adhd|alzheimer${A}?s|dementia|insomnia|migraines?|hair\s+loss|baldness|obesity|infections?|the\s+flu|flu|colds?|viruses|disease|diseases|illness|addiction|inflammation|high\s+blood\s+pressure|heart\s+disease|back\s+pain|chronic\s+pain|pain)`;

const PATTERNS: readonly ClaimPattern[] = [
  // Promises of an outcome.
  {
    kind: 'absolute',
    source: String.raw`\bguarantee(?:d|s)?\s+(?:to\s+(?:work|cure|heal|fix|double|triple|grow|boost|increase|lose|save|make|get|win|sell|pass)|results?|returns?|profits?|income|success|weight\s+loss|growth|sales|approval|to\s+pass)\b|\b(?:results?|returns?|profits?|income|success|weight\s+loss|approval)\s+(?:are\s+|is\s+)?(?:100%\s+)?guaranteed\b|\b100\s?%\s+guaranteed\b`,
  },
  {
    kind: 'absolute',
    source: String.raw`\b(?:100\s?%|completely|totally|perfectly|entirely|absolutely)\s+(?:safe|harmless|risk[-\s]free|effective|natural|chemical[-\s]free|toxin[-\s]free|secure|accurate|successful)\b`,
    softer: (m) => m.replace(/^\S+\s+/, '').replace(/^risk[-\s]free$/i, 'low-risk'),
  },
  {
    kind: 'absolute',
    source: String.raw`\brisk[-\s]free\b|\b(?:no|zero)\s+risks?\b(?!\s+(?:assessment|factors?))|\bworks\s+(?:every\s+time|for\s+everyone|100%\s+of\s+the\s+time)\b|\bnever\s+fails\b|\b(?:can${A}?t|cannot)\s+(?:fail|lose|go\s+wrong)\b|\binstant\s+results\b|\bpermanent\s+results\b`,
    softer: (m) => (/^risk[-\s]free$/i.test(m) ? 'low-risk' : undefined),
  },
  // Health and body claims.
  {
    kind: 'health',
    source: String.raw`\b(?:cures?|cured|curing|heals?|reverses?|reversed|eliminates?|eradicates?|prevents?|(?<!\bto\s)treats?)\s+(?:your\s+|my\s+|their\s+|all\s+|any\s+|chronic\s+|the\s+)?${CONDITION}\b|\b(?:a|the)\s+(?:natural\s+|miracle\s+|proven\s+)?cure\s+for\b|\bmiracle\s+(?:cure|pill|drug|treatment|product|diet)\b`,
  },
  {
    kind: 'health',
    source: String.raw`\b(?:no|zero|without\s+(?:any\s+)?)\s*(?:nasty\s+)?side[-\s]effects\b|\b(?:lose|drop|burn)\s+\d+\s*(?:lbs?|pounds|kg|kilos|stone)\s+in\s+(?:\d+|a|one|two|three)\s+(?:days?|weeks?)\b|\bboosts?\s+(?:your\s+)?immun(?:e\s+system|ity)\b|\bdetox(?:es|ify|ifies)?\s+(?:your\s+)?(?:body|liver|blood)\b`,
  },
  // Borrowed authority: fine with a source, risky without one.
  {
    kind: 'proof',
    source: String.raw`\b(?:clinically|scientifically|medically|dermatologically|laboratory|lab)[-\s](?:proven|tested|approved|validated)\b|\bproven\s+to\s+(?:work|cure|heal|reduce|boost|increase|improve|prevent|help)\b|\b(?:doctor|dentist|dermatologist|expert)s?[-\s]recommended\b|\b(?:fda|nhs|cdc|mhra)[-\s]approved\b|\bbacked\s+by\s+science\b|\bstudies\s+(?:show|prove)\b`,
  },
  // Money: the claims financial regulators watch.
  {
    kind: 'money',
    source: String.raw`\b(?:double|triple)\s+your\s+(?:money|investment|income|savings)\b|\bget\s+rich\s+quick\b|\b(?:guaranteed|risk[-\s]free)\s+(?:\d+\s?%\s+)?(?:returns?|profits?|income|interest)\b|\b\d+\s?%\s+(?:guaranteed\s+)?returns?\s+(?:every|per|a)\s+(?:day|week|month)\b|\bpassive\s+income\s+guaranteed\b`,
  },
];

const COMBINED = new RegExp(PATTERNS.map((p) => `(${p.source})`).join('|'), 'giu');

/** A source in the post: a link, a citation, a named study or trial. Makes "clinically proven" checkable. */
const SOURCE = /\bhttps?:\/\/|\bwww\.|\bdoi\b|\b(?:sources?|ref|refs|references?)\s*:|\b(?:published\s+in|according\s+to|peer[-\s]reviewed|et\s+al|journal\s+of)\b|\b(?:study|trial|review)\s+(?:by|from|at|in\s+the|published|of\s+\d+|with\s+\d+)\b|\[\d+\]|\(\d{4}\)/i;
/** Words that show the writer is doubting or reporting the claim, not making it. */
const DOUBT = new RegExp(
  String.raw`\b(?:no|not|never|nothing\s+is|isn${A}?t|aren${A}?t|don${A}?t|doesn${A}?t|can${A}?t\s+be|beware|avoid|scam|claims?|claiming|fake|myth)\b[^.!?\n]{0,30}$`,
  'iu',
);

export interface ClaimMatch extends LocalSpan {
  kind: ClaimKind;
  softer?: string;
}

export function claimMatches(chunk: Chunk): ClaimMatch[] {
  const text = chunk.text;
  const out: ClaimMatch[] = [];
  for (const m of allMatches(COMBINED, text)) {
    const index = m.slice(1).findIndex((g) => g !== undefined);
    const pattern = PATTERNS[index];
    if (!pattern) continue;
    // "Nothing is 100% safe", "beware of anything that claims to cure cancer": the writer is warning, not claiming.
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (DOUBT.test(before) && !/^(?:no|zero|without)\b/i.test(m[0])) continue;
    // A question ("is it safe to treat burns with it?") asks about a claim rather than making it.
    const rest = text.slice(m.index + m[0].length);
    const sentenceEnd = rest.search(/[.!?\n]/);
    if (sentenceEnd >= 0 && rest.charAt(sentenceEnd) === '?') continue;
    const softer = pattern.softer?.(m[0]);
    out.push({ start: m.index, end: m.index + m[0].length, kind: pattern.kind, ...(softer ? { softer } : {}) });
  }
  return out;
}

/** Claims in the whole post; borrowed authority counts only when the post gives no source. */
export function docClaims(doc: Doc): ClaimMatch[] {
  return doc.memo('risky-claim:claims', (d) => {
    const sourced = d.chunks.some((c) => c.memo('risky-claim:source', (ch) => SOURCE.test(ch.text)));
    const out: ClaimMatch[] = [];
    for (const chunk of d.chunks) {
      for (const m of chunk.memo('risky-claim:matches', claimMatches)) {
        if (m.kind === 'proof' && sourced) continue;
        out.push({ ...m, start: m.start + chunk.start, end: m.end + chunk.start });
      }
    }
    return out;
  });
}
