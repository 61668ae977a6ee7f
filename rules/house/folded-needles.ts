import { RE2JS } from 're2js';

/**
 * Words an expression's match must contain, lowered, for expressions that ignore case. re2js skips text
 * that lacks an expression's literal words before running its automaton, but not when the expression
 * ignores case (it gives case-folded literals no prefilter), so `(?i)#ad\b` costs twenty times `#ad\b` on
 * a post without it. The same expression compiled case-sensitively has that prefilter: the literals every
 * match contains. Lowered, they must appear in the lowered text of any case-insensitive match, for ASCII
 * literals: an ASCII letter's case partners lower to it, except the long s (ſ), which stays itself, so a
 * text with ſ is always searched. Literals that are not ASCII, and anything the prefilter cannot say,
 * leave the text to the automaton.
 */
export type Needles = string | { all: Needles[] } | { any: Needles[] };

/** More alternatives than this, and looking for each costs more than the automaton it would spare. */
const MAX_ALTERNATIVES = 16;

/** re2js's prefilter tree (its `Prefilter` class: NONE 0, EXACT 1, AND 2, OR 3). */
interface PrefilterNode {
  type: number;
  str: string;
  subs: PrefilterNode[];
}

const ASCII = /^[\x00-\x7f]+$/;

/** The needles of an expression compiled with `flags` but not ignoring case, or undefined when there are none. */
export function foldedNeedles(source: string, flags: number): Needles | undefined {
  let prefilter: unknown;
  try {
    prefilter = RE2JS.compile(source, flags & ~RE2JS.CASE_INSENSITIVE).re2Input.prefilter;
  } catch {
    return undefined;
  }
  return isNode(prefilter) ? needlesOf(prefilter) : undefined;
}

function isNode(value: unknown): value is PrefilterNode {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as Partial<PrefilterNode>;
  return typeof node.type === 'number' && typeof node.str === 'string' && Array.isArray(node.subs);
}

function needlesOf(node: PrefilterNode): Needles | undefined {
  switch (node.type) {
    case 1:
      return ASCII.test(node.str) ? node.str.toLowerCase() : undefined;
    case 2: {
      const all = node.subs.filter(isNode).map(needlesOf).filter((n): n is Needles => n !== undefined);
      return all.length === 0 ? undefined : all.length === 1 ? all[0] : { all };
    }
    case 3: {
      if (node.subs.length > MAX_ALTERNATIVES) return undefined;
      const any = node.subs.map((sub) => (isNode(sub) ? needlesOf(sub) : undefined));
      if (any.length === 0 || any.some((n) => n === undefined)) return undefined;
      return any.length === 1 ? any[0] : { any: any as Needles[] };
    }
    default:
      return undefined;
  }
}

let lastText: string | undefined;
let lastLowered = '';

/** False only when no match can be in `text`: some needle every match needs is missing. */
export function mayContain(needles: Needles, text: string): boolean {
  if (text !== lastText) {
    lastLowered = text.toLowerCase();
    lastText = text;
  }
  if (lastLowered.includes('\u017f')) return true;
  return contains(needles, lastLowered);
}

function contains(needles: Needles, lowered: string): boolean {
  if (typeof needles === 'string') return lowered.includes(needles);
  if ('all' in needles) return needles.all.every((n) => contains(n, lowered));
  return needles.any.some((n) => contains(n, lowered));
}
