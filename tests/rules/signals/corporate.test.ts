import { describe, expect, it } from 'vitest';
import { ChunkCache, createDoc } from '../../../rules/engine/document';
import { corporate } from '../../../rules/signals/corporate';

const score = (text: string) => corporate(createDoc(text, undefined, new ChunkCache()));

describe('corporate signal', () => {
  it('is low for a person talking', () => {
    expect(score('')).toBe(0);
    expect(score("I'm trying the new ramen place tonight, who's been? What should I order?")).toBeLessThan(0.1);
    expect(score('Ugh, Monday. Coffee first, then the inbox.')).toBeLessThan(0.2);
  });

  it('ranks buzzwords, nominalisations and passives above plain words', () => {
    const plain = score("We've made the app faster. Try it and tell us what you think?");
    const buzz = score(
      'We leverage cutting-edge, best-in-class solutions to empower stakeholders and drive the seamless implementation of our value proposition.',
    );
    const release = score(
      'The optimisation of the distribution infrastructure has been completed. The implementation of the new management structure will be finalised in the next quarter.',
    );
    expect(buzz).toBeGreaterThan(plain);
    expect(release).toBeGreaterThan(plain);
    expect(buzz).toBeGreaterThan(0.7);
    expect(release).toBeGreaterThan(0.5);
  });

  it('is lower when the same message has a human voice', () => {
    const entity = score('Our innovative solutions have been launched across all regions to deliver operational excellence.');
    const person = score("I'm so proud: our team's new tools are live in every region today. What do you think?");
    expect(entity).toBeGreaterThan(person);
  });
});
