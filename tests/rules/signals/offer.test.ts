import { describe, expect, it } from 'vitest';
import { analyze } from '../../../rules/engine/analyze';
import { ChunkCache, createDoc } from '../../../rules/engine/document';
import { offerEvidence, offerPoints } from '../../../rules/signals/offer';

const doc = (text: string) => createDoc(text, 'instagram', new ChunkCache());
const kindOf = (text: string) => analyze(text, { platform: 'instagram' }).kind.kind;

describe('offerEvidence', () => {
  it('names each kind of evidence once, and counts the ways each is said', () => {
    const e = offerEvidence(doc('Pottery taster sessions every Saturday from 10am. Clay and glazes included, £35 per person.'));
    expect(e.ways).toEqual({ when: 2, terms: 2, cost: 1 });
    expect(e.customerSide).toBe(false);
  });

  it('hears a business\u2019s "we" only beside other evidence, and not from a writer who also says "I"', () => {
    expect(offerEvidence(doc('We deliver across Bristol, free on orders over £30.')).we).toBe(true);
    expect(offerEvidence(doc('We had a lovely walk by the river.')).we).toBe(false);
    expect(offerEvidence(doc('We open every Sunday and I love it.')).we).toBe(false);
  });

  it('reads a customer\u2019s side of the counter', () => {
    expect(offerEvidence(doc('I ordered the tasting menu on Friday and it was worth every penny.')).customerSide).toBe(true);
    expect(offerEvidence(doc('Took my dad to the new steak place, open until 11pm on weekends.')).customerSide).toBe(true);
    expect(offerEvidence(doc('Can anyone suggest a dentist taking new NHS patients?')).customerSide).toBe(true);
    expect(offerEvidence(doc('The garage charged me £240 for a new exhaust.')).customerSide).toBe(true);
  });

  it('does not take a quoted customer\u2019s words, or a retweeted post, as the writer\u2019s', () => {
    expect(offerEvidence(doc('"Best fade I\u2019ve had since moving here" \u2014 thanks Sam! Chairs free Thursday, walk-ins welcome.')).customerSide).toBe(false);
    expect(offerEvidence(doc('Off we go! RT @harbourbar The terrace is open from 4pm every day this week.')).ways).toEqual({});
  });
});

describe('offerEvidence: the writer\u2019s own release', () => {
  it('counts a release, a version and the store it is on when the post says the work is the writer\u2019s', () => {
    expect(offerEvidence(doc('Our budgeting app is out today on the App Store, v1.0 after a year of betas.')).ways.release).toBe(3);
    expect(offerEvidence(doc('Shipped: you can now export every report as CSV.')).ways.release).toBe(2);
  });

  it('leaves someone else\u2019s release alone', () => {
    expect(offerEvidence(doc('Node 22.1.0 is out, and the new test runner is lovely.')).ways.release).toBeUndefined();
    expect(kindOf('Node 22.1.0 is out, and the new test runner is lovely.')).not.toBe('promotion');
  });
});

describe('offerPoints', () => {
  it('is nothing for one kind of thing said once: a topic, not an offer', () => {
    expect(offerPoints(doc('The menu at that place is huge.'))).toBe(0);
    expect(offerPoints(doc('Gym every Tuesday.'))).toBe(0);
  });

  it('passes the promotion threshold with two kinds of evidence', () => {
    expect(offerPoints(doc('Fresh bagels every morning. Six for £5.'))).toBeGreaterThan(0.7);
  });

  it('halves a diary: "I" to no one, with only times and prices', () => {
    const diary = offerPoints(doc('Swim every morning from 6am this month, and I am not enjoying it.'));
    const shop = offerPoints(doc('Lane swimming every morning from 6am this month.'));
    expect(diary).toBeLessThan(shop);
  });

  it('keeps a sole trader who sells capacity or terms in the first person', () => {
    expect(offerPoints(doc('I have three Saturday slots left in May for family portraits. Prints included.'))).toBeGreaterThan(0.7);
  });
});

describe('the kind of a post that offers without a sales phrase', () => {
  it('counts a business telling customers what it has as promotion', () => {
    for (const text of [
      'Fresh bagels every morning from 7am. Six for £5.',
      'Boiler servicing across Leicester and surrounding areas, fully insured, 20 years\u2019 experience.',
      'Beginners\u2019 climbing course: four Tuesday evenings, all kit included. Two places left.',
      'Two-for-one cocktails Monday to Thursday, 5pm\u20137pm.',
      'We come to you: mobile bike repairs across Norwich, same-day where we can.',
      'Gutter clearing and roof repairs in and around Hexham. Ten-year guarantee on all workmanship.',
      'Our budgeting app is out today on the App Store, v1.0 after a year of betas.',
      'Bookkeeping for small business owners, fixed fee from £90 a month.',
    ]) {
      expect(kindOf(text), text).toBe('promotion');
    }
  });

  it('leaves a customer using the same words as what it is', () => {
    for (const text of [
      'The bagel shop on our road opens at 7am and there is already a queue. Worth it.',
      'Does anyone know a boiler engineer who covers Leicester? Ours died last night.',
      'Paid £12 for two cocktails on Thursday. Never again.',
      'Swim every morning from 6am this month, and I am not enjoying it.',
      'We spent the whole weekend at the climbing wall with the kids, all four of us are aching.',
    ]) {
      expect(kindOf(text), text).not.toBe('promotion');
    }
  });

  it('does not read a reply with the opening hours as an offer', () => {
    expect(kindOf('@sam_k Sorry about that! We are open until 9pm on weekdays, see you soon.')).not.toBe('promotion');
  });
});
