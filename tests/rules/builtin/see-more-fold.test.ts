import { describe, expect, it } from 'vitest';
import seeMoreFold from '../../../rules/builtin/see-more-fold';
import { foldOffset } from '../../../rules/detectors/see-more-fold';
import { ruleTester } from '../../support/rule-tester';

const li = { platform: 'linkedin' as const };
const ig = { platform: 'instagram' as const };
const body =
  'It took eighteen months, and the hardest part was deciding which reports nobody used. We asked customers, ' +
  'watched the logs and cut forty of them. What is the report you would never let us delete?';

ruleTester(seeMoreFold, {
  valid: [
    // No platform, or a platform without a fold: nothing to judge.
    `We are delighted to announce our new dashboard.\n\n${body}`,
    { text: `We are delighted to announce our new dashboard.\n\n${body}`, options: { platform: 'x' } },
    // A short post shows whole, whatever its opening.
    { text: 'Hello everyone! The meetup is on Thursday at six.', options: li },
    { text: 'We are thrilled to announce our new office dog.', options: li },
    // A complete, direct first line before the fold.
    { text: `Our dashboard now loads in one second instead of eight.\n\n${body}`, options: li },
    { text: `Which report would you never let us delete?\n${body}`, options: li },
    { text: `Three things I learned shipping a redesign:\n\n1. ${body}`, options: ig },
    // "Happy to help" is not ceremony.
    { text: `Happy to help anyone moving their reports over this week.\n${body}`, options: li },
  ],
  invalid: [
    {
      text: `We are delighted to announce that our dashboard is faster.\n\n${body}`,
      options: li,
      flags: ['We are delighted to announce'],
    },
    { text: `Excited to share some news with you all today.\n${body}`, options: li, flags: ['Excited to share'] },
    { text: `As many of you know, we rebuilt the dashboard.\n${body}`, options: li, flags: ['As many of you know'] },
    { text: `Hello LinkedIn family!\n\n${body}`, options: li, flags: ['Hello LinkedIn family!'] },
    // Emoji before the span: offsets are UTF-16 code units.
    { text: `\u{1f44b}\u{1f44b} Hi all,\n${body}`, options: li, flags: ['\u{1f44b}\u{1f44b} Hi all,'], spans: [[0, 12]] },
    {
      text: `\u{1f680} We\u2019re so excited to announce our new dashboard!\n${body}`,
      options: ig,
      flags: ['We\u2019re so excited to announce'],
      spans: [[3, 31]],
    },
    // The fold (about 125 characters on Instagram) lands inside the first sentence.
    {
      text:
        'After eighteen months of careful work across engineering, design and support we rebuilt the reporting ' +
        'dashboard from scratch so it loads faster. ' + body,
      options: ig,
      flags: [
        'After eighteen months of careful work across engineering, design and support we rebuilt the reporting ' +
          'dashboard from scratch so it loads faster.',
      ],
    },
  ],
});

describe('foldOffset', () => {
  const fold = { characters: 210, lines: 3 };
  it('folds after the character budget on one long line', () => {
    expect(foldOffset('x'.repeat(400), fold)).toBe(210);
  });
  it('folds after three lines when the lines are short', () => {
    const text = 'one\ntwo\nthree\nfour\nfive';
    expect(text.slice(foldOffset(text, fold))).toBe('four\nfive');
  });
  it('counts a wrapped line as several lines', () => {
    const text = `${'y'.repeat(120)}\nsecond\nthird`;
    expect(text.slice(foldOffset(text, fold))).toBe('third');
  });
  it('is undefined when everything shows', () => {
    expect(foldOffset('short\npost', fold)).toBeUndefined();
    expect(foldOffset('one\ntwo\nthree\n\n  ', fold)).toBeUndefined();
  });
});
