import type { Chunk, Doc, LocalSpan } from '../engine/document';
import { allMatches } from '../engine/matches';

/**
 * Corporate speak: buzzwords ("leverage", "synergy", "best-in-class solutions") and officialese ("in order
 * to", "prior to", "reach out"). Each phrase has plain alternatives; where the first one drops into the
 * sentence as it stands, the finding offers it as a fix. The table is data: add a row to add a phrase.
 */

export interface JargonEntry {
  /** Case-insensitive pattern (a regular expression source) for the phrase as written. */
  phrase: string;
  /** Plain alternatives, best first. */
  plain: readonly string[];
  /** Whether the first alternative replaces the phrase without rewording the sentence around it. */
  fix: boolean;
  kind: 'buzzword' | 'officialese';
}

const B = 'buzzword' as const;
const O = 'officialese' as const;
/** Words after which "leverage" is the noun ("we have leverage"), which is not the jargon verb. */
const NOT_AFTER_DETERMINER = String.raw`(?<!\b(?:the|a|our|your|their|its|his|her|more|any|some|no|of|have|has|had|with|gives?)\s)`;

export const JARGON: readonly JargonEntry[] = [
  // Buzzwords.
  { phrase: `${NOT_AFTER_DETERMINER}leverage`, plain: ['use', 'build on'], fix: true, kind: B },
  { phrase: 'leverages', plain: ['uses', 'builds on'], fix: true, kind: B },
  { phrase: 'leveraged', plain: ['used', 'built on'], fix: true, kind: B },
  { phrase: 'leveraging', plain: ['using', 'building on'], fix: true, kind: B },
  { phrase: 'utili[sz]e', plain: ['use'], fix: true, kind: B },
  { phrase: 'utili[sz]es', plain: ['uses'], fix: true, kind: B },
  { phrase: 'utili[sz]ed', plain: ['used'], fix: true, kind: B },
  { phrase: 'utili[sz]ing', plain: ['using'], fix: true, kind: B },
  { phrase: 'utili[sz]ation', plain: ['use'], fix: true, kind: B },
  { phrase: 'synergy', plain: ['teamwork', 'working together'], fix: true, kind: B },
  { phrase: 'synergies', plain: ['ways to work together', 'shared strengths'], fix: false, kind: B },
  { phrase: 'synergi[sz]e', plain: ['work together'], fix: true, kind: B },
  { phrase: 'paradigm[-\\s]shifts?', plain: ['big change'], fix: false, kind: B },
  { phrase: 'paradigm', plain: ['model', 'way of working'], fix: true, kind: B },
  { phrase: 'value[-\\s]propositions?', plain: ['offer', 'what you get'], fix: true, kind: B },
  { phrase: 'thought[-\\s]leadership', plain: ['expertise', 'ideas'], fix: true, kind: B },
  { phrase: 'thought[-\\s]leader', plain: ['expert'], fix: true, kind: B },
  { phrase: 'thought[-\\s]leaders', plain: ['experts'], fix: true, kind: B },
  { phrase: 'innovative', plain: ['new', 'clever'], fix: true, kind: B },
  { phrase: 'cutting-edge', plain: ['latest', 'new'], fix: true, kind: B },
  { phrase: 'state[-\\s]of[-\\s]the[-\\s]art', plain: ['modern', 'latest'], fix: true, kind: B },
  // Hyphenated only: "the next generation" is also young people.
  { phrase: 'next-gen(?:eration)?|nextgen', plain: ['new'], fix: true, kind: B },
  { phrase: 'empower', plain: ['help', 'let'], fix: true, kind: B },
  { phrase: 'empowers', plain: ['helps', 'lets'], fix: true, kind: B },
  { phrase: 'empowered', plain: ['helped'], fix: true, kind: B },
  { phrase: 'empowering', plain: ['helping'], fix: true, kind: B },
  { phrase: 'seamless', plain: ['smooth', 'easy'], fix: true, kind: B },
  { phrase: 'seamlessly', plain: ['smoothly', 'easily'], fix: true, kind: B },
  { phrase: 'robust', plain: ['strong', 'reliable'], fix: true, kind: B },
  { phrase: 'holistic', plain: ['complete', 'whole'], fix: true, kind: B },
  { phrase: 'mission[-\\s]critical', plain: ['essential'], fix: true, kind: B },
  { phrase: 'end[-\\s]to[-\\s]end', plain: ['complete'], fix: true, kind: B },
  { phrase: 'turn[-\\s]?key', plain: ['ready-to-use'], fix: true, kind: B },
  { phrase: 'impactful', plain: ['effective', 'useful'], fix: true, kind: B },
  { phrase: 'actionable\\s+insights', plain: ['practical tips', 'useful findings'], fix: true, kind: B },
  { phrase: '(?:key\\s+)?learnings', plain: ['lessons'], fix: true, kind: B },
  { phrase: 'core\\s+competenc(?:y|ies)', plain: ['strengths'], fix: true, kind: B },
  { phrase: 'best\\s+practices', plain: ['what works', 'good habits'], fix: false, kind: B },
  { phrase: 'deliverables', plain: ['results', 'the work'], fix: false, kind: B },
  { phrase: '(?:key\\s+)?stakeholders', plain: ['people involved', 'partners'], fix: false, kind: B },
  { phrase: 'low[-\\s]hanging\\s+fruit', plain: ['easy wins'], fix: true, kind: B },
  { phrase: 'move\\s+the\\s+needle', plain: ['make a difference'], fix: true, kind: B },
  { phrase: 'circle\\s+back', plain: ['come back', 'follow up'], fix: true, kind: B },
  { phrase: 'touch\\s+base', plain: ['catch up', 'talk'], fix: true, kind: B },
  { phrase: 'deep[-\\s]dive', plain: ['close look'], fix: false, kind: B },
  { phrase: '(?:the|no|enough|more|any)\\s+bandwidth(?=\\s+(?:to|for)\\b)', plain: ['the time'], fix: false, kind: B },
  { phrase: 'streamline', plain: ['simplify'], fix: true, kind: B },
  { phrase: 'streamlines', plain: ['simplifies'], fix: true, kind: B },
  { phrase: 'streamlined', plain: ['simplified', 'simpler'], fix: true, kind: B },
  { phrase: 'streamlining', plain: ['simplifying'], fix: true, kind: B },
  { phrase: 'incentivi[sz]e', plain: ['encourage'], fix: true, kind: B },
  { phrase: 'ideation', plain: ['brainstorming'], fix: true, kind: B },
  { phrase: 'ideate', plain: ['brainstorm'], fix: true, kind: B },
  { phrase: 'operationali[sz]e', plain: ['put into practice'], fix: true, kind: B },
  { phrase: 'win[-\\s]win', plain: ['good for everyone'], fix: false, kind: B },
  { phrase: 'value[-\\s]add(?:ed)?', plain: ['extra', 'useful'], fix: false, kind: B },
  { phrase: 'unlock\\s+the\\s+(?:full\\s+)?(?:power|potential)\\s+of', plain: ['get more from'], fix: true, kind: B },
  {
    phrase: '(?:innovative|end-to-end|digital|business|enterprise|tailored|turnkey|integrated|smart|bespoke|comprehensive|cloud|total|holistic|scalable|cutting-edge)\\s+solutions?',
    plain: ['products', 'services', 'tools'],
    fix: false,
    kind: B,
  },
  // Officialese.
  { phrase: 'in\\s+order\\s+to', plain: ['to'], fix: true, kind: O },
  { phrase: 'reach\\s+out\\s+to', plain: ['get in touch with', 'contact'], fix: true, kind: O },
  { phrase: 'reaches\\s+out\\s+to', plain: ['gets in touch with', 'contacts'], fix: true, kind: O },
  { phrase: 'reached\\s+out\\s+to', plain: ['got in touch with', 'contacted'], fix: true, kind: O },
  { phrase: 'reaching\\s+out\\s+to', plain: ['getting in touch with', 'contacting'], fix: true, kind: O },
  { phrase: 'reach\\s+out', plain: ['get in touch'], fix: true, kind: O },
  { phrase: 'reached\\s+out', plain: ['got in touch'], fix: true, kind: O },
  { phrase: 'reaching\\s+out', plain: ['getting in touch'], fix: true, kind: O },
  { phrase: 'prior\\s+to', plain: ['before'], fix: true, kind: O },
  { phrase: 'in\\s+the\\s+event\\s+that', plain: ['if'], fix: true, kind: O },
  { phrase: 'at\\s+this\\s+(?:point\\s+in\\s+time|moment\\s+in\\s+time)', plain: ['now'], fix: true, kind: O },
  { phrase: '(?:with|in)\\s+regards?\\s+to', plain: ['about'], fix: true, kind: O },
  { phrase: 'commence', plain: ['start'], fix: true, kind: O },
  { phrase: 'commences', plain: ['starts'], fix: true, kind: O },
  { phrase: 'commenced', plain: ['started'], fix: true, kind: O },
  { phrase: 'endeavou?r\\s+to', plain: ['try to'], fix: true, kind: O },
  { phrase: 'facilitate', plain: ['help', 'run'], fix: true, kind: O },
  { phrase: 'facilitates', plain: ['helps', 'runs'], fix: true, kind: O },
  { phrase: 'facilitated', plain: ['helped', 'ran'], fix: true, kind: O },
  { phrase: 'facilitating', plain: ['helping', 'running'], fix: true, kind: O },
  { phrase: '(?:please\\s+)?do\\s+not\\s+hesitate\\s+to', plain: ['feel free to'], fix: true, kind: O },
  { phrase: 'in\\s+a\\s+timely\\s+(?:manner|fashion)', plain: ['soon', 'quickly'], fix: true, kind: O },
  { phrase: 'on\\s+a\\s+daily\\s+basis', plain: ['daily', 'every day'], fix: true, kind: O },
  { phrase: '(?:going|moving)\\s+forward', plain: ['from now on'], fix: true, kind: O },
  { phrase: 'at\\s+the\\s+end\\s+of\\s+the\\s+day', plain: ['in the end'], fix: true, kind: O },
];

/** Longer phrases first so "reach out to" wins over "reach out" and "innovative solutions" over "innovative". */
const ORDER = JARGON.map((_, i) => i).sort((a, b) => (JARGON[b]?.phrase.length ?? 0) - (JARGON[a]?.phrase.length ?? 0));
const JARGON_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:${ORDER.map((i) => `(?<j${i}>${JARGON[i]?.phrase ?? ''})`).join('|')})(?![\p{L}\p{N}]|-\p{L})`,
  'giu',
);

export interface JargonMatch extends LocalSpan {
  entry: number;
}

export function jargonMatches(chunk: Chunk): JargonMatch[] {
  const out: JargonMatch[] = [];
  for (const m of allMatches(JARGON_RE, chunk.text)) {
    const group = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
    if (!group) continue;
    out.push({ start: m.index, end: m.index + m[0].length, entry: Number(group.slice(1)) });
  }
  return out;
}

export function docJargon(doc: Doc): JargonMatch[] {
  return doc.spans('corporate-speak:matches', jargonMatches);
}

/** Keeps the writer's capital at the start of a sentence: "Leverage" -> "Use". */
export function matchCase(replacement: string, actual: string): string {
  const first = actual.charAt(0);
  return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
