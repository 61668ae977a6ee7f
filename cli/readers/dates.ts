/** Column and field names that hold when a post was published, in common exports, in the order tried. */
export const DATE_FIELDS = ['at', 'date', 'created_at', 'createdAt', 'published', 'published_at', 'publishedAt', 'timestamp', 'time'];

/**
 * A publication time as ISO 8601, from a string any JavaScript date parser reads or a number of seconds or
 * milliseconds since 1970; undefined for anything else (an empty cell, "soon").
 */
export function isoDate(value: unknown): string | undefined {
  let ms: number;
  if (typeof value === 'number' && Number.isFinite(value)) ms = value < 1e11 ? value * 1000 : value;
  else if (typeof value === 'string' && value.trim()) ms = /^\d{9,13}$/.test(value.trim()) ? isoFromDigits(value.trim()) : Date.parse(value);
  else return undefined;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function isoFromDigits(digits: string): number {
  const n = Number(digits);
  return digits.length <= 10 ? n * 1000 : n;
}

/** The index of the first header column named like a date (case-insensitive), or -1. */
export function dateColumn(header: readonly string[]): number {
  const names = header.map((name) => name.trim().toLowerCase());
  for (const field of DATE_FIELDS) {
    const index = names.indexOf(field.toLowerCase());
    if (index !== -1) return index;
  }
  return -1;
}
