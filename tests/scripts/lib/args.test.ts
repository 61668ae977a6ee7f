import { describe, expect, it } from 'vitest';
import { parseOptions, UsageError, wholeNumber } from '../../../scripts/lib/args';

describe('parseOptions', () => {
  const options = { seed: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

  it('reads named options', () => {
    expect(parseOptions(['--seed', '4', '--json', '-h'], options)).toEqual({ seed: '4', json: true, help: true });
  });

  it('refuses unknown options, positionals and missing values as usage errors', () => {
    for (const argv of [['--fast'], ['data.csv'], ['--seed']]) expect(() => parseOptions(argv, options)).toThrow(UsageError);
  });
});

describe('wholeNumber', () => {
  it('reads a whole number, or gives the fallback when the option is absent', () => {
    expect(wholeNumber('keys', '500')).toBe(500);
    expect(wholeNumber('keys', undefined)).toBeUndefined();
    expect(wholeNumber('keys', undefined, 3)).toBe(3);
    expect(wholeNumber('keys', '0', 3)).toBe(0);
  });

  it('refuses anything else, naming the option', () => {
    for (const value of ['-1', '1.5', 'many', '', ' 2']) expect(() => wholeNumber('cold', value)).toThrow(/--cold needs a whole number/);
  });
});
