import heatedLanguage from '../../../rules/builtin/heated-language';
import { ruleTester } from '../../support/rule-tester';

ruleTester(heatedLanguage, {
  valid: [
    'Ugh, Monday. Coffee first, then the inbox.',
    'The traffic this morning was awful, took me an hour to get in.',
    'Honestly disappointed with how the update turned out. We will fix it this week.',
    'I hate Mondays and I hate rain, so today is a treat.',
    'I am such an idiot, I left my keys in the office again.',
    'Shut up, that is amazing news! Congratulations to the whole team.',
    'Got lost in a good book all weekend.',
    'Damn, that was a good match. The crowd was unreal.',
    'Thank you to the bin collectors who came out in the snow.',
    'Our killer feature this month: offline maps.',
    'Moby Dick is still the best book I was ever made to read.',
  ],
  invalid: [
    { text: 'Anyone who still uses that app is an idiot.', flags: ['is an idiot'] },
    { text: 'Seriously, you people are pathetic.', flags: ['you people are pathetic'] },
    { text: 'Are you people brain dead? Read the label.', flags: ['Are you people brain dead'] },
    { text: 'What a fucking joke this update is.', flags: ['fucking'] },
    { text: 'This is bullsh!t and you know it', flags: ['bullsh!t'] },
    { text: 'Shut up and stop whining about delivery times.', flags: ['Shut up and stop'] },
    { text: 'I hate people who leave trolleys in the car park', flags: ['I hate people'] },
    { text: 'These morons at the council closed the road again', flags: ['These morons'] },
    { text: 'I hope you die in a fire', flags: ['hope you die'] },
    { text: 'Stupid people should not be allowed to drive', flags: ['Stupid people'] },
    { text: 'How dare you post that, wtf', flags: ['How dare you', 'wtf'] },
    // Emoji before the span: offsets are UTF-16 code units, so each emoji counts two.
    { text: '😡 you idiot, read the thread', flags: ['you idiot'], spans: [[3, 12]] },
  ],
});
