import type { Chunk, Doc } from '../engine/document';
import { findCues, type Cue, type CuePattern } from './cues';

const A = `(?:'|\u2019|&#39;)`;

/**
 * What the reader takes away: how-to, tips, numbers, lessons, examples, resources. Weights: about 1 for a
 * clear piece of help ("here's how", "3 tips"), 0.5 for a likely one, 0.25 for a hint.
 */
export const VALUE: CuePattern[] = [
  { re: new RegExp(String.raw`\bhere${A}?s\s+(?:how|what|why|the\s+(?:trick|fix|thing|secret|short\s+version))\b|\bhere\s+(?:is|are)\s+(?:how|what|why|\d+|a\s+few|some|the)\b`, 'gi'), weight: 1, kind: 'how' },
  { re: /\bhow\s+(?:to|we|i|you\s+can)\b|\bstep[\s-]by[\s-]step\b|\bstep\s+\d\b|\bwalk(?:s|ed)?\s+(?:you\s+)?through\b/gi, weight: 0.8, kind: 'how' },
  { re: /\b\d+\s+(?:\w+\s+)?(?:tips|ways|things|lessons|mistakes|steps|ideas|tools|questions|reasons|habits|rules|tricks|examples|resources|books|takeaways)\b/gi, weight: 1, kind: 'list' },
  { re: /\b(?:tips?|tricks?|hacks?|lessons?|takeaways?|insights?|learnings?|rules?\s+of\s+thumb|best\s+practices?|pitfalls?|mistakes?|checklists?|templates?|frameworks?|cheat\s?sheets?|guides?|tutorials?|walkthroughs?|playbooks?)\b/gi, weight: 0.5, kind: 'tip' },
  { re: /\bwhat\s+(?:we|i)\s+(?:learned|learnt|found|got\s+wrong|changed)\b|\b(?:we|i)\s+(?:learned|learnt|found|noticed|discovered|tested|measured|analy[sz]ed|compared)\b/gi, weight: 0.8, kind: 'insight' },
  { re: /\b(?:data|study|studies|research|survey|report|analysis|benchmark|experiment|results?|findings|evidence|numbers)\b/gi, weight: 0.35, kind: 'data' },
  { re: /\b\d+(?:[.,]\d+)?\s?(?:%|percent|x\s+(?:faster|more|less))|\b(?:from|cut|saved?|down|up)\s+\d[\d,.]*\s?(?:%|hours?|minutes?|days?|ms|seconds?|k)\b/gi, weight: 0.6, kind: 'data' },
  { re: new RegExp(String.raw`\b(?:for\s+example|for\s+instance|e\.g\.|such\s+as|in\s+short|tl;?dr|the\s+key\s+is|the\s+trick\s+is|the\s+fix\s+(?:is|was)|try\s+this|instead\s+of|rather\s+than|if\s+you${A}?re\s+(?:struggling|stuck|new\s+to|trying\s+to))\b`, 'gi'), weight: 0.45, kind: 'example' },
  { re: /\b(?:useful|handy|helpful|practical|free)\s+(?:\w+\s+)?(?:resource|tool|guide|template|checklist|read|list|course|library|reference)s?\b|\bworth\s+(?:a\s+)?read(?:ing)?\b|\bbookmark\b/gi, weight: 0.7, kind: 'resource' },
  { re: /\b(?:why|because|so\s+that|which\s+means|the\s+reason)\b/gi, weight: 0.2, kind: 'reason' },
  // A list: lines that start with a number or a bullet.
  { re: /^\s*(?:\d{1,2}[.)]|[-\u2022*\u25aa\u25b8\u2192])\s+\S/gmu, weight: 0.4, kind: 'list' },
];

export function valueCues(chunk: Chunk): Cue[] {
  return chunk.memo('value:cues', (c) => findCues(c.text, VALUE));
}

/** How much the draft gives the reader: 0 for none, near 1 for a post full of how-to, numbers and lessons. */
export function valueAdd(doc: Doc): number {
  const points = doc.sum('value:points', (c) => valueCues(c).reduce((n, cue) => n + cue.weight, 0));
  return 1 - Math.exp(-0.7 * points);
}
