import { describe, expect, it } from 'vitest';
import { removalFix, sentenceRemoval } from '../../../rules/engine/fixes';

const apply = (text: string, fix: { start: number; end: number; text: string } | undefined): string =>
  fix ? text.slice(0, fix.start) + fix.text + text.slice(fix.end) : text;

describe('removalFix', () => {
  it('takes one neighbouring space with the words, never leaving a double space', () => {
    expect(apply('a #b c', removalFix('a #b c', 2, 4, 'Remove'))).toBe('a c');
    expect(apply('a #b', removalFix('a #b', 2, 4, 'Remove'))).toBe('a');
    expect(apply('#b', removalFix('#b', 0, 2, 'Remove'))).toBe('');
  });
});

describe('sentenceRemoval', () => {
  it('removes a sentence that is only the order', () => {
    const text = 'New colours are in. Buy now! See you soon.';
    expect(apply(text, sentenceRemoval(text, 20, 27))).toBe('New colours are in. See you soon.');
  });
  it('leaves a sentence that says more than the order', () => {
    const text = 'Buy now before the shop closes for the winter.';
    expect(sentenceRemoval(text, 0, 7)).toBeUndefined();
  });
});
