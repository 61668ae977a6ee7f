import type { LocalSpan } from '../engine/document';
import { Haystack, mayMatch } from '../engine/literal-prefilter';
import { LiteralScan } from '../engine/literal-scan';
import { allMatches } from '../engine/matches';

/*
 * Shared by the phrase-cue signals (self-promotion, engagement bait, value-add): not a signal itself.
 */

/** A phrase that carries a signal, in chunk-local UTF-16 offsets, with how much it counts. */
export interface Cue extends LocalSpan {
  weight: number;
  kind: string;
}

export interface CuePattern {
  /** Global regular expression; each match is one cue. */
  re: RegExp;
  weight: number;
  kind: string;
}

/**
 * Cue patterns as the evaluation's cross-validated mode rewrites them for one fold: a pattern's expression
 * without the alternatives that no training row needed, or null for a pattern no training row needed at
 * all, so the held-out fold is scored as if the patterns had been written from the training folds alone.
 * Empty in the engine; only scripts/eval sets it, on an analyzer with its own chunk cache, and clears it.
 */
const replaced = new Map<CuePattern, RegExp | null>();

export function replaceCuePatterns(replacements: ReadonlyMap<CuePattern, RegExp | null>): void {
  replaced.clear();
  for (const [pattern, re] of replacements) replaced.set(pattern, re);
}

const scans = new WeakMap<readonly CuePattern[], LiteralScan>();

/** The one-pass test of which of a list's expressions may match a text, and narrowed how, made once per list. */
function scanOf(patterns: readonly CuePattern[]): LiteralScan {
  let scan = scans.get(patterns);
  if (!scan) {
    scan = new LiteralScan(patterns.map((p) => p.re));
    scans.set(patterns, scan);
  }
  return scan;
}

/**
 * All matches of the patterns in a text, running only the expressions whose literals the text contains,
 * narrowed to the alternatives whose literals it contains (engine/literal-scan.ts). Overlapping matches
 * merge into one cue that keeps the strongest weight and kind, so "check out my channel" counts once
 * however many patterns see it.
 */
export function findCues(text: string, patterns: readonly CuePattern[]): Cue[] {
  const raw: Cue[] = [];
  const haystack = new Haystack(text);
  const runs = replaced.size === 0 ? scanOf(patterns).runs(haystack) : undefined;
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i]!;
    const re = runs ? runs[i] : replaced.has(p) ? replaced.get(p) : p.re;
    if (!re || (!runs && !mayMatch(re, haystack))) continue;
    for (const m of allMatches(re, text)) {
      if (m[0].length === 0) continue;
      raw.push({ start: m.index, end: m.index + m[0].length, weight: p.weight, kind: p.kind });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Cue[] = [];
  for (const cue of raw) {
    const last = out.at(-1);
    if (last && cue.start < last.end) {
      last.end = Math.max(last.end, cue.end);
      if (cue.weight > last.weight) {
        last.weight = cue.weight;
        last.kind = cue.kind;
      }
    } else {
      out.push({ ...cue });
    }
  }
  return out;
}
