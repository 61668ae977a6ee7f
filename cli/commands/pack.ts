import { readFile } from 'node:fs/promises';
import type { CompiledHousePack } from '../../rules/house/types';
import { EXIT, parseCommandArgs, UsageError } from '../args';
import { write, type CliIO } from '../io';

export const PACK_HELP = `Usage: rapport pack validate PACK

Checks a house-rule pack (a JSON file) before it is rolled out: every problem, by JSON path, in plain words.

Exit status: 0 when the pack is valid, 1 when it is not, 2 on bad usage (no file, unknown subcommand).

Example:
  rapport pack validate examples/packs/cautious-bank.json
`;

export type PackFile = { ok: true; pack: CompiledHousePack; ruleCount: number } | { ok: false; problems: string[] };

/** Reads and checks a pack file. A missing file is bad usage; a file that is not a valid pack lists its problems. */
export async function readPackFile(file: string): Promise<PackFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(code === 'ENOENT' ? `No pack at ${file}.` : `Cannot read the pack ${file} (${code ?? String(error)}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`(the file): not JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  // The compiler (RE2, the counting rules) loads only when a pack is read, so help and usage answer at once.
  const { loadPack } = await import('../../rules/house/compile');
  const loaded = loadPack(json);
  return loaded.ok ? { ok: true, pack: loaded.pack, ruleCount: loaded.pack.rules.length } : loaded;
}

export async function pack(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs({ args: [...argv], options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  if (values.help) {
    await write(io.stdout, PACK_HELP);
    return EXIT.ok;
  }
  const [sub, file, ...extra] = positionals;
  if (sub !== 'validate') throw new UsageError(sub === undefined ? 'pack needs a subcommand: validate.' : `Unknown pack subcommand "${sub}". Use: validate.`);
  if (file === undefined) throw new UsageError('pack validate needs a pack file.');
  if (extra.length > 0) throw new UsageError('pack validate takes one pack file.');
  const result = await readPackFile(file);
  if (!result.ok) {
    await write(io.stdout, `${file} is not a valid pack (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}):\n${result.problems.map((p) => `  ${p}\n`).join('')}`);
    return EXIT.findings;
  }
  await write(io.stdout, `${file} is a valid pack: "${result.pack.name}", ${result.ruleCount} rule${result.ruleCount === 1 ? '' : 's'}.\n`);
  return EXIT.ok;
}
