import sensitivePromotion from '../../../rules/builtin/sensitive-promotion';
import { ruleTester } from '../../support/rule-tester';

ruleTester(sensitivePromotion, {
  valid: [
    'Our thoughts are with everyone affected by the earthquake. Our shops are collecting blankets all week.',
    'Spring sale starts Friday: 20% off all bikes.',
    'All proceeds from this week go to the flood relief appeal, $5 from every order.',
    'We killed it at the market today, thanks all! Shop now at the link in our bio.',
    'I died laughing at this video. Use code GIGGLE for 10% off the tour.',
    'Tickets for the rip-roaring comedy night: $10 on the door.',
    'So sorry to hear your grandad passed away. Thinking of you all.',
    'Who else is voting today? Polling stations close at 10pm.',
  ],
  invalid: [
    {
      text: 'Our thoughts are with everyone affected by the earthquake. Use code STRONG for 20% off this weekend.',
      flags: ['Use code', '20% off'],
    },
    { text: 'RIP to a legend. Shop now for his greatest hits on vinyl!', flags: ['Shop now'] },
    { text: 'Election day! Grab 2-for-1 burgers and free delivery.', flags: ['2-for-1', 'free delivery'] },
    { text: 'Praying for the victims of the shooting.\nFlash sale ends tonight!', flags: ['Flash sale'] },
    { text: 'This Ramadan, enjoy our exclusive offer on dates and sweets', flags: ['exclusive offer'] },
    // Emoji before the span: offsets are UTF-16 code units, so each emoji counts two.
    { text: 'Cancer awareness month is here 🎗️ 🛍️ 30% off everything in the shop', flags: ['30% off'], spans: [[39, 46]] },
  ],
});
