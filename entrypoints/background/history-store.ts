import { storage } from 'wxt/utils/storage';
import type { PlatformId } from '@/platforms/types';
import type { KindAt, PostRecord } from '@/rules/history';
import { DEFAULT_PROFILE_ID } from '@/utils/settings';
import type { HistoryExport, PostPublishedAnswer, StoredPost } from '@/utils/messages';
import { historyNearlyFull as nearlyFull, historyOptionsItem, loadHistoryOptions, type HistoryOptions } from '@/utils/history-options';
import type { HistoryImportAnswer } from '@/utils/messages';
import { HISTORY_KEY, HISTORY_SALT_KEY } from '@/utils/storage-keys';

/**
 * The post history, kept in `storage.local` only (never sent anywhere). Each post is the engine's
 * `PostRecord` plus an id and a salted SHA-256 hash of its text; the text itself is kept only when the user
 * turns `keepPostText` on (off by default). The hash lets the same post, published twice or imported later,
 * be counted once, and the per-install salt keeps it from being matched against texts guessed elsewhere.
 *
 * Bounded by `maxPosts` (default 10,000) and `maxAgeDays` (default 730): the oldest go first. `nearlyFull`
 * says when the history is within a tenth of its count limit, so a page can warn before old posts drop.
 *
 * Export formats:
 * - JSON: `{ "version": 1, "posts": [ { "at", "platform", "profile"?, "reply", "kind", "signals"?,
 *   "principles"?, "findings"?, "score"?, "id", "hash", "text"? } ] }`, oldest first.
 * - CSV (RFC 4180, CRLF, a header row): `at,platform,profile,reply,kind,score,principles,findings,hash,text`;
 *   `principles` and `findings` as `id=count` pairs joined by `;`, `text` empty unless kept.
 */

interface HistoryV1 {
  posts: StoredPost[];
}
export { historyOptionsItem };
export type { HistoryOptions };
export const HISTORY_VERSION = 1;
/** Each entry takes the stored value of the version before and returns this version's shape (none yet). */
export const HISTORY_MIGRATIONS: Record<number, (stored: unknown) => unknown> = {};

export type { HistoryExport, StoredPost };
export type AddResult = PostPublishedAnswer;

const DAY_MS = 86_400_000;
export const CSV_COLUMNS = ['at', 'platform', 'profile', 'reply', 'kind', 'score', 'principles', 'findings', 'hash', 'text'] as const;

export const historyItem = storage.defineItem<HistoryV1>(`local:${HISTORY_KEY}`, {
  fallback: { posts: [] },
  version: HISTORY_VERSION,
  migrations: HISTORY_MIGRATIONS,
});
const saltItem = storage.defineItem<string | null>(`local:${HISTORY_SALT_KEY}`, { fallback: null });

