import { describe, expect, it } from 'vitest';
import clickbait from '../../../rules/builtin/clickbait';
import { createAnalyzer } from '../../../rules/engine/analyze';
import { ruleTester } from '../../support/rule-tester';

ruleTester(clickbait, {
  valid: [
    // Questions people really ask, tips, thanks and news: quiet.
    'Our spring range is in. Which colour would you pick?',
    'Which team are you on?',
    'Looking for feedback on our new checkout page, what would you change?',
    'Can you tell me when the store opens tomorrow?',
    'What happens if I miss the deadline?',
    'Tip: save drafts before you switch accounts, it keeps your edits safe.',
    'Quick tip for new users: you can pin your favourite channels to the top of the sidebar',
    'Did you know the library lends out telescopes? Ask at the front desk.',
    'Thanks to everyone who came to the meetup last night, you made it a great evening!',
    'Loved meeting you all at the meetup last night',
    "I can't believe it's been five years since we opened the shop",
    'I love this song so much',
    'This guide will help you set up your account in ten minutes.',
    'Customer service is what we care about most.',
    "That's why we moved our servers closer to you.",
    "We're sorry for the delay with your order, it ships tomorrow",
    'Join us on Saturday for the river clean-up, gloves provided',
    'City council approves new cycle lanes on the high street',
    'Three ways to cut your cloud bill, from our own migration: reserved instances, smaller disks, fewer logs.',
    // Know-how that says what it delivers (what we learned, a thread) is value, not bait (issue 13).
    'Here are 5 things we learned migrating 2M users to Postgres (thread)',
    '5 things we learned shipping our app this year, thread below',
    'How we cut build times by 40%',
    'Lessons from two years of on-call \u{1F9F5}',
    // A list headline followed by the list itself withholds nothing.
    '7 things we learned running a bakery for a year\n1. Mornings are earlier than you think.\n2. Regulars matter more than reviews.\n3. Flour prices move every month, so plan ahead.',
  ],
  invalid: [
    { text: "You won't believe what happened next at our launch party", flags: ["You won't believe"] },
    { text: 'This one trick will change how you cook rice forever', flags: ['one trick'] },
    { text: '17 things you only understand if you grew up with a dog', flags: ['17 things'] },
    { text: 'Which breakfast cereal are you based on your star sign', flags: ['Which breakfast cereal are you'] },
    { text: 'These photos of our office dog will make you smile', flags: ['make you smile'] },
    { text: '21 kitchen gadgets that are literally life savers', flags: ['21 kitchen gadgets'] },
    // A list that withholds stays bait, even about a technical subject.
    { text: "5 things about Postgres you won't believe", flags: ["you won't believe"] },
    { text: "Here's why our customers keep coming back\nhttps://example.com/story", flags: ["Here's why"] },
    { text: 'Can you guess which of our flavours sold out first?', flags: ['Can you guess'] },
    // Case does not matter: the cues are in the wording.
    { text: 'which houseplant are you', flags: ['which houseplant are you'] },
    { text: 'PEOPLE TRY PICKLED HERRING FOR THE FIRST TIME', flags: ['PEOPLE TRY'] },
    // One hook in a longer post is found where it is.
    {
      text: 'Big week at the studio.\nYou need to see this to believe it\nhttps://example.com/clip',
      flags: ['You need to see this'],
      spans: [[24, 44]],
    },
    // Emoji before the span: offsets are UTF-16 code units, so each emoji counts two.
    { text: "🐶🐶 You won't believe what our dog did next", flags: ["You won't believe"], spans: [[5, 22]] },
  ],
});

describe('clickbait severity', () => {
  const analyzer = createAnalyzer([clickbait]);
  const severities = (text: string) => analyzer.analyze(text).findings.map((f) => f.severity);

  it('warns on curiosity gaps and strong headlines', () => {
    expect(severities("You won't believe what happened next at our launch party")).toEqual(['warning']);
    expect(severities('17 things you only understand if you grew up with a dog')).toEqual(['warning']);
  });

  it('only suggests for a list hook in a personal voice, a guessing question, or a gap the post then answers', () => {
    expect(severities('5 things I wish our app did this year, thread below')).toEqual(['suggestion']);
    expect(severities('Can you guess which of our flavours sold out first?')).toEqual(['suggestion']);
    expect(
      severities("Here's why we moved the shop.\nThe old place flooded twice last winter and the landlord would not fix the drains, so we found a dry one."),
    ).toEqual(['suggestion']);
  });

  it('can be made stricter or looser with its options', () => {
    const text = '21 kitchen gadgets that are literally life savers';
    const options = (minScore: number) => ({ house: { name: 'test', rules: [], overrides: { clickbait: { options: { minScore, warnScore: 1 } } } } });
    expect(analyzer.analyze(text, options(0.4)).findings.map((f) => f.severity)).toEqual(['suggestion']);
    expect(analyzer.analyze(text, options(1)).findings).toEqual([]);
  });
});
