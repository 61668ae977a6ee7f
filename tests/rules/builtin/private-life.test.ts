import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../rules/engine/analyze';
import privateLife from '../../../rules/builtin/private-life';
import { ruleTester } from '../../support/rule-tester';

ruleTester(privateLife, {
  valid: [
    // Health, drink and dating in general, not about a person.
    'Our clinic now sees patients diagnosed with diabetes on Saturdays too.',
    'Drink driving kills: plan your ride home this Christmas.',
    'Loved the dating episode of the podcast, what a story.',
    'Many couples split up over money, says the new survey.',
    'Ozempic prescriptions have doubled, according to the report.',
    // Holiday news without an address, your own happy news, idioms and titles.
    'We\u2019re away on holiday for two weeks, see you all in June!',
    'I\u2019m pregnant! We can\u2019t wait to meet our little one.',
    'The lights are on but nobody\u2019s home.',
    'Watching Home Alone with the kids tonight.',
    'Tom separated the eggs and Anna whisked the whites.',
    'Why Couples Who Travel Together Stay Together',
    'We smashed our sales target and the team got a bonus.',
    // Near-misses: a professional's tips, an ex-colleague is no ex, a show's schedule, a title.
    'Health tips from our nutritionist',
    'My ex-colleague just launched a podcast about bread.',
    'Back on Monday with a new episode!',
    'The ex-president spoke at the summit today.',
  ],
  invalid: [
    { text: 'Quiet week for me, my sister was diagnosed with breast cancer on Monday.', flags: ['my sister was diagnosed with breast cancer'] },
    { text: 'I\u2019ve been diagnosed with ADHD, which explains a lot.', flags: ['I\u2019ve been diagnosed with ADHD'] },
    { text: 'Big news from the office: Priya is pregnant again!', flags: ['Priya is pregnant'] },
    { text: 'Apparently Tom and Anna broke up last week.', flags: ['Tom and Anna broke up'] },
    { text: 'My boss is cheating on his wife, unbelievable.', flags: ['My boss is cheating on his'] },
    { text: 'Honestly I was so drunk last night at the team party.', flags: ['I was so drunk'] },
    { text: 'She\u2019s on antidepressants now and doing better.', flags: ['She\u2019s on antidepressants'] },
    { text: 'Kids are home alone? No: I\u2019m home alone tonight, come round.', flags: ['I\u2019m home alone'] },
    {
      text: 'We\u2019re away on holiday for two weeks from Saturday, so the house at 21 Maple Road is all yours!',
      flags: ['We\u2019re away on holiday for two weeks from Saturday'],
    },
    { text: 'My therapist said I should post less.', flags: ['My therapist'] },
    { text: 'Week three on chemo and still smiling.', flags: ['on chemo'] },
    { text: 'Still waiting on my diagnosis, fingers crossed.', flags: ['my diagnosis'] },
    { text: 'My ex texted me again last night.', flags: ['My ex'] },
    { text: 'Her ex-husband turned up at the party.', flags: ['Her ex-husband'] },
    { text: 'Everyone knows about Tom\u2019s affair by now.', flags: ['Tom\u2019s affair'] },
    // Emoji before the span: offsets are UTF-16 code units.
    { text: '\u{1f37b}\u{1f37b} everyone got hammered', flags: ['everyone got hammered'], spans: [[5, 26]] },
  ],
});

describe('private-life severity', () => {
  const analyzer = createAnalyzer([privateLife]);
  it('is a suggestion about yourself and a warning about someone else', () => {
    const self = analyzer.analyze('I was diagnosed with asthma last year.').findings;
    const other = analyzer.analyze('My dad was diagnosed with asthma last year.').findings;
    expect(self.map((f) => f.severity)).toEqual(['suggestion']);
    expect(other.map((f) => f.severity)).toEqual(['warning']);
    expect(analyzer.analyze('My ex called.').findings.map((f) => f.severity)).toEqual(['suggestion']);
    expect(analyzer.analyze('His ex called.').findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('names a former partner as such, not as someone else\u2019s relationship news', () => {
    const [finding] = analyzer.analyze('My ex texted me again.').findings;
    expect(finding?.message).toMatch(/former partner/);
  });
});
