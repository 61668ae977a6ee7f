import { readValeStyle, unzipStyle, type SkippedRule, type StyleFile } from '@/rules/index';

/** What the options page puts in the pack editor from files a brand lead picked or dropped. */
export type PickedPack =
  | { ok: true; text: string; fileName: string; summary: string; skipped: readonly SkippedRule[] }
  | { ok: false; error: string };

/** A picked file: its path inside a picked folder (`webkitRelativePath`), or its name. */
export interface PickedFile {
  path: string;
  name: string;
  text(): Promise<string>;
  bytes(): Promise<Uint8Array>;
}

/** A style folder holds far fewer YAML files than this; a bigger pick is a mistake (a home folder). */
const MAX_FILES = 5000;

/**
 * Reads what the user gave as a house-rule pack: a pack's JSON file, or a Vale style as teams keep it (a
 * folder of YAML rules, a zip of one, or a single rule file), turned into a pack with every rule that loads.
 * Rules that cannot load are listed with the reason, never dropped silently. The result is pack JSON for the
 * editor, checked again by the background when it is added.
 */
export async function readPackFiles(files: readonly PickedFile[]): Promise<PickedPack> {
  if (files.length === 0) return { ok: false, error: 'No file was picked.' };
  if (files.length > MAX_FILES) return { ok: false, error: `That folder holds ${files.length} files; a Vale style holds YAML rules only. Pick the style's own folder.` };
  if (files.length === 1) {
    const [file] = files as [PickedFile];
    if (/\.zip$/i.test(file.name)) {
      const unzipped = unzipStyle(await file.bytes());
      if (!unzipped.ok) return { ok: false, error: `${file.name}: ${unzipped.error}.` };
      return fromVale(unzipped.files, file.name.replace(/\.zip$/i, ''), file.name);
    }
    if (/\.ya?ml$/i.test(file.name)) return fromVale([{ path: file.name, text: await file.text() }], 'Vale', file.name);
    return { ok: true, text: await file.text(), fileName: file.name, summary: `Read ${file.name}. Check it below, then add it.`, skipped: [] };
  }
  const yaml = files.filter((f) => /\.ya?ml$/i.test(f.name));
  const folder = files[0]!.path.split('/')[0] || 'Vale';
  if (yaml.length === 0) return { ok: false, error: `${folder} holds no YAML files: pick a Vale style's folder, a zip of one, or a pack's JSON file.` };
  const styleFiles: StyleFile[] = await Promise.all(yaml.map(async (f) => ({ path: f.path, text: await f.text() })));
  return fromVale(styleFiles, folder, folder);
}

function fromVale(files: readonly StyleFile[], name: string, fileName: string): PickedPack {
  const style = readValeStyle(files, name);
  if (style.total === 0) return { ok: false, error: `${fileName} holds no Vale rules (YAML files with "extends").` };
  const loaded = style.pack.rules.length;
  const summary =
    `Read ${fileName} as a Vale style: ${loaded} of ${style.total} ${style.total === 1 ? 'rule loads' : 'rules load'}` +
    (style.skipped.length ? `; ${style.skipped.length} could not (listed below).` : '.') +
    ' Check the pack below, then add it.';
  return { ok: true, text: JSON.stringify(style.pack, null, 2), fileName, summary, skipped: style.skipped };
}

/** The browser's File as a PickedFile. */
export function pickedFile(file: File): PickedFile {
  return {
    path: file.webkitRelativePath || file.name,
    name: file.name,
    text: () => file.text(),
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
  };
}
