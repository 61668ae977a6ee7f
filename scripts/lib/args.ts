import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line the script cannot run with: its message goes to stderr above the usage, exit status 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Named options only (no positionals), unknown ones refused; parseArgs' own complaints become UsageErrors. */
export function parseOptions<T extends Options>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The value of `--name` as a whole number, or `fallback` when the option was not given. */
export function wholeNumber(name: string, value: string | undefined): number | undefined;
export function wholeNumber(name: string, value: string | undefined, fallback: number): number;
export function wholeNumber(name: string, value: string | undefined, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} needs a whole number, got "${value}"`);
  return Number(value);
}
