import emojiOverload from '../../../rules/builtin/emoji-overload';
import { ruleTester } from '../../support/rule-tester';

const li = { platform: 'linkedin' as const };

ruleTester(emojiOverload, {
  valid: [
    'Big day: the team shipped the new exports \u{1f389} Thank you all for the late nights \u{1f64f}',
    { text: 'Sunny \u2600\ufe0f beach \u{1f30a} surf \u{1f3c4}\u200d\u2640\ufe0f snacks \u{1f379}\u{1f60e}', options: li },
    // Bullets at the start of a line are structure, not decoration.
    { text: 'What changed:\n\u2705 Faster exports\n\u2705 Fewer clicks\n\u2705 Dark mode\n\u2705 Offline drafts\n\u2705 Shared folders\n\u2705 Search', options: li },
    // Instagram has more room.
    { text: 'Beach day \u2600\ufe0f\u{1f30a}\u{1f3c4}\u{1f379}\u{1f60e}\u{1f334}\u{1f41a}', options: { platform: 'instagram' } },
    // \u00a9 and \u2122 in text are not emoji.
    { text: '\u00a9 2024 Acme\u2122 \u00ae all rights reserved', options: { platform: 'reddit' } },
  ],
  invalid: [
    // Emoji before the span, and the span itself is emoji: UTF-16 offsets, two units each.
    {
      text: 'Big day \u{1f389}\u{1f389}\u{1f389} shipped \u{1f680}\u{1f680} then cake \u{1f370}\u{1f942} thanks \u{1f64f}',
      options: li,
      flags: ['\u{1f370}\u{1f942}', '\u{1f64f}'],
      spans: [[38, 42], [50, 52]],
      output: 'Big day \u{1f389}\u{1f389}\u{1f389} shipped \u{1f680}\u{1f680} then cake  thanks \u{1f64f}',
    },
    {
      text: 'Sunday vibes \u2600\ufe0f\u{1f30a}\u{1f3c4}\u{1f379}\u{1f60e}\u{1f334}\u{1f41a}\u{1f980}\u{1f3d6}\ufe0f who else is at the beach?',
      flags: ['\u{1f3d6}\ufe0f'],
    },
    // Reddit is text-first: four is one too many. A skin tone and a family are one emoji each.
    {
      text: 'Thanks all \u{1f44d}\u{1f3fd} \u{1f468}\u200d\u{1f469}\u200d\u{1f467} \u{1f60a} \u{1f64c}',
      options: { platform: 'reddit' },
      flags: ['\u{1f64c}'],
    },
  ],
});
