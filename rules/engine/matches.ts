/**
 * Every match of a global regular expression in `text`, as `[...text.matchAll(re)]` gives them, for the
 * engine's hot loops. `matchAll` copies the expression on every call, which cost as much as the matching
 * itself over short posts (twice the time over the dev tweets for the cue patterns). All matches are
 * collected before the caller sees any, so a loop body may use the same expression; its `lastIndex` is
 * left at 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global expression: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // Past an empty match, step on as matchAll does: one unit, or a whole surrogate pair for `u`.
      if (m[0].length === 0) re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.unicodeSets);
      out.push(m);
    }
  } finally {
    re.lastIndex = 0;
  }
  return out;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  const high = text.charCodeAt(index);
  const pair = unicode && high >= 0xd800 && high <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
  return index + (pair ? 2 : 1);
}

/**
 * How many matches `text.match(re)` gives for a global expression, without making them: `test` moves
 * `lastIndex` past each match and builds no array, where `match` copies out every matched string (the
 * engine counts words this way for every chunk). An empty match, after which `match` steps on by itself,
 * leaves `lastIndex` where the search started, at once or on the next search; the count is then left
 * to `match`. `lastIndex` is left at 0.
 */
export function countMatches(re: RegExp, text: string): number {
  if (!re.global || re.sticky) throw new TypeError(`countMatches needs a global expression that is not sticky: /${re.source}/${re.flags}`);
  let count = 0;
  try {
    re.lastIndex = 0;
    for (let from = 0; re.test(text); from = re.lastIndex) {
      if (re.lastIndex <= from) return text.match(re)!.length;
      count++;
    }
  } finally {
    re.lastIndex = 0;
  }
  return count;
}
