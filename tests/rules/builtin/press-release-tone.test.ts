import pressReleaseTone from '../../../rules/builtin/press-release-tone';
import { ruleTester } from '../../support/rule-tester';

const brand = (names: string[]) => ({
  house: { name: 'test', rules: [], overrides: { 'press-release-tone': { options: { brandNames: names } } } },
});

ruleTester(pressReleaseTone, {
  valid: [
    'Our Leeds studio opens on Monday! Pop in for a coffee, and tell us what you would like to see on the walls.',
    'Proud to work with you on this, see you at the finish line!',
    '@harbour_jo thanks for the kind words, we are so glad the class helped.',
    'Students launch their own radio show this term.',
    'The team celebrates ten years today.',
    "We're excited to share the photos from Saturday, thank you all for coming!",
    // Someone else's headline, shared with a comment, is their voice.
    'Well deserved! RT @citynews Northwind Bikes wins the regional design award',
    // A quick personal note is not a slogan.
    'Great game tonight. Well played, everyone!',
    // A notice or a note after a colon is not a slogan.
    'Reminder: doors open at 7.',
    'Leeds: rain again',
    'Update: the servers are back.',
    'Antifragility: making resilient games, etc.',
    { text: 'Brightwater is hiring, and we would love to hear from you.', options: brand([]) },
  ],
  invalid: [
    {
      text: 'We are pleased to announce that our new Leeds studio opens on Monday.',
      flags: ['We are pleased to announce'],
      output: 'Our new Leeds studio opens on Monday.',
    },
    {
      text: "Today we're thrilled to announce the winners of the spring photo contest.",
      flags: ["we're thrilled to announce"],
      output: 'Today the winners of the spring photo contest.',
    },
    { text: 'Northwind Bikes announces a partnership with the city cycle scheme.', flags: ['Northwind Bikes announces'] },
    { text: 'Brightwater is proud to sponsor the junior swim league this summer.', flags: ['Brightwater is proud to'] },
    { text: 'UPDATE: Harbour Foods Launches Zero-Waste Packaging in all of its stores this spring', flags: ['Harbour Foods Launches'] },
    { text: 'Brightwater. Clean water, everywhere.', flags: ['Brightwater. Clean water, everywhere.'] },
    { text: 'Acme Corp: innovation that matters.', flags: ['Acme Corp: innovation that matters.'] },
    { text: 'Northwind Outdoor. Made for the long way round.', flags: ['Northwind Outdoor. Made for the long way round.'] },
    { text: 'Northwind Bikes: built for the long way home. #cycling', flags: ['Northwind Bikes: built for the long way home. #cycling'] },
    { text: 'Smarter banking for a brighter tomorrow\u2122', flags: ['Smarter banking for a brighter tomorrow\u2122'] },
    {
      text: 'Brightwater has opened a new plant in Derby, and Brightwater is hiring.',
      options: brand(['Brightwater']),
      flags: ['Brightwater'],
      spans: [[0, 11]],
    },
    // Emoji before the span: offsets are UTF-16 code units, so each emoji counts two.
    {
      text: '🎉🎉 We are delighted to announce our autumn menu',
      flags: ['We are delighted to announce'],
      spans: [[5, 33]],
      output: '🎉🎉 Our autumn menu',
    },
  ],
});
