import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../rules/index';
import { toPayload } from '../../../entrypoints/background/engine-host';
import type { PrincipleId, Signals } from '../../../rules/engine/types';
import type { AnalysisPayload, PrincipleResultPayload } from '../../../utils/messages';
import { analysisPayload, signalsWith } from '../../support/payloads';
import { asksTheReader, biggestGain, strengthsOf } from '../../../rules/engine/strengths';

const analyzer = createAnalyzer();
const analyse = (text: string) => toPayload(analyzer.analyze(text, { platform: 'linkedin' }));
const labels = (text: string) => strengthsOf(analyse(text), text).map((s) => s.label);

/** A payload with chosen signals and principle statuses, for the thresholds alone. */
function payload(signals: Partial<Signals>, failing: string[] = []): AnalysisPayload {
  const ids: PrincipleId[] = ['conversation-not-campaign', 'content-as-means', 'add-value', 'spread-the-love', 'be-human', 'be-prepared', 'listen-dont-shout'];
  return analysisPayload({
    signals: signalsWith(signals),
    principles: ids.map((id) => ({
      id,
      title: id,
      why: '',
      source: '',
      status: failing.includes(id) ? 'problem' : 'pass',
      count: failing.includes(id) ? 1 : 0,
      penalty: failing.includes(id) ? 10 : 0,
    })),
  });
}

describe('strengths', () => {
  it('praises a conversational draft that asks the reader something and thanks someone', () => {
    const found = labels('Thanks for the tips on batch cooking, Sam. Which recipe worked best for you?');
    expect(found).toEqual(expect.arrayContaining(['Talks with people', 'Asks readers something', 'Credits others']));
  });

  it('finds nothing to praise in a shouty sales pitch', () => {
    const found = labels('WE ARE SO EXCITED to launch our new app today!!! Buy it now at https://example.com');
    expect(found).not.toContain('Talks with people');
    expect(found).not.toContain('Useful to the reader');
    expect(found).not.toContain('Asks readers something');
  });

  it('says nothing about scraps, empty drafts and other languages', () => {
    expect(labels('')).toEqual([]);
    expect(labels('Thanks, you?')).toEqual([]);
    const german = 'Danke für die Tipps zum Kochen, Sam. Welches Rezept hat bei dir am besten geklappt?';
    expect(strengthsOf({ ...analyse(german), language: 'other' }, german)).toEqual([]);
  });

  it('needs the principle to pass as well as the signal to be high', () => {
    const text = 'Here is a long enough draft that talks to you about things.';
    expect(strengthsOf(payload({ conversational: 0.9 }), text).map((s) => s.principle)).toContain('conversation-not-campaign');
    expect(strengthsOf(payload({ conversational: 0.9 }, ['conversation-not-campaign']), text).map((s) => s.principle)).not.toContain(
      'conversation-not-campaign',
    );
    expect(strengthsOf(payload({ conversational: 0.2 }), text).map((s) => s.principle)).not.toContain('conversation-not-campaign');
  });

  it('counts value only when the draft is not also selling hard', () => {
    const text = 'Three ways to keep bread fresh for longer, tested over a month at home.';
    expect(strengthsOf(payload({ valueAdd: 0.8, selfPromotion: 0.1 }), text).map((s) => s.label)).toContain('Useful to the reader');
    expect(strengthsOf(payload({ valueAdd: 0.8, selfPromotion: 0.9 }), text).map((s) => s.label)).not.toContain('Useful to the reader');
  });

  it('tells a question to the reader from a rhetorical headline', () => {
    expect(asksTheReader('What is the best way to store bread? We tested five.')).toBe(false);
    expect(asksTheReader('How do you keep bread fresh?')).toBe(true);
    expect(asksTheReader('Let me know in the comments.')).toBe(true);
  });
});

describe('biggest gain', () => {
  const p = (id: PrincipleId, penalty: number): PrincipleResultPayload => ({
    id,
    title: id,
    why: '',
    source: '',
    status: penalty ? 'problem' : 'pass',
    count: penalty ? 1 : 0,
    penalty,
  });

  it('is the principle costing the most points, the first one on a tie', () => {
    expect(biggestGain([p('people-first', 4), p('add-value', 30), p('be-human', 12)])?.id).toBe('add-value');
    expect(biggestGain([p('people-first', 10), p('add-value', 10)])?.id).toBe('people-first');
  });

  it('is nothing when every principle passes', () => {
    expect(biggestGain([p('people-first', 0), p('add-value', 0)])).toBeUndefined();
  });

  it('matches the real score: fixing it wins back its penalty', () => {
    const analysis = analyse('WE ARE SO EXCITED to launch our new app today!!! Buy it now at https://example.com');
    const gain = biggestGain(analysis.principles)!;
    expect(gain.id).toBe('listen-dont-shout');
    expect(Math.max(...analysis.principles.map((x) => x.penalty))).toBe(gain.penalty);
  });
});
