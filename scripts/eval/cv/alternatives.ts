import type { CuePattern } from '../../../rules/signals/cues';

/**
 * The top-level alternatives of a regular expression's source: `a|b(c|d)|[|]` gives `a`, `b(c|d)` and
 * `[|]`. A match of the whole is a match of one of them, so each can be counted and kept on its own.
 */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Where the group opening at `open` closes (the index of its ")"). */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}

/**
 * One alternative with its longest word list spelled out: of the plain groups with alternatives in it (not
 * lookarounds, not repeated), the one with the most alternatives is distributed over the rest, so
 * `my\s+(?:vlog|blog|channel)` gives one variant per word, each matching what that word matched in the
 * whole. One list only: spelling out every list would make variants ("my new channel") no one would write
 * one by one, and drop them for want of a row.
 */
export function spellOut(alternative: string): string[] {
  let best: { start: number; end: number; inner: string[] } | undefined;
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      while (i < alternative.length && alternative[i] !== ']') i += alternative[i] === '\\' ? 2 : 1;
      continue;
    }
    if (c !== '(') continue;
    const end = groupEnd(alternative, i);
    const whole = alternative.slice(i, end + 1);
    const plain = whole.startsWith('(?:') || !whole.startsWith('(?');
    if (plain && !/^[?*+{]/.test(alternative.slice(end + 1))) {
      const inner = topLevelAlternatives(whole.slice(whole.startsWith('(?:') ? 3 : 1, -1));
      if (inner.length > 1 && inner.length > (best?.inner.length ?? 1)) best = { start: i, end, inner };
    }
    i = end;
  }
  if (!best) return [alternative];
  const { start, end, inner } = best;
  return inner.map((word) => `${alternative.slice(0, start)}(?:${word})${alternative.slice(end + 1)}`);
}

/** One alternative of one cue pattern, as the cross-validated eval counts it. */
export interface CueAlternative {
  pattern: CuePattern;
  /** Its place among the pattern's alternatives. */
  index: number;
  /** Non-global, for testing a whole text. */
  test: RegExp;
}

export function cueAlternatives(patterns: readonly CuePattern[]): CueAlternative[] {
  return patterns.flatMap((pattern) =>
    topLevelAlternatives(pattern.re.source)
      .flatMap((alternative) => spellOut(alternative))
      .map((source, index) => ({ pattern, index, test: new RegExp(source, pattern.re.flags.replace('g', '')) })),
  );
}

/**
 * The cue patterns as someone who saw only the training rows would have written them: an alternative that
 * matches some row of the set, but no training row, is dropped (it can only have come from the held-out
 * rows). Alternatives matching no row of the set at all came from elsewhere and stay. Returns only the
 * patterns that change: a narrower expression, or null when nothing of the pattern is left.
 *
 * `matches[r]` holds the indices (into `alternatives`) that row r matches; `training[r]` says whether row r
 * is in the training folds.
 */
export function rewriteForFold(
  alternatives: readonly CueAlternative[],
  matches: readonly (readonly number[])[],
  training: readonly boolean[],
): Map<CuePattern, RegExp | null> {
  const seen = new Array<boolean>(alternatives.length).fill(false);
  const seenInTraining = new Array<boolean>(alternatives.length).fill(false);
  matches.forEach((row, r) => {
    for (const a of row) {
      seen[a] = true;
      if (training[r]) seenInTraining[a] = true;
    }
  });
  const byPattern = new Map<CuePattern, { kept: string[]; dropped: number }>();
  alternatives.forEach((alt, a) => {
    const entry = byPattern.get(alt.pattern) ?? { kept: [], dropped: 0 };
    if (seen[a] && !seenInTraining[a]) entry.dropped++;
    else entry.kept.push(alt.test.source);
    byPattern.set(alt.pattern, entry);
  });
  const out = new Map<CuePattern, RegExp | null>();
  for (const [pattern, { kept, dropped }] of byPattern) {
    if (dropped === 0) continue;
    out.set(pattern, kept.length ? new RegExp(kept.join('|'), pattern.re.flags) : null);
  }
  return out;
}
