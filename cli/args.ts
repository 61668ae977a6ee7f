import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isPlatformId, PLATFORM_IDS, type PlatformId } from '../platforms/types';

/** Bad usage: unknown option or command, bad value, missing file. The command exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** 0: done, no error-level finding; 1: some finding has severity `error`; 2: bad usage; 3: failed while running. */
export const EXIT = { ok: 0, findings: 1, usage: 2, failure: 3 } as const;

/** `util.parseArgs`, with its errors turned into usage errors in plain words. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? '';
    return `Unknown option ${option}. (A text that starts with "-" goes after "--", as in: rapport check -- "-30% today".)`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test(message)) {
    const option = /--[\w-]+/.exec(message)?.[0] ?? 'This option';
    return `${option} needs a value.`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `Unexpected argument. ${message}`;
  return message;
}

/** `--platform`: one of the platform ids (`twitter` is accepted for `x`). */
export function parsePlatform(value: string | undefined): PlatformId | undefined {
  if (value === undefined) return undefined;
  const id = value.trim().toLowerCase();
  if (id === 'twitter') return 'x';
  if (isPlatformId(id)) return id;
  throw new UsageError(`Unknown platform "${value}". Use one of: ${PLATFORM_IDS.join(', ')}.`);
}

export function parseChoice<T extends string>(option: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Unknown value "${value}" for ${option}. Use one of: ${choices.join(', ')}.`);
}

export function parsePositiveInt(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${option} needs a whole number of 1 or more, not "${value}".`);
  return Number(value);
}
