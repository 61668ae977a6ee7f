import { describe, expect, it } from 'vitest';
import { parseChoice, parseCommandArgs, parsePlatform, parsePositiveInt, UsageError } from '../../cli/args';

describe('parseCommandArgs', () => {
  const config = (args: string[]) =>
    ({ args, options: { platform: { type: 'string', short: 'p' }, help: { type: 'boolean' } }, allowPositionals: true, strict: true }) as const;

  it('parses options and positionals with util.parseArgs', () => {
    expect(parseCommandArgs(config(['-p', 'x', 'text']))).toMatchObject({ values: { platform: 'x' }, positionals: ['text'] });
    expect(parseCommandArgs(config(['--', '--not-an-option'])).positionals).toEqual(['--not-an-option']);
  });

  it('turns parse errors into usage errors in plain words', () => {
    expect(() => parseCommandArgs(config(['--nope']))).toThrow(UsageError);
    expect(() => parseCommandArgs(config(['--nope']))).toThrow(/^Unknown option --nope\./);
    expect(() => parseCommandArgs(config(['--platform']))).toThrow('--platform needs a value.');
  });
});

describe('parsePlatform', () => {
  it('accepts platform ids in any case, and twitter as x', () => {
    expect(parsePlatform(undefined)).toBeUndefined();
    expect(parsePlatform('LinkedIn')).toBe('linkedin');
    expect(parsePlatform('twitter')).toBe('x');
  });

  it('lists the platforms when the value is unknown', () => {
    expect(() => parsePlatform('myspace')).toThrow(/Unknown platform "myspace"\. Use one of: x, linkedin/);
  });
});

describe('parseChoice and parsePositiveInt', () => {
  it('check values', () => {
    expect(parseChoice('--format', undefined, ['text', 'json'], 'text')).toBe('text');
    expect(parseChoice('--format', 'json', ['text', 'json'], 'text')).toBe('json');
    expect(() => parseChoice('--format', 'xml', ['text', 'json'], 'text')).toThrow('Unknown value "xml" for --format. Use one of: text, json.');
    expect(parsePositiveInt('--top', '12', 5)).toBe(12);
    expect(parsePositiveInt('--top', undefined, 5)).toBe(5);
    for (const bad of ['0', '-1', '2.5', 'ten']) expect(() => parsePositiveInt('--top', bad, 5)).toThrow(UsageError);
  });
});
