import { describe, expect, it } from 'vitest';
import { splitChunks } from '../../../rules/engine/chunks';

const texts = (text: string) => splitChunks(text).map((s) => text.slice(s.start, s.end));

describe('splitChunks', () => {
  it('keeps a short post whole and drops blank lines', () => {
    expect(texts('Hello there.\n\nHow are you?')).toEqual(['Hello there.', 'How are you?']);
    expect(splitChunks('')).toEqual([]);
    expect(splitChunks('\n \n')).toEqual([]);
  });

  it('never crosses a line break and covers every non-blank line', () => {
    const text = 'one\ntwo three\n\nfour';
    const spans = splitChunks(text);
    for (const s of spans) expect(text.slice(s.start, s.end)).not.toContain('\n');
    expect(texts(text)).toEqual(['one', 'two three', 'four']);
  });

  it('cuts long lines at sentence ends into bounded chunks that tile the line', () => {
    const sentence = (i: number) => `Sentence number ${i} talks about something useful for people. `;
    const line = Array.from({ length: 80 }, (_, i) => sentence(i)).join('');
    const spans = splitChunks(line);
    expect(spans.length).toBeGreaterThan(3);
    expect(spans.map((s) => line.slice(s.start, s.end)).join('')).toBe(line);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(1400);
  });

  it('changes only the chunk around a one-word edit', () => {
    const line = Array.from({ length: 80 }, (_, i) => `Point ${i} is about how teams share work. `).join('');
    const edited = line.replace('Point 40 is about', 'Point 40 is mostly about');
    const before = new Set(texts(line));
    const after = texts(edited);
    expect(after.filter((c) => !before.has(c)).length).toBeLessThanOrEqual(2);
  });

  it('cuts run-on text without sentence ends, never inside a surrogate pair', () => {
    const text = '😀'.repeat(3000);
    const spans = splitChunks(text);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    for (const s of spans) expect(s.start % 2).toBe(0);
  });

  it('stops at the limit', () => {
    const text = 'word '.repeat(1000);
    const spans = splitChunks(text, 100);
    expect(spans.at(-1)!.end).toBeLessThanOrEqual(100);
  });
});
