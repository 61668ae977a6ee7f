import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../rules/engine/analyze';

const paragraph = (i: number) =>
  `Tip ${i}: we found that short videos get more replies than long ones. What have you seen work for your team? ` +
  `Our new scheduler is out, check it out at https://example.com/${i}. `;

describe('incremental analysis', () => {
  it('gives exactly the result of a fresh analysis after each edit', () => {
    const warm = createAnalyzer();
    let text = Array.from({ length: 30 }, (_, i) => paragraph(i) + (i % 3 === 0 ? '\n' : '')).join('');
    const edits: [string, string][] = [
      ['short videos', 'SHORT VIDEOS'],
      ['What have you seen', 'Tell us'],
      ['Tip 7', 'Tip 7!!!'],
      ['\n', ' '],
      ['example.com/12', 'example.com/12 and email me at a@b.co'],
    ];
    warm.analyze(text);
    for (const [from, to] of edits) {
      text = text.replace(from, to);
      expect(warm.analyze(text)).toEqual(createAnalyzer().analyze(text));
    }
  });
});
