import { readPack } from './pack-object';

/** The file name for a pack's text: its id, else its name made safe, else "house-pack". */
export function packFileName(text: string): string {
  const read = readPack(text);
  const pack = read.ok ? read.pack : {};
  const from = [pack.id, pack.name].find((v): v is string => typeof v === 'string' && v.trim() !== '') ?? '';
  const slug = from
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'house-pack'}.json`;
}

/** Offers the text being edited as a file download, so a pack written here can be handed on before it is added. */
export function savePackFile(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = packFileName(text);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
