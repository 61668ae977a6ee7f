import { describe, expect, it } from 'vitest';
import { contextLine, displayWidth, lineAndColumn, snippet } from '../../../cli/format/context';

describe('displayWidth', () => {
  it('counts terminal cells: wide CJK and emoji take two, combining marks none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('🎉')).toBe(2);
    expect(displayWidth('👨‍👩‍👧')).toBe(2);
    expect(displayWidth('🇬🇧')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('\u2764')).toBe(1); // text-style heart
    expect(displayWidth('\u2764\ufe0f')).toBe(2); // emoji-style heart
  });
});

describe('lineAndColumn', () => {
  it('gives 1-based line and column of an offset', () => {
    expect(lineAndColumn('ab\ncd', 0)).toMatchObject({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toMatchObject({ line: 2, column: 2, lineStart: 3 });
  });
});

describe('contextLine', () => {
  it('underlines the span under the text', () => {
    const c = contextLine('one\nsay HELLO there', 8, 13);
    expect(c).toMatchObject({ line: 2, column: 5, text: 'say HELLO there', underline: '    ^^^^^' });
  });

  it('cuts a long line around the span, keeping the carets under it', () => {
    const text = `${'word '.repeat(40)}FLAGGED${' tail'.repeat(40)}`;
    const start = text.indexOf('FLAGGED');
    const c = contextLine(text, start, start + 7, 60);
    expect(displayWidth(c.text)).toBeLessThanOrEqual(60);
    expect(c.text.startsWith('\u2026')).toBe(true);
    expect(c.text.endsWith('\u2026')).toBe(true);
    expect(c.text.slice(c.underline.indexOf('^'), c.underline.indexOf('^') + 7)).toBe('FLAGGED');
  });

  it('underlines to the end of the line for a span that runs on, and shows one caret for an empty span', () => {
    expect(contextLine('abc\ndef', 1, 6).underline).toBe(' ^^');
    expect(contextLine('abc', 3, 3).underline).toBe('   ^');
  });

  it('shows tabs as single spaces so the carets stay aligned', () => {
    const c = contextLine('\tX', 1, 2);
    expect(c.text).toBe(' X');
    expect(c.underline).toBe(' ^');
  });
});

describe('snippet', () => {
  it('puts a post on one line and cuts it with an ellipsis', () => {
    expect(snippet('a\n\nb   c')).toBe('a b c');
    const s = snippet('x'.repeat(100), 20);
    expect(displayWidth(s)).toBeLessThanOrEqual(20);
    expect(s.endsWith('\u2026')).toBe(true);
  });
});

describe('contextLine on one very long line', () => {
  const line = 'ab '.repeat(20_000) + 'x'.repeat(500) + ' tail';

  it('shows the same window as on a short line, with one ellipsis on each cut side', () => {
    const { text, underline, column } = contextLine(line, 60_000, 60_500);
    expect(column).toBe(60_001);
    expect(text).toBe('\u2026' + 'x'.repeat(71) + '\u2026');
    expect(underline).toBe(' ' + '^'.repeat(72));
    const short = contextLine(line, 30_000, 30_002);
    expect(short.text.startsWith('\u2026')).toBe(true);
    expect(short.text.endsWith('\u2026')).toBe(true);
    expect(short.underline.trim()).toBe('^^');
  });
});
