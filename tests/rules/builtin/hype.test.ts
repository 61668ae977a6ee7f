import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../rules/engine/analyze';
import hype from '../../../rules/builtin/hype';
import { ruleTester } from '../../support/rule-tester';

ruleTester(hype, {
  valid: [
    'The new app plans a three-day trip in about two minutes; here is how it works.',
    'The spring sale ends on Sunday at midnight.',
    'No hurry, take your time and tell us what you think.',
    "Iran's Revolutionary Guards held drills near the strait",
    'Hope today was the best ever, happy birthday!',
    'My list for next year: #1 more sleep #2 a bigger garden',
    "What's the best book you've ever read? Asking for a long train ride.",
    'The best part was meeting you all.',
    "This is the best pizza I've ever had.",
    'Our support team answers most emails within four hours.',
  ],
  invalid: [
    {
      text: 'Our revolutionary new app is the best ever way to plan a trip.',
      flags: ['revolutionary', 'the best ever'],
      output: 'Our new app is the best ever way to plan a trip.',
    },
    { text: "The best coffee you'll ever taste, roasted in Leeds.", flags: ["The best coffee you'll ever taste"] },
    { text: 'World-class support from the #1 team in town.', flags: ['World-class', '#1'] },
    { text: 'Game-changing results for every team', flags: ['Game-changing'], output: 'New results for every team' },
    { text: 'We revolutionised home delivery', flags: ['revolutionised'], output: 'We changed home delivery' },
    { text: 'Last chance! Hurry, the spring sale ends soon.', flags: ['Last chance', 'Hurry'] },
    { text: 'Hurry, the spring sale ends soon.', flags: ['Hurry'], output: 'The spring sale ends soon.' },
    { text: 'The new range is a game changer, act now', flags: ['game changer', 'act now'] },
    { text: 'Our coats are selling fast, act now!', flags: ['selling fast', 'act now'], spans: [[14, 26], [28, 35]] },
    { text: 'Only today: two bags for the price of one', flags: ['Only today'] },
    // Emoji before the span: offsets are UTF-16 code units, so each emoji counts two.
    { text: '🎉🎉 An unbelievable deal on boots', flags: ['unbelievable'], spans: [[8, 20]], output: '🎉🎉 An surprising deal on boots' },
  ],
});

describe('hype fixes and severity', () => {
  const analyzer = createAnalyzer([hype]);
  const apply = (text: string, index = 0) => {
    const fix = analyzer.analyze(text).findings[index]?.fixes?.[0];
    return fix ? text.slice(0, fix.start) + fix.text + text.slice(fix.end) : undefined;
  };

  it('removes pushy words with their punctuation and keeps the sentence tidy', () => {
    expect(apply('The new range is here, act now')).toBe('The new range is here');
    expect(apply('The spring sale ends on Sunday at midnight. Hurry!')).toBe('The spring sale ends on Sunday at midnight.');
    expect(apply("Don't miss out: the workshop has ten seats")).toBe('The workshop has ten seats');
  });

  it('offers plain words as expected alternatives', () => {
    const [finding] = analyzer.analyze('A revolutionary way to file expenses').findings;
    expect(finding?.expected).toEqual(['new']);
  });

  it('only suggests when the urgency comes with a real date or count', () => {
    const severity = (text: string) => analyzer.analyze(text).findings.map((f) => f.severity);
    expect(severity('Last chance to book: the course starts Monday 9am')).toEqual(['suggestion']);
    expect(severity('Last chance to book the course')).toEqual(['warning']);
  });
});
