import { describe, expect, it } from 'vitest';
import { ChunkCache, createDoc } from '../../../rules/engine/document';
import { risk } from '../../../rules/signals/risk';

const score = (text: string) => risk(createDoc(text, undefined, new ChunkCache()));

describe('risk signal', () => {
  it('is low for ordinary friendly posts, including mild venting', () => {
    for (const text of [
      'Ugh, Monday. Coffee first, then the inbox.',
      'Our spring range is in. Which colour would you pick?',
      'Thanks to everyone who came to the meetup last night!',
      'The traffic this morning was annoying, took me an hour to get in.',
    ]) {
      expect(score(text), text).toBeLessThan(0.2);
    }
  });

  it('ranks insults, swearing and threats above a plain complaint', () => {
    const complaint = score('Disappointed that the parcel is late again.');
    const swear = score('The parcel is late again, what a fucking joke.');
    const insult = score('The parcel is late again, you people are useless idiots.');
    expect(swear).toBeGreaterThan(complaint);
    expect(insult).toBeGreaterThan(complaint);
    expect(insult).toBeGreaterThan(0.5);
  });

  it('counts risky claims and promotion next to a tragedy', () => {
    const plain = score('Our new face cream is out today.');
    const claim = score('Our new face cream is out today: clinically proven and 100% safe.');
    const tragic = score('Our thoughts are with the victims of the earthquake. Shop now for 20% off.');
    expect(claim).toBeGreaterThan(plain);
    expect(claim).toBeGreaterThan(0.4);
    expect(tragic).toBeGreaterThan(0.5);
  });

  it('rises with strongly negative sentiment and stays within 0..1', () => {
    const mild = score('The film was a bit slow.');
    const bitter = score('Worst, most miserable, horrible, disgusting experience. Awful staff, terrible food. Never again.');
    expect(bitter).toBeGreaterThan(mild);
    expect(bitter).toBeLessThanOrEqual(1);
    expect(score('')).toBe(0);
  });
});
