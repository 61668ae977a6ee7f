import passiveVoice from '../../../rules/builtin/passive-voice';
import { ruleTester } from '../../support/rule-tester';

ruleTester(passiveVoice, {
  valid: [
    'We made mistakes, and we are sorry for the delays.',
    'I was promoted today and I still cannot believe it!',
    'The cake was made by my sister, who refuses to share the recipe.',
    'My bike was stolen last night, has anyone seen a red Brompton?',
    'The shop is closed on Mondays, see you Tuesday.',
    'We were told the trains would run late, so we walked.',
    'The new timetable was announced by the council this morning.',
    'Our team was invited to speak at the meetup, so excited!',
    'That photo was taken on our first trip to Skye.',
  ],
  invalid: [
    { text: 'Mistakes were made, and we are sorry for the delays.', flags: ['Mistakes were made'] },
    { text: 'A decision has been taken to close the Leeds branch.', flags: ['decision has been taken'] },
    { text: 'From May, prices will be increased by 5%.', flags: ['prices will be increased'] },
    { text: 'The new app is being rolled out this week.', flags: ['app is being rolled out'] },
    { text: 'Your account has been suspended.', flags: ['account has been suspended'] },
    { text: 'It was decided that the office would move.', flags: ['It was decided that'] },
    { text: 'The event has now been cancelled.', flags: ['event has now been cancelled'] },
    // Emoji before the span: offsets are UTF-16 code units, so each emoji counts two.
    { text: '⚠️ Orders were delayed this week', flags: ['Orders were delayed'], spans: [[3, 22]] },
  ],
});
