import { describe, expect, it } from 'vitest';
import { ChunkCache, createDoc } from '../../../rules/engine/document';
import { valueAdd } from '../../../rules/signals/value-add';

const score = (text: string) => valueAdd(createDoc(text, undefined, new ChunkCache()));

describe('valueAdd signal', () => {
  it('is 0 for a post that gives the reader nothing to take away', () => {
    expect(score('Check out my new video!')).toBe(0);
    expect(score('Good morning!')).toBe(0);
  });

  it('ranks how-to, lists, numbers and lessons above plain news', () => {
    const plain = score('Our new office is open.');
    const tip = score('Quick tip: export your reports as CSV so you can sort them.');
    const rich = score(
      "Here's how we cut our cloud bill by 40%:\n1. Turn off idle machines\n2. Move logs to cold storage\n3. Right-size the databases\nThe lesson: measure first.",
    );
    expect(tip).toBeGreaterThan(plain);
    expect(rich).toBeGreaterThan(tip);
    expect(rich).toBeGreaterThan(0.8);
    expect(rich).toBeLessThanOrEqual(1);
  });

  it('sees what a team learned', () => {
    expect(score('What we learned from a year of remote hiring')).toBeGreaterThan(score('A year of remote hiring'));
  });
});
