import { afterEach, describe, expect, it } from 'vitest';
import { findCues, replaceCuePatterns, type CuePattern } from '../../../rules/signals/cues';

const plug: CuePattern = { re: /\bmy\s+(?:channel|vlog)\b/gi, weight: 1, kind: 'plug' };
const ask: CuePattern = { re: /\bsubscribe\b/gi, weight: 1, kind: 'ask' };

describe('findCues', () => {
  afterEach(() => replaceCuePatterns(new Map()));

  it('merges overlapping matches into one cue with the strongest weight', () => {
    const strong: CuePattern = { re: /\bcheck\s+out\s+my\s+channel\b/gi, weight: 1.2, kind: 'plug' };
    expect(findCues('check out my channel', [plug, strong])).toEqual([{ start: 0, end: 20, weight: 1.2, kind: 'plug' }]);
  });

  it('uses a pattern as the evaluation rewrote it, or not at all, until the rewrite is cleared', () => {
    replaceCuePatterns(new Map<CuePattern, RegExp | null>([[plug, /\bmy\s+(?:channel)\b/gi], [ask, null]]));
    expect(findCues('my vlog, subscribe', [plug, ask])).toEqual([]);
    expect(findCues('my channel', [plug, ask])).toHaveLength(1);
    replaceCuePatterns(new Map());
    expect(findCues('my vlog, subscribe', [plug, ask])).toHaveLength(2);
  });
});
