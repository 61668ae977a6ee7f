import { DATE_FIELDS, isoDate } from './dates';
import type { RawRecord } from './types';

/** Fields that hold a post's text in common exports, tried when the default field `text` is absent. */
const FALLBACK_FIELDS = ['full_text', 'content', 'body', 'message', 'post', 'ShareCommentary', 'commentary'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The post text in a JSON value: a string is the post; an object holds it in `field` (when the field was
 * not chosen, also in a few usual names, and inside a `tweet` wrapper as in X archives).
 */
export function textOf(value: unknown, field: string | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return undefined;
  if (field !== undefined) {
    if (typeof value[field] === 'string') return value[field];
    return isObject(value.tweet) ? textOf(value.tweet, field) : undefined;
  }
  if (typeof value.text === 'string') return value.text;
  for (const name of FALLBACK_FIELDS) if (typeof value[name] === 'string') return value[name] as string;
  if (isObject(value.tweet)) return textOf(value.tweet, undefined);
  return undefined;
}

/** A record for one parsed JSON value. */
export function recordOf(value: unknown, line: number, field: string | undefined): RawRecord {
  const text = textOf(value, field);
  if (text === undefined) {
    const what = typeof value === 'string' || isObject(value) ? `no "${field ?? 'text'}" field` : `a ${describe(value)}, not a post`;
    return { kind: 'malformed', line, reason: `${what}` };
  }
  if (!text.trim()) return { kind: 'empty', line };
  const at = isObject(value) ? dateOf(value) : undefined;
  return at ? { kind: 'post', line, text, at } : { kind: 'post', line, text };
}

/** When an object's post was published, from the first date-named field that reads as one. */
function dateOf(value: Record<string, unknown>): string | undefined {
  for (const field of DATE_FIELDS) {
    const at = isoDate(value[field]);
    if (at) return at;
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value;
}

/** A short reason from a JSON.parse error, without the engine's own wording around it. */
export function jsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const short = message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/^JSON\.parse: /, '');
  return `not valid JSON (${short})`;
}
