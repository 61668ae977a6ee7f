import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * The labelled sets live outside the repository (shared/data/dev) and are read from the path given on the
 * command line, never copied in. Texts contain quoted newlines, so they go through a real CSV parser.
 */
export const DEFAULT_DATA_DIR = '../shared/data/dev';
/** Real X archives and LinkedIn exports (shared/realworld), read in place like the data sets. */
export const DEFAULT_REALWORLD_DIR = '../shared/realworld';

export type CsvRow = Record<string, string>;

export class MissingDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingDataError';
  }
}

/** Parses CSV text with a header row into records keyed by column name. */
export function parseCsv(content: string): CsvRow[] {
  return parse(content, { columns: true, bom: true, skip_empty_lines: true }) as CsvRow[];
}

/** Checks that `dir` is a folder, with a message that says what to pass instead. */
export function requireDataDir(dir: string): string {
  const full = resolve(dir);
  if (!existsSync(full) || !statSync(full).isDirectory()) {
    throw new MissingDataError(
      `Data folder not found: ${full}\nPass the folder of labelled sets with --data, e.g. --data ${DEFAULT_DATA_DIR}`,
    );
  }
  return full;
}

/** Reads one CSV of the data folder and checks it has the columns the evaluation needs. */
export function readSet(dir: string, file: string, columns: readonly string[]): CsvRow[] {
  const path = join(dir, file);
  if (!existsSync(path)) throw new MissingDataError(`Data file not found: ${path}`);
  const rows = parseCsv(readFileSync(path, 'utf8'));
  const first = rows[0];
  const missing = first ? columns.filter((c) => !(c in first)) : [];
  if (missing.length) throw new MissingDataError(`${path} has no column ${missing.join(', ')} (expected ${columns.join(', ')})`);
  return rows;
}
