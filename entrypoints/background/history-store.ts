import { storage } from 'wxt/utils/storage';
import type { PlatformId } from '@/platforms/types';
import type { KindAt, PostRecord } from '@/rules/history';
import { DEFAULT_PROFILE_ID } from '@/utils/settings';
import type { HistoryExport, PostPublishedAnswer, StoredPost } from '@/utils/messages';
import { historyNearlyFull as nearlyFull, historyOptionsItem, loadHistoryOptions, type HistoryOptions } from '@/utils/history-options';
import type { HistoryImportAnswer, HistoryImportStartAnswer, ImportedPost } from '@/utils/messages';
import { HISTORY_KEY, HISTORY_REVISION_KEY, HISTORY_SALT_KEY } from '@/utils/storage-keys';
import { isStoredPost, oldestFirst, openHistoryDb, type HistoryDb } from '@/utils/history-db';
import { hex, saltedHash } from '@/utils/post-hash';

/**
 * The post history, kept on this machine only (never sent anywhere): in the extension's IndexedDB database
 * (history-db.ts), with a change token in `storage.local` that pages watch to know when to ask again. Each
 * post is the engine's `PostRecord` plus an id and a salted SHA-256 hash of its text; the text itself is kept
 * only when the user turns `keepPostText` on (off by default). The hash lets the same post, published twice
 * or imported later, be counted once, and the per-install salt keeps it from being matched against texts
 * guessed elsewhere.
 *
 * Bounded by `maxPosts` (default 10,000) and `maxAgeDays` (default 730): the oldest go first. `nearlyFull`
 * says when the history is within a tenth of its count limit, so a page can warn before old posts drop.
 *
 * Installs from before the database kept the history as one `storage.local` value (`history`, version 1):
 * the first read moves its posts into the database and removes it.
 *
 * Export formats:
 * - JSON: `{ "version": 1, "posts": [ { "at", "platform", "profile"?, "reply", "kind", "signals"?,
 *   "principles"?, "findings"?, "score"?, "id", "hash", "text"? } ] }`, oldest first.
 * - CSV (RFC 4180, CRLF, a header row): `at,platform,profile,reply,kind,score,principles,findings,hash,text`;
 *   `principles` and `findings` as `id=count` pairs joined by `;`, `text` empty unless kept.
 */

export { historyOptionsItem };
export type { HistoryOptions };

export type { HistoryExport, StoredPost };
export type AddResult = PostPublishedAnswer;

const DAY_MS = 86_400_000;
export const CSV_COLUMNS = ['at', 'platform', 'profile', 'reply', 'kind', 'score', 'principles', 'findings', 'hash', 'text'] as const;

/** The history as `storage.local` held it before the database: read once, to move it, then removed. */
export const legacyHistoryItem = storage.defineItem<{ posts?: unknown } | null>(`local:${HISTORY_KEY}`, { fallback: null });
const saltItem = storage.defineItem<string | null>(`local:${HISTORY_SALT_KEY}`, { fallback: null });
/** A fresh token after every change of the history, for pages to watch (the history itself is not in storage.local). */
export const historyRevisionItem = storage.defineItem<string | null>(`local:${HISTORY_REVISION_KEY}`, { fallback: null });

