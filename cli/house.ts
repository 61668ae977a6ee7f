import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Analyzer, CompiledHousePack, PackProblem, SkippedRule, StyleFile } from '../rules/index';
import { UsageError } from './args';
import type { Engine } from './engine';

/** What `--rules PACK` and `rapport pack` read: a pack JSON file, a Vale style folder, a zip of one, or one Vale rule file. */
export type PackSourceKind = 'pack' | 'vale-folder' | 'vale-zip' | 'vale-file';

export interface PackSource {
  path: string;
  kind: PackSourceKind;
  /** How many rules the source has (for a Vale style: rule files; for a valid pack: its rules). */
  total: number;
  result: { ok: true; pack: CompiledHousePack } | { ok: false; problems: PackProblem[] };
  skipped: readonly SkippedRule[];
}

/** Far more than a style folder holds; a bound so a mistaken path (a home folder) is refused, not read. */
const MAX_FILES = 5000;
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads and checks a pack from disk. Paths that cannot be read are usage errors (exit 2); a pack that is
 * read but not valid comes back with its problems, for the command to report.
 */
export async function readPackSource(path: string): Promise<PackSource> {
  // The engine loads with the first pack read, as it does with the first draft (main.ts): help stays instant.
  const { loadHousePack, readValeStyle, unzipStyle } = await import('../rules/index');
  const fromVale = (kind: PackSourceKind, files: StyleFile[], name: string): PackSource => {
    const style = readValeStyle(files, name);
    if (style.total === 0) throw new UsageError(`${path} holds no Vale rules (YAML files with "extends") and is not a pack.`);
    return { path, kind, total: style.total, result: loadHousePack(style.pack, style.skipped), skipped: style.skipped };
  };
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(code === 'ENOENT' || code === 'ENOTDIR' ? `No such pack: ${path}` : `Cannot read ${path}: ${(error as Error).message}`);
  }
  if (info.isDirectory()) return fromVale('vale-folder', await styleFiles(path), basename(path));
  if (info.size > MAX_BYTES) throw new UsageError(`${path} is ${Math.round(info.size / 1024 / 1024)} MB; a pack or a style is far smaller.`);
  const bytes = await readFile(path);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const unzipped = unzipStyle(bytes);
    if (!unzipped.ok) throw new UsageError(`${path}: ${unzipped.error}`);
    return fromVale('vale-zip', unzipped.files, basename(path).replace(/\.zip$/i, ''));
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (/\.ya?ml$/i.test(path)) return fromVale('vale-file', [{ path: basename(path), text }], 'Vale');
  const result = loadHousePack(text);
  return { path, kind: 'pack', total: result.ok ? result.pack.rules.length : 0, result, skipped: [] };
}

/**
 * The YAML files of a style folder: its own, or those of the styles one level down (a package folder such
 * as Google/ holding Google/*.yml, or a StylesPath holding several styles).
 */
async function styleFiles(dir: string): Promise<StyleFile[]> {
  const files: StyleFile[] = [];
  let bytes = 0;
  const add = async (folder: string, prefix: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (!entry.isFile() || !/\.ya?ml$/i.test(entry.name)) continue;
      if (files.length >= MAX_FILES || bytes > MAX_BYTES) throw new UsageError(`${dir} holds more YAML than a style could; give the style's own folder.`);
      const text = await readFile(join(folder, entry.name), 'utf8');
      bytes += text.length;
      files.push({ path: `${prefix}/${entry.name}`, text });
    }
  };
  await add(dir, basename(dir));
  if (files.length > 0) return files;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('.')) await add(join(dir, entry.name), entry.name);
  }
  return files;
}

/** `--rules PACK` for check and audit: the compiled pack, or a usage error listing every problem. */
export async function loadRulesOption(path: string): Promise<CompiledHousePack> {
  const source = await readPackSource(path);
  if (!source.result.ok) {
    const problems = source.result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
    throw new UsageError(`${path} is not a valid pack (${source.result.problems.length} ${source.result.problems.length === 1 ? 'problem' : 'problems'}):\n${problems}`);
  }
  return source.result.pack;
}

/** An engine whose every analysis runs with the pack, and whose rule list includes the pack's (for their docs). */
export function withHouse(engine: Engine, house: CompiledHousePack | undefined): Engine {
  if (!house) return engine;
  const analyzer: Analyzer = { analyze: (text, options = {}) => engine.analyzer.analyze(text, { ...options, house }) };
  return { analyzer, rules: [...engine.rules, ...house.rules] };
}
