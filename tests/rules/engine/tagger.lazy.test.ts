import { describe, expect, it, vi } from 'vitest';
import { createLazyTagger } from '../../../rules/engine/tagger.lazy';

/** Stand-ins for the bundler's `require` of each part, recording what was loaded and when. */
function parts() {
  const loads: string[] = [];
  const tagger = vi.fn() as unknown as ReturnType<Parameters<typeof createLazyTagger>[0]['tagger']>;
  return {
    loads,
    tagger,
    parts: {
      model: () => loads.push('model'),
      tagger: () => (loads.push('tagger'), tagger),
    },
  };
}

describe('the lazy tagger', () => {
  it('loads nothing until it is asked for, then loads compromise once', () => {
    const { loads, tagger, parts: p } = parts();
    const lazy = createLazyTagger(p);
    expect(loads).toEqual([]);
    expect(lazy.loadTagger()).toBe(tagger);
    expect(lazy.loadTagger()).toBe(tagger);
    expect(loads).toEqual(['tagger']);
  });

  it('loads in parts: the model, then the tagger, and never twice', () => {
    const { loads, tagger, parts: p } = parts();
    const lazy = createLazyTagger(p);
    for (const step of lazy.steps) step();
    expect(loads).toEqual(['model', 'tagger']);
    expect(lazy.loadTagger()).toBe(tagger);
    expect(loads).toHaveLength(2);
  });

  it('finishes the load when the tagger is needed part-way through', () => {
    const { loads, tagger, parts: p } = parts();
    const lazy = createLazyTagger(p);
    lazy.steps[0]!();
    expect(lazy.loadTagger()).toBe(tagger);
    lazy.steps[1]!();
    expect(loads).toEqual(['model', 'tagger']);
    expect(loads.filter((l) => l === 'tagger')).toHaveLength(1);
  });
});