export function createHistoryStore(now: () => number = Date.now, db: HistoryDb = openHistoryDb()) {
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
  // check reads the recent posts on every edit and must not read 10,000 records each time.
  let cached: Promise<StoredPost[]> | undefined;
  function posts(): Promise<StoredPost[]> {
    cached ??= load().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return cached;
  }
  async function load(): Promise<StoredPost[]> {
    const [stored, legacy] = await Promise.all([db.all(), legacyHistoryItem.getValue().catch(() => null)]);
    if (legacy === null) return stored;
    const ids = new Set(stored.map((p) => p.id));
    const moving = (Array.isArray(legacy?.posts) ? (legacy.posts as unknown[]) : []).filter(isStoredPost).filter((p) => !ids.has(p.id));
    await db.change(moving, []);
    await legacyHistoryItem.removeValue({ removeMeta: true });
    return oldestFirst([...stored, ...moving]);
  }
  /** Stores the posts `next` adds to `list` and deletes the ones it leaves out, then tells the pages. */
  async function write(list: readonly StoredPost[], next: StoredPost[]): Promise<void> {
    const keep = new Set(next.map((p) => p.id));
    const had = new Set(list.map((p) => p.id));
    cached = undefined;
    await db.change(
      next.filter((p) => !had.has(p.id)),
      list.filter((p) => !keep.has(p.id)),
    );
    cached = Promise.resolve(next);
    await historyRevisionItem.setValue(crypto.randomUUID());
  }

  /** The posts left after retention: none older than the age limit, at most the count limit, newest kept. */
  function retain(list: readonly StoredPost[], o: HistoryOptions): StoredPost[] {
    const oldest = now() - o.maxAgeDays * DAY_MS;
    const young = oldestFirst(list).filter((p) => Date.parse(p.at) >= oldest);
    return young.slice(Math.max(0, young.length - o.maxPosts));
  }

  return {
    options,
    /** The salted hash of a post's text (whitespace at the ends ignored), as hex. */
    async hash(text: string): Promise<string> {
      return saltedHash(await salt(), text);
    },
    /** What an import in the dashboard needs to hash its posts as `hash` does, and whether to send their text. */
    async importStart(): Promise<HistoryImportStartAnswer> {
      const [key, o] = await Promise.all([salt(), options()]);
      return { salt: key, keepPostText: o.keepPostText };
    },
    /** Stores a post unless the same text is already there. */
    add(record: PostRecord, text: string): Promise<AddResult> {
      return serial(async () => {
        const [o, list, hash] = await Promise.all([options(), posts(), this.hash(text)]);
        if (list.some((p) => p.hash === hash)) return { added: false, nearlyFull: nearlyFull(list.length, o) };
        const post: StoredPost = { ...record, id: crypto.randomUUID(), hash, ...(o.keepPostText ? { text } : {}) };
        const kept = retain([...list, post], o);
        await write(list, kept);
        return { added: kept.some((p) => p.id === post.id), nearlyFull: nearlyFull(kept.length, o) };
      });
    },
    /**
     * Stores imported posts in one write: each text hashed as `add` hashes it (or its hash taken as the
     * import's worker made it, with the salt `importStart` gave), the ones already stored (or twice in the
     * batch) skipped, retention applied once. A text is kept only if the user opted in and it came along.
     * `tooOld` counts new posts retention dropped at once.
     */
    addMany(entries: readonly ImportedPost[]): Promise<HistoryImportAnswer> {
      return serial(async () => {
        const [o, list] = await Promise.all([options(), posts()]);
        const seen = new Set(list.map((p) => p.hash));
        const key = await salt();
        const hashes = await Promise.all(entries.map((e) => e.hash ?? saltedHash(key, e.text ?? '')));
        const fresh: StoredPost[] = [];
        entries.forEach(({ record, text }, i) => {
          const hash = hashes[i] as string;
          if (seen.has(hash)) return;
          seen.add(hash);
          fresh.push({ ...record, id: crypto.randomUUID(), hash, ...(o.keepPostText && text ? { text } : {}) });
        });
        const duplicates = entries.length - fresh.length;
        if (!fresh.length) return { added: 0, duplicates, tooOld: 0, nearlyFull: nearlyFull(list.length, o) };
        const kept = retain([...list, ...fresh], o);
        await write(list, kept);
        const ids = new Set(kept.map((p) => p.id));
        const added = fresh.filter((p) => ids.has(p.id)).length;
        return { added, duplicates, tooOld: fresh.length - added, nearlyFull: nearlyFull(kept.length, o) };
      });
    },
    /** Every post, oldest first. */
    async posts(): Promise<StoredPost[]> {
      return [...(await posts())];
    },
    /**
     * The last `count` posts of a profile on a platform, oldest first, as the ratio rule needs them. A
     * history that cannot be read gives none: the draft is still coached, only without the ratio.
     */
    async recent(profile: string, platform: PlatformId | undefined, count: number): Promise<KindAt[]> {
      const all = await posts().catch(() => []);
      const mine = all.filter((p) => (p.profile ?? DEFAULT_PROFILE_ID) === profile && (!platform || p.platform === platform));
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
      return serial(async () => {
        cached = undefined;
        await Promise.all([db.clear(), legacyHistoryItem.removeValue({ removeMeta: true })]);
        cached = Promise.resolve([]);
        await historyRevisionItem.setValue(crypto.randomUUID());
      });
    },
  };
}
export type HistoryStore = ReturnType<typeof createHistoryStore>;

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
