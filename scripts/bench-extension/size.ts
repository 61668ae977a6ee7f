import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface SizeFigure {
  file: string;
  bytes: number;
  /** gzip -9 of the same file: what a download would weigh; for information (the browser reads `bytes`). */
  gzipBytes: number;
}

export function measureSize(file: string): SizeFigure {
  const content = readFileSync(file);
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}