export function createHistoryStore(now: () => number = Date.now) {
  // Writes one after another: two posts published together must not overwrite each other's read.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const options = loadHistoryOptions;

  async function salt(): Promise<string> {
    const stored = await saltItem.getValue();
    if (stored) return stored;
    const made = hex(crypto.getRandomValues(new Uint8Array(16)));
    await saltItem.setValue(made);
    return made;
  }

  // The background is the only writer, so the list read once stays right until it writes: the composer's
  // check reads the recent posts on every edit and must not parse 10,000 records each time.
  let cached: Promise<StoredPost[]> | undefined;
  function posts(): Promise<StoredPost[]> {
    cached ??= historyItem.getValue().then(
      (value: Partial<HistoryV1> | null) => (Array.isArray(value?.posts) ? value.posts : []),
      () => [],
    );
    return cached;
  }
  async function write(list: StoredPost[]): Promise<void> {
    cached = undefined;
    await historyItem.setValue({ posts: list });
    cached = Promise.resolve(list);
  }

  /** The posts left after retention: none older than the age limit, at most the count limit, newest kept. */
  function retain(list: StoredPost[], o: HistoryOptions): StoredPost[] {
    const oldest = now() - o.maxAgeDays * DAY_MS;
    const young = list.filter((p) => Date.parse(p.at) >= oldest);
    young.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return young.slice(Math.max(0, young.length - o.maxPosts));
  }

  return {
    options,
    /** The salted hash of a post's text (whitespace at the ends ignored), as hex. */
    async hash(text: string): Promise<string> {
      return saltedHash(await salt(), text);
    },
    /** Stores a post unless the same text is already there. */
    add(record: PostRecord, text: string): Promise<AddResult> {
      return serial(async () => {
        const [o, list, hash] = await Promise.all([options(), posts(), this.hash(text)]);
        if (list.some((p) => p.hash === hash)) return { added: false, nearlyFull: nearlyFull(list.length, o) };
        const post: StoredPost = { ...record, id: crypto.randomUUID(), hash, ...(o.keepPostText ? { text } : {}) };
        const kept = retain([...list, post], o);
        await write(kept);
        return { added: kept.some((p) => p.id === post.id), nearlyFull: nearlyFull(kept.length, o) };
      });
    },
    /**
     * Stores imported posts in one write: each text hashed as `add` hashes it, the ones already stored (or
     * twice in the batch) skipped, retention applied once. `tooOld` counts new posts retention dropped at once.
     */
    addMany(entries: readonly { record: PostRecord; text: string }[]): Promise<HistoryImportAnswer> {
      return serial(async () => {
        const [o, list] = await Promise.all([options(), posts()]);
        const seen = new Set(list.map((p) => p.hash));
        const key = await salt();
        const hashes = await Promise.all(entries.map((e) => saltedHash(key, e.text)));
        const fresh: StoredPost[] = [];
        entries.forEach(({ record, text }, i) => {
          const hash = hashes[i] as string;
          if (seen.has(hash)) return;
          seen.add(hash);
          fresh.push({ ...record, id: crypto.randomUUID(), hash, ...(o.keepPostText ? { text } : {}) });
        });
        const duplicates = entries.length - fresh.length;
        if (!fresh.length) return { added: 0, duplicates, tooOld: 0, nearlyFull: nearlyFull(list.length, o) };
        const kept = retain([...list, ...fresh], o);
        await write(kept);
        const ids = new Set(kept.map((p) => p.id));
        const added = fresh.filter((p) => ids.has(p.id)).length;
        return { added, duplicates, tooOld: fresh.length - added, nearlyFull: nearlyFull(kept.length, o) };
      });
    },
    /** Every post, oldest first. */
    async posts(): Promise<StoredPost[]> {
      return [...(await posts())];
    },
    /** The last `count` posts of a profile on a platform, oldest first, as the ratio rule needs them. */
    async recent(profile: string, platform: PlatformId | undefined, count: number): Promise<KindAt[]> {
      const mine = (await posts()).filter((p) => (p.profile ?? DEFAULT_PROFILE_ID) === profile && (!platform || p.platform === platform));
      return mine.slice(Math.max(0, mine.length - count)).map(({ at, kind }) => ({ at, kind }));
    },
    async nearlyFull(): Promise<boolean> {
      return nearlyFull((await posts()).length, await options());
    },
    async exportJson(): Promise<HistoryExport> {
      return { version: 1, posts: await posts() };
    },
    async exportCsv(): Promise<string> {
      const rows = (await posts()).map((p) =>
        [p.at, p.platform, p.profile ?? '', String(p.reply), p.kind, p.score === undefined ? '' : String(p.score), pairs(p.principles), pairs(p.findings), p.hash, p.text ?? '']
          .map(csvField)
          .join(','),
      );
      return [CSV_COLUMNS.join(','), ...rows].map((line) => `${line}\r\n`).join('');
    },
    /** Deletes every post (the salt stays, so a post imported again is still recognised). */
    clear(): Promise<void> {
      return serial(() => write([]));
    },
  };
}
export type HistoryStore = ReturnType<typeof createHistoryStore>;

async function saltedHash(salt: string, text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\n${text.trim()}`));
  return hex(new Uint8Array(digest));
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function pairs(counts: Readonly<Record<string, number | undefined>> | undefined): string {
  return Object.entries(counts ?? {})
    .map(([id, n]) => `${id}=${n}`)
    .join(';');
}

/** A CSV field, quoted when it holds a separator, a quote or a line break; a leading formula sign neutralised. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) && Number.isNaN(Number(value)) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
