import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../rules/engine/analyze';
import travelPlans from '../../../rules/builtin/travel-plans';
import privateLife from '../../../rules/builtin/private-life';
import { ruleTester } from '../../support/rule-tester';

ruleTester(travelPlans, {
  valid: [
    // A return with no leaving, holiday news with no window, a trip that is over, leaving with no return.
    'Back on Monday with a new episode!',
    'We\u2019re away on holiday for two weeks, see you all in June!',
    'Just back from two weeks in Crete, here are my favourite beaches.',
    'Heading off tomorrow to the conference, say hi if you\u2019re there.',
    'The shop is closed from 24 to 26 December, back to normal hours after that.',
  ],
  invalid: [
    { text: 'We\u2019ll be away from 3 to 17 August, house empty', flags: ['We\u2019ll be away from 3 to 17 August, house empty'] },
    { text: 'Flying out tomorrow, back on the 20th \u2708\ufe0f', flags: ['Flying out tomorrow, back on the 20th'] },
    { text: 'We\u2019re away from Saturday for two weeks, bring on the sun', flags: ['We\u2019re away from Saturday for two weeks'] },
    { text: 'I\u2019ll be out of the country until the 14th of March.', flags: ['I\u2019ll be out of the country until the 14th of March'] },
    { text: 'House is empty until Sunday, finally some quiet.', flags: ['House is empty until Sunday'] },
  ],
});

describe('travel-plans severity and its neighbour', () => {
  const analyzer = createAnalyzer([travelPlans, privateLife]);
  it('warns when the empty home is said outright, and suggests for dates alone', () => {
    const severity = (text: string) => analyzer.analyze(text).findings.map((f) => [f.ruleId, f.severity]);
    expect(severity('We\u2019ll be away from 3 to 17 August, house empty')).toEqual([['travel-plans', 'warning']]);
    expect(severity('Flying out tomorrow, back on the 20th')).toEqual([['travel-plans', 'suggestion']]);
  });

  it('leaves a window beside a street address to private-life, so the words get one card', () => {
    const text = 'We\u2019re away on holiday for two weeks from Saturday, so the house at 21 Maple Road is all yours!';
    expect(analyzer.analyze(text).findings.map((f) => f.ruleId)).toEqual(['private-life']);
  });
});
