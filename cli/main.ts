import { version } from '../package.json';
import type { AnyRule } from '../rules/engine/rule';
import { EXIT, UsageError } from './args';
import { audit, AUDIT_HELP } from './commands/audit';
import { check, CHECK_HELP } from './commands/check';
import { pack, PACK_HELP } from './commands/pack';
import type { Engine } from './engine';
import { write, type CliIO } from './io';

export type { CliIO } from './io';

export const MAIN_HELP = `Usage: rapport <command> [options]

Coaches social posts: conversation over broadcast, value before promotion.

Commands:
  check [text]   Coach one draft (from the argument or standard input)
  audit FILE     Sum up many posts: CSV, JSON, JSON Lines, an X archive's tweets.js, LinkedIn Shares.csv
  pack ACTION    House-rule packs: validate a pack or a Vale style, test it on past posts

Run "rapport <command> --help" for a command's options, "rapport --version" for the version.
`;

const COMMANDS = ['check', 'audit', 'pack'] as const;
const HELP: Record<(typeof COMMANDS)[number], string> = { check: CHECK_HELP, audit: AUDIT_HELP, pack: PACK_HELP };

export interface MainOptions {
  /** The rules to run; the built-in ones by default. Tests pass their own. */
  rules?: readonly AnyRule[];
}

/**
 * The whole `rapport` command, in-process: arguments and streams in, exit status out. It never calls
 * `process.exit` and never touches `process.*` streams, so tests run it like a function.
 */
export async function main(argv: readonly string[], io: CliIO, options: MainOptions = {}): Promise<number> {
  // The engine (and its NLP library) loads only once a command has its arguments right: help and usage
  // errors answer at once.
  const loadEngine = async (): Promise<Engine> => {
    const engine = await import('../rules/index');
    const rules = options.rules ?? engine.RULES;
    return { rules, analyzer: engine.createAnalyzer(rules) };
  };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest, io, loadEngine);
      case 'audit':
        return await audit(rest, io, loadEngine);
      case 'pack':
        return await pack(rest, io);
      case 'help': {
        const topic = rest[0];
        if (topic === undefined) {
          await write(io.stdout, MAIN_HELP);
          return EXIT.ok;
        }
        if ((COMMANDS as readonly string[]).includes(topic)) {
          await write(io.stdout, HELP[topic as (typeof COMMANDS)[number]]);
          return EXIT.ok;
        }
        throw new UsageError(unknownCommand(topic));
      }
      case '-h':
      case '--help':
        await write(io.stdout, MAIN_HELP);
        return EXIT.ok;
      case '-v':
      case '--version':
        await write(io.stdout, `${version}\n`);
        return EXIT.ok;
      case undefined:
        await write(io.stderr, MAIN_HELP);
        return EXIT.usage;
      default:
        throw new UsageError(command.startsWith('-') ? `Unknown option ${command}. Put options after the command.` : unknownCommand(command));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      const more = (COMMANDS as readonly string[]).includes(command ?? '') ? `rapport ${command} --help` : 'rapport --help';
      await write(io.stderr, `rapport: ${error.message}\nRun "${more}" for usage.\n`);
      return EXIT.usage;
    }
    // A failure while reading (a disk error, a stream that broke): say what happened, without a stack trace.
    await write(io.stderr, `rapport: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
}

function unknownCommand(name: string): string {
  return `Unknown command "${name}". Commands: ${COMMANDS.join(', ')}.`;
}
