import { slugify } from '@/rules/house/slug';
import { readPack } from './pack-object';

/** The file name for a pack's text: its id, else its name made safe, else "house-pack". */
export function packFileName(text: string): string {
  const read = readPack(text);
  const pack = read.ok ? read.pack : {};
  const from = [pack.id, pack.name].find((v): v is string => typeof v === 'string' && v.trim() !== '') ?? '';
  return `${slugify(from, 'house-pack')}.json`;
}

/** Offers a pack's text as a file download, so a brand lead can hand it on. */
export function downloadPack(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The text being edited as a file, so a pack written here can be handed on before it is added. */
export function savePackFile(text: string): void {
  downloadPack(text, packFileName(text));
}
