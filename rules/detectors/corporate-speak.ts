import type { Chunk, Doc } from '../engine/document';
import { phraseList, type PhraseMatch } from '../engine/find';

/**
 * Corporate speak: buzzwords ("leverage", "synergy", "best-in-class solutions") and officialese ("in order
 * to", "prior to", "reach out"). Each phrase has plain alternatives; where the first one drops into the
 * sentence as it stands, the finding offers it as a fix. The table is data: add a row to add a phrase.
 */

export interface JargonEntry {
  /** Case-insensitive pattern (a regular expression source) for the phrase as written. */
  source: string;
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
  { source: `${NOT_AFTER_DETERMINER}leverage`, plain: ['use', 'build on'], fix: true, kind: B },
  { source: 'leverages', plain: ['uses', 'builds on'], fix: true, kind: B },
  { source: 'leveraged', plain: ['used', 'built on'], fix: true, kind: B },
  { source: 'leveraging', plain: ['using', 'building on'], fix: true, kind: B },
  { source: 'utili[sz]e', plain: ['use'], fix: true, kind: B },
  { source: 'utili[sz]es', plain: ['uses'], fix: true, kind: B },
  { source: 'utili[sz]ed', plain: ['used'], fix: true, kind: B },
  { source: 'utili[sz]ing', plain: ['using'], fix: true, kind: B },
  { source: 'utili[sz]ation', plain: ['use'], fix: true, kind: B },
  { source: 'synergy', plain: ['teamwork', 'working together'], fix: true, kind: B },
  { source: 'synergies', plain: ['ways to work together', 'shared strengths'], fix: false, kind: B },
  { source: 'synergi[sz]e', plain: ['work together'], fix: true, kind: B },
  { source: 'paradigm[-\\s]shifts?', plain: ['big change'], fix: false, kind: B },
  { source: 'paradigm', plain: ['model', 'way of working'], fix: true, kind: B },
  { source: 'value[-\\s]propositions?', plain: ['offer', 'what you get'], fix: true, kind: B },
  { source: 'thought[-\\s]leadership', plain: ['expertise', 'ideas'], fix: true, kind: B },
  { source: 'thought[-\\s]leader', plain: ['expert'], fix: true, kind: B },
  { source: 'thought[-\\s]leaders', plain: ['experts'], fix: true, kind: B },
  { source: 'innovative', plain: ['new', 'clever'], fix: true, kind: B },
  { source: 'cutting-edge', plain: ['latest', 'new'], fix: true, kind: B },
  { source: 'state[-\\s]of[-\\s]the[-\\s]art', plain: ['modern', 'latest'], fix: true, kind: B },
  // Hyphenated only: "the next generation" is also young people.
  { source: 'next-gen(?:eration)?|nextgen', plain: ['new'], fix: true, kind: B },
  { source: 'empower', plain: ['help', 'let'], fix: true, kind: B },
  { source: 'empowers', plain: ['helps', 'lets'], fix: true, kind: B },
  { source: 'empowered', plain: ['helped'], fix: true, kind: B },
  { source: 'empowering', plain: ['helping'], fix: true, kind: B },
  { source: 'seamless', plain: ['smooth', 'easy'], fix: true, kind: B },
  { source: 'seamlessly', plain: ['smoothly', 'easily'], fix: true, kind: B },
  { source: 'robust', plain: ['strong', 'reliable'], fix: true, kind: B },
  { source: 'holistic', plain: ['complete', 'whole'], fix: true, kind: B },
  { source: 'mission[-\\s]critical', plain: ['essential'], fix: true, kind: B },
  { source: 'end[-\\s]to[-\\s]end', plain: ['complete'], fix: true, kind: B },
  { source: 'turn[-\\s]?key', plain: ['ready-to-use'], fix: true, kind: B },
  { source: 'impactful', plain: ['effective', 'useful'], fix: true, kind: B },
  { source: 'actionable\\s+insights', plain: ['practical tips', 'useful findings'], fix: true, kind: B },
  { source: '(?:key\\s+)?learnings', plain: ['lessons'], fix: true, kind: B },
  { source: 'core\\s+competenc(?:y|ies)', plain: ['strengths'], fix: true, kind: B },
  { source: 'best\\s+practices', plain: ['what works', 'good habits'], fix: false, kind: B },
  { source: 'deliverables', plain: ['results', 'the work'], fix: false, kind: B },
  { source: '(?:key\\s+)?stakeholders', plain: ['people involved', 'partners'], fix: false, kind: B },
  { source: 'low[-\\s]hanging\\s+fruit', plain: ['easy wins'], fix: true, kind: B },
  { source: 'move\\s+the\\s+needle', plain: ['make a difference'], fix: true, kind: B },
  { source: 'circle\\s+back', plain: ['come back', 'follow up'], fix: true, kind: B },
  { source: 'touch\\s+base', plain: ['catch up', 'talk'], fix: true, kind: B },
  { source: 'deep[-\\s]dive', plain: ['close look'], fix: false, kind: B },
  { source: '(?:the|no|enough|more|any)\\s+bandwidth(?=\\s+(?:to|for)\\b)', plain: ['the time'], fix: false, kind: B },
  { source: 'streamline', plain: ['simplify'], fix: true, kind: B },
  { source: 'streamlines', plain: ['simplifies'], fix: true, kind: B },
  { source: 'streamlined', plain: ['simplified', 'simpler'], fix: true, kind: B },
  { source: 'streamlining', plain: ['simplifying'], fix: true, kind: B },
  { source: 'incentivi[sz]e', plain: ['encourage'], fix: true, kind: B },
  { source: 'ideation', plain: ['brainstorming'], fix: true, kind: B },
  { source: 'ideate', plain: ['brainstorm'], fix: true, kind: B },
  { source: 'operationali[sz]e', plain: ['put into practice'], fix: true, kind: B },
  { source: 'win[-\\s]win', plain: ['good for everyone'], fix: false, kind: B },
  { source: 'value[-\\s]add(?:ed)?', plain: ['extra', 'useful'], fix: false, kind: B },
  { source: 'unlock\\s+the\\s+(?:full\\s+)?(?:power|potential)\\s+of', plain: ['get more from'], fix: true, kind: B },
  {
    source: '(?:innovative|end-to-end|digital|business|enterprise|tailored|turnkey|integrated|smart|bespoke|comprehensive|cloud|total|holistic|scalable|cutting-edge)\\s+solutions?',
    plain: ['products', 'services', 'tools'],
    fix: false,
    kind: B,
  },
  // Officialese.
  { source: 'in\\s+order\\s+to', plain: ['to'], fix: true, kind: O },
  { source: 'reach\\s+out\\s+to', plain: ['get in touch with', 'contact'], fix: true, kind: O },
  { source: 'reaches\\s+out\\s+to', plain: ['gets in touch with', 'contacts'], fix: true, kind: O },
  { source: 'reached\\s+out\\s+to', plain: ['got in touch with', 'contacted'], fix: true, kind: O },
  { source: 'reaching\\s+out\\s+to', plain: ['getting in touch with', 'contacting'], fix: true, kind: O },
  { source: 'reach\\s+out', plain: ['get in touch'], fix: true, kind: O },
  { source: 'reached\\s+out', plain: ['got in touch'], fix: true, kind: O },
  { source: 'reaching\\s+out', plain: ['getting in touch'], fix: true, kind: O },
  { source: 'prior\\s+to', plain: ['before'], fix: true, kind: O },
  { source: 'in\\s+the\\s+event\\s+that', plain: ['if'], fix: true, kind: O },
  { source: 'at\\s+this\\s+(?:point\\s+in\\s+time|moment\\s+in\\s+time)', plain: ['now'], fix: true, kind: O },
  { source: '(?:with|in)\\s+regards?\\s+to', plain: ['about'], fix: true, kind: O },
  { source: 'commence', plain: ['start'], fix: true, kind: O },
  { source: 'commences', plain: ['starts'], fix: true, kind: O },
  { source: 'commenced', plain: ['started'], fix: true, kind: O },
  { source: 'endeavou?r\\s+to', plain: ['try to'], fix: true, kind: O },
  { source: 'facilitate', plain: ['help', 'run'], fix: true, kind: O },
  { source: 'facilitates', plain: ['helps', 'runs'], fix: true, kind: O },
  { source: 'facilitated', plain: ['helped', 'ran'], fix: true, kind: O },
  { source: 'facilitating', plain: ['helping', 'running'], fix: true, kind: O },
  { source: '(?:please\\s+)?do\\s+not\\s+hesitate\\s+to', plain: ['feel free to'], fix: true, kind: O },
  { source: 'in\\s+a\\s+timely\\s+(?:manner|fashion)', plain: ['soon', 'quickly'], fix: true, kind: O },
  { source: 'on\\s+a\\s+daily\\s+basis', plain: ['daily', 'every day'], fix: true, kind: O },
  { source: '(?:going|moving)\\s+forward', plain: ['from now on'], fix: true, kind: O },
  { source: 'at\\s+the\\s+end\\s+of\\s+the\\s+day', plain: ['in the end'], fix: true, kind: O },
];

/** Longer phrases first so "reach out to" wins over "reach out" and "innovative solutions" over "innovative". */
const JARGON_LIST = phraseList(JARGON, { before: String.raw`(?<![\p{L}\p{N}-])`, after: String.raw`(?![\p{L}\p{N}]|-\p{L})`, longestFirst: true });

export type JargonMatch = PhraseMatch<JargonEntry>;

export function jargonMatches(chunk: Chunk): JargonMatch[] {
  return JARGON_LIST.find(chunk.text);
}

export function docJargon(doc: Doc): JargonMatch[] {
  return doc.spans('corporate-speak:matches', jargonMatches);
}

/** Keeps the writer's capital at the start of a sentence: "Leverage" -> "Use". */
export function matchCase(replacement: string, actual: string): string {
  const first = actual.charAt(0);
  return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
