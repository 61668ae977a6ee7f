import { describe, expect, it } from 'vitest';
import { analyze } from '../../../rules/engine/analyze';
import { labelAndLink } from '../../../rules/signals/brand-voice';
import type { PlatformId } from '../../../platforms/types';

// Posts written for these tests, one or two per family; none is in tests/fixtures/posts/brand-posts.csv.
const kindOf = (text: string, platform?: PlatformId) => analyze(text, platform ? { platform } : {}).kind.kind;

describe('brand-voice promotion is kind promotion', () => {
  const families: Record<string, string[]> = {
    'first-person plural offers': ['Our new rain jacket packs into its own pocket. In stores Friday.', 'We fix bikes while you wait, most repairs in under an hour.'],
    'shop and order imperatives': ['Shop the autumn edit now at our Leeds store.', 'Order online today and collect in two hours.'],
    'link in bio': ['The new lip balms are here \u{1F48B} link in bio'],
    'DM us': ['Wedding flowers for every budget. DM us for a quote!'],
    prices: ['Fresh pasta, \u00a36 a bag or two for \u00a310.'],
    'own work, out now': ['Part 3 of my series on remote hiring is out. This one is about references.', 'My essay on city trees is now online.', 'An epilogue to my 3 part article series, and the end of the story.'],
    discounts: ['20% off all hiking boots this weekend with code TRAIL20'],
    sales: ['Our spring sale starts tomorrow at 9am.'],
    'limited time': ['Only 4 left in stock, while supplies last!'],
    launches: ['We are launching our budgeting app next Monday.', 'Introducing our new oat milk, now in every shop.'],
    hiring: ["We're hiring a junior accountant in Bristol, apply by 3 May."],
    funding: ['We have raised a \u20ac2M seed round to build better tools for farmers.'],
    awards: ['Our little deli has been shortlisted for Best Local Shop 2025!'],
    'personal milestones': [
      'Excited to share with my network that I have successfully accomplished the Data Analytics certificate from Coursera.',
      'So happy to share with all of you that our tiny studio has a new home.',
    ],
    'problem-agitation hooks': [
      'Tired of soggy lunches? Our insulated boxes keep food crisp till noon.',
      'Sick of juggling five apps? Meet Planly.',
      'Still paying too much for your phone bill? Switch to Acme today.',
      "Struggling to sleep? You're not alone. Our new app helps.",
      'Hate meal prep? Let us do it for you.',
      'Ever wish your inbox would sort itself? Now it can, with Mailo.',
    ],
    'bare link with a label': ['Latest podcast episode: https://pod.example/88'],
    'third-person press release': ['Harbour Coffee today announced a second roastery in Cork.'],
  };
  for (const [family, posts] of Object.entries(families)) {
    for (const post of posts) {
      it(`${family}: ${JSON.stringify(post)}`, () => expect(kindOf(post)).toBe('promotion'));
    }
  }
});

describe('near-misses stay quiet', () => {
  const quiet: [string, string][] = [
    ['a thank-you that names the brand', 'Thanks @harbourcoffee for the flat white rescue this morning \u2615'],
    ['a reply that answers with a link', '@meg Yes, returns are free! Here is how: shop.example/returns'],
    ['a service reply asking for a DM', "@tom Sorry about that! Could you DM us your order number? We'll sort it today."],
    ['a know-how thread', '6 things we learned moving our support team to four-day weeks (thread)'],
    ['a question followed by "our"', 'Does anyone know a good plumber in Leeds? Our boiler just gave up.'],
    ['a terse personal line', 'Rainy Monday. Coffee first, emails later.'],
    ['an offer to share with the reader', 'Happy to share with you what worked for us, ask away.'],
    ['a pain put to the reader as a real question', 'Tired of winter yet? What are you most looking forward to this spring?'],
    ['a pain answered with what helped the writer', "Struggling with imposter syndrome? You're not alone, here's what helped me."],
    ['praise that is not a refund promise', 'Love it! Congrats on the launch, the new site looks great.'],
    ['a pain answered with a tip', 'Tired of the rain? Try the glasshouses at Kew, free on Sundays and lovely.'],
    ['a fediverse handle is not a link', '@robin@social.example the fix is in 1.3.2, thanks for your patience'],
    ['asking whether a post is up', 'Is my post up yet? The site seems slow.'],
    ['results that are out', 'My blood test results are out and all fine, phew.'],
  ];
  for (const [what, post] of quiet) it(`${what}: ${JSON.stringify(post)}`, () => expect(kindOf(post)).not.toBe('promotion'));

  it('reads "love it or your money back" as a sales promise, not praise', () => {
    const { signals } = analyze('The best coffee you will ever taste. Love it or your money back!');
    expect(signals.conversational).toBeLessThan(0.5);
    expect(signals.selfPromotion).toBeGreaterThan(0.3);
  });

  it('reads a trailing t.co link in an X archive as media, not a link drop', () => {
    expect(kindOf('It is Wednesday. https://t.co/abcDEF123', 'x')).not.toBe('promotion');
    expect(kindOf('Big sale today only https://t.co/abcDEF123', 'x')).toBe('promotion');
  });
});

describe('labelAndLink', () => {
  it('is a short label pointing at a link, and not a reply', () => {
    expect(labelAndLink('Full report: https://example.org/report')).toBe(true);
    expect(labelAndLink('Spring menu \u2192 luna.example/menu')).toBe(true);
    expect(labelAndLink('@sam the guide is here: https://example.org/guide')).toBe(false);
    expect(labelAndLink('We wrote up the whole migration, what broke and how we fixed it, with every step: https://example.org/m')).toBe(false);
  });
});
