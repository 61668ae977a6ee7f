import type { PostKind } from '../../../rules/engine/types';
import type { PostRecord } from '../../../rules/history/types';

export const T0 = Date.UTC(2025, 0, 6, 12); // a Monday, noon UTC
export const DAY = 86_400_000;

/** A history from a string of kinds, oldest first, one post a day from T0: p promotion, c conversation, v value, o other. */
export function history(kinds: string, start = T0, step = DAY): PostRecord[] {
  const names: Record<string, PostKind> = { p: 'promotion', c: 'conversation', v: 'value', o: 'other' };
  return [...kinds].map((k, i) => post({ at: new Date(start + i * step).toISOString(), kind: names[k] ?? 'other' }));
}

export function post(fields: Partial<PostRecord> & { at: string }): PostRecord {
  return { platform: 'x', reply: false, kind: 'other', ...fields };
}
