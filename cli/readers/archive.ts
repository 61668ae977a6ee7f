import { readLinkedInComments } from './linkedin-comments';
import { readLinkedInShares } from './linkedin-shares';
import { decode } from './source';
import { readTweetsJs, type TweetsOptions } from './tweets-js';
import { InputError, type ByteInput, type RawRecord } from './types';

/**
 * The files of an archive, wherever they are: a zip (`openZip`), a folder on disk (the CLI's
 * `folderFiles`), or the files a browser was given (`blobFiles`). Paths are relative, `/`-separated.
 */
export interface ArchiveFiles {
  /** What to call the archive in messages. */
  name: string;
  paths: readonly string[];
  open(path: string): ByteInput;
}

/** Files a page was given (`<input webkitdirectory>`, a drop): each `File` with its relative path. */
export function blobFiles(name: string, files: readonly { path: string; blob: Blob }[]): ArchiveFiles {
  const byPath = new Map(files.map((f) => [f.path.replace(/\\/g, '/').replace(/^\.?\//, ''), f.blob]));
  return {
    name,
    paths: [...byPath.keys()],
    open(path) {
      const blob = byPath.get(path);
      if (!blob) throw new InputError(`${name} has no file ${path}.`);
      return blob.stream() as ReadableStream<Uint8Array>;
    },
  };
}

/** What an archive holds and how it will be read. */
export interface ArchivePlan {
  /** The archive's kind, by its posts: an X archive, or a LinkedIn export. */
  format: 'tweets-js' | 'linkedin-shares';
  /**
   * The files to read, in order, with the number of entries the manifest promises for each, and the format
   * of those that differ from the archive's (a LinkedIn export's comments).
   */
  parts: { path: string; expected?: number; format?: 'linkedin-comments' }[];
  owner?: TweetsOptions['owner'];
  /** Things to tell the user about the archive as a whole; reading adds to them (a count that differs). */
  notes: string[];
}

const MAX_MANIFEST = 16 * 1024 * 1024;
const depth = (path: string): number => path.split('/').length;
const shallowest = (paths: readonly string[]): string | undefined => [...paths].sort((a, b) => depth(a) - depth(b) || a.localeCompare(b))[0];
const dirOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);

/**
 * Finds the posts in an archive:
 * - an X archive (`data/manifest.js` beside `data/tweets.js`): the tweet parts the manifest lists under
 *   `tweets` (or `tweet` in 2020 archives), `tweets-part1.js` and on included, in its order, with its counts
 *   to check against. Deleted tweets are not posts and are left out. Without a manifest, `tweets.js` (or
 *   `tweet.js`) and its numbered parts by exact name, so a stray `tweets-part1 copy.js` is never merged in;
 * - a LinkedIn export: `Shares.csv`, then `Comments.csv` beside it (comments under other people's posts are
 *   the user's conversation, and count in the ratio as such).
 */
export async function planArchive(files: ArchiveFiles): Promise<ArchivePlan> {
  const paths = new Set(files.paths);
  const manifestPath = shallowest(files.paths.filter((p) => /(^|\/)manifest\.js$/.test(p) && hasTweetsBeside(p, paths))) ??
    shallowest(files.paths.filter((p) => /(^|\/)data\/manifest\.js$/.test(p)));
  if (manifestPath) {
    const plan = await fromManifest(files, manifestPath, paths);
    if (plan) return plan;
  }
  const first = shallowest(files.paths.filter((p) => /(^|\/)tweets?\.js$/.test(p)));
  if (first) {
    const dir = dirOf(first);
    const base = first.slice(dir.length).replace(/\.js$/, '');
    const numbered = files.paths
      .map((p) => ({ p, m: p.startsWith(dir) ? new RegExp(`^${base}-part(\\d+)\\.js$`).exec(p.slice(dir.length)) : null }))
      .filter((x): x is { p: string; m: RegExpExecArray } => x.m !== null)
      .sort((a, b) => Number(a.m[1]) - Number(b.m[1]))
      .map((x) => ({ path: x.p }));
    const parts = [{ path: first }, ...numbered];
    const notes = [`${files.name} has no manifest.js; read ${parts.map((p) => p.path).join(', ')} by name.`];
    return { format: 'tweets-js', parts, notes };
  }
  const shares = shallowest(files.paths.filter((p) => /(^|\/)shares\.csv$/i.test(p)));
  if (shares) {
    const comments = files.paths.find((p) => p.toLowerCase() === `${dirOf(shares)}comments.csv`.toLowerCase());
    const parts: ArchivePlan['parts'] = [{ path: shares }];
    if (comments) parts.push({ path: comments, format: 'linkedin-comments' });
    return { format: 'linkedin-shares', parts, notes: [] };
  }
  throw new InputError(
    `${files.name} holds no posts Rapport knows: no data/tweets.js (an X archive) and no Shares.csv (a LinkedIn export).`,
  );
}

function hasTweetsBeside(manifest: string, paths: ReadonlySet<string>): boolean {
  const dir = dirOf(manifest);
  return paths.has(`${dir}tweets.js`) || paths.has(`${dir}tweet.js`);
}

interface Manifest {
  userInfo?: { userName?: unknown; accountId?: unknown };
  dataTypes?: Record<string, { files?: { fileName?: unknown; count?: unknown }[] }>;
}

async function fromManifest(files: ArchiveFiles, manifestPath: string, paths: ReadonlySet<string>): Promise<ArchivePlan | undefined> {
  const notes: string[] = [];
  let manifest: Manifest;
  try {
    manifest = await readManifest(files.open(manifestPath));
  } catch (error) {
    notes.push(`${manifestPath} could not be read (${(error as Error).message}); tweet files are found by name.`);
    return undefined;
  }
  const listed = manifest.dataTypes?.tweets?.files ?? manifest.dataTypes?.tweet?.files;
  if (!Array.isArray(listed) || !listed.length) return undefined;
  // The manifest names files from the archive's root (`data/tweets.js`); the archive may sit in a folder,
  // or be the data folder itself.
  const dataDir = dirOf(manifestPath);
  const root = dataDir.replace(/data\/$/, '');
  const parts: ArchivePlan['parts'] = [];
  for (const file of listed) {
    if (typeof file.fileName !== 'string') continue;
    const candidates = [root + file.fileName, dataDir + file.fileName.replace(/^data\//, '')];
    const path = candidates.find((c) => paths.has(c));
    const expected = typeof file.count === 'string' || typeof file.count === 'number' ? Number(file.count) : undefined;
    if (!path) notes.push(`${manifestPath} lists ${file.fileName}, which is not in ${files.name}.`);
    else parts.push(Number.isFinite(expected) ? { path, expected } : { path });
  }
  if (!parts.length) return undefined;
  const user = manifest.userInfo ?? {};
  const owner = {
    ...(typeof user.userName === 'string' ? { userName: user.userName } : {}),
    ...(typeof user.accountId === 'string' ? { accountId: user.accountId } : {}),
  };
  return { format: 'tweets-js', parts, owner, notes };
}

/** `window.__THAR_CONFIG = {...}`: the JSON after the `=` (small: read whole, never evaluated). */
async function readManifest(input: ByteInput): Promise<Manifest> {
  let text = '';
  for await (const chunk of decode(input)) {
    text += chunk;
    if (text.length > MAX_MANIFEST) throw new Error('it is far larger than a manifest');
  }
  const json = text.slice(text.indexOf('=') + 1).trim().replace(/;$/, '');
  const value = JSON.parse(json) as unknown;
  if (typeof value !== 'object' || value === null) throw new Error('it holds no settings');
  return value as Manifest;
}

/**
 * The records of every part, in order, each with the file it comes from. After each part, a count that
 * differs from the manifest's is added to `plan.notes`: posts may be missing, and the user should know.
 */
export async function* readArchive(files: ArchiveFiles, plan: ArchivePlan): AsyncGenerator<RawRecord> {
  for (const part of plan.parts) {
    const input = files.open(part.path);
    const records =
      part.format === 'linkedin-comments'
        ? readLinkedInComments(input)
        : plan.format === 'tweets-js'
          ? readTweetsJs(input, { owner: plan.owner })
          : readLinkedInShares(input);
    let entries = 0;
    for await (const record of records) {
      entries += 1;
      yield { ...record, file: part.path };
    }
    if (part.expected !== undefined && part.expected !== entries) {
      plan.notes.push(`${part.path}: read ${entries} entries where the manifest promises ${part.expected}.`);
    }
  }
}
