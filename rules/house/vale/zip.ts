import { unzipSync } from 'fflate';
import type { StyleFile } from './style';

/** A zip holds at most this much YAML: far more than any style (Microsoft's is 60 KB), far less than a bomb. */
const MAX_BYTES = 20 * 1024 * 1024;
const MAX_FILES = 5000;

/**
 * The YAML files of a zipped Vale style (as styles are published and shared), with their paths inside the
 * zip. Other files are not read; a zip that is not one, or that would unpack to more than a style could
 * ever be, is refused with the reason.
 */
export function unzipStyle(bytes: Uint8Array): { ok: true; files: StyleFile[] } | { ok: false; error: string } {
  let total = 0;
  let count = 0;
  let tooBig = false;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter(file) {
        if (!/\.ya?ml$/i.test(file.name) || file.name.startsWith('__MACOSX/')) return false;
        total += file.originalSize;
        count++;
        if (total > MAX_BYTES || count > MAX_FILES) tooBig = true;
        return !tooBig;
      },
    });
  } catch (error) {
    return { ok: false, error: `not a readable zip: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (tooBig) return { ok: false, error: `the zip holds more than ${MAX_FILES} YAML files or ${MAX_BYTES / 1024 / 1024} MB of them; a style is far smaller` };
  const decoder = new TextDecoder('utf-8');
  return { ok: true, files: Object.entries(entries).map(([path, data]) => ({ path, text: decoder.decode(data) })) };
}
