import { describe, expect, it } from 'vitest';
import { jsonError, recordOf, textOf } from '../../../cli/readers/text-field';

describe('textOf', () => {
  it('takes a string as the post, or the text field of an object', () => {
    expect(textOf('hi', undefined)).toBe('hi');
    expect(textOf({ text: 'hi', full_text: 'no' }, undefined)).toBe('hi');
    expect(textOf({ full_text: 'tweet' }, undefined)).toBe('tweet');
    expect(textOf({ tweet: { full_text: 'wrapped' } }, undefined)).toBe('wrapped');
    expect(textOf({ text: 1 }, undefined)).toBeUndefined();
    expect(textOf(null, undefined)).toBeUndefined();
  });

  it('uses only the chosen field, also inside a tweet wrapper', () => {
    expect(textOf({ text: 'a', caption: 'b' }, 'caption')).toBe('b');
    expect(textOf({ text: 'a' }, 'caption')).toBeUndefined();
    expect(textOf({ tweet: { full_text: 'x' } }, 'full_text')).toBe('x');
  });
});

describe('recordOf', () => {
  it('makes posts, empty records and malformed ones', () => {
    expect(recordOf('hi', 3, undefined)).toEqual({ kind: 'post', line: 3, text: 'hi' });
    expect(recordOf({ text: '  ' }, 4, undefined)).toEqual({ kind: 'empty', line: 4 });
    expect(recordOf({ id: 1 }, 5, undefined)).toEqual({ kind: 'malformed', line: 5, reason: 'no "text" field' });
    expect(recordOf(null, 6, undefined)).toEqual({ kind: 'malformed', line: 6, reason: 'a null, not a post' });
  });
});

describe('jsonError', () => {
  it('keeps the parser\'s reason and drops the echoed input', () => {
    let message = '';
    try {
      JSON.parse('{"text": nope}');
    } catch (error) {
      message = jsonError(error);
    }
    expect(message).toMatch(/^not valid JSON \(/);
    expect(message).not.toContain('nope}');
  });
});
