import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLinkedInShares } from '../../cli/readers/linkedin-shares';
import { readTweetsJs } from '../../cli/readers/tweets-js';
import type { RawRecord, Reader } from '../../cli/readers/types';
import type { PlatformId } from '../../platforms/types';
import { fixed } from '../lib/table';
import { atLeast, atMost } from '../lib/targets';
import { MissingDataError, parseCsv, type CsvRow } from './data';
import { makeFigure, type Figure, type Sample } from './measures';
import { confusion, precisionRecall } from './metrics';
import { POST_LABELS, tuneErrors } from './brand-posts';
import { assignFolds } from './cv/folds';
import { defineSet, labelOf, type LabelledText } from './sets';

/**
 * Real posts: the X archives and LinkedIn exports in shared/realworld, read in place through the CLI's own
 * readers, and a careful reader's labels for a sample of their English posts, kept in the repository by
 * post id only (tests/fixtures/posts/real-post-labels.csv; no post text is stored).
 */
export const REAL_POST_LABELS = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/posts/real-post-labels.csv');

export interface Account {
  /** The name the labels use. */
  account: string;
  /** Path under the realworld folder. */
  file: string;
  platform: PlatformId;
  reader: Reader;
  /** The field holding the post's id: a tweet's id_str, a LinkedIn share's ShareLink. */
  idField: string;
}

export const ACCOUNTS: readonly Account[] = [
  { account: 'denchi-lumeninferius', file: 'twitter/denchi-lumeninferius.tweet.js', platform: 'x', reader: readTweetsJs, idField: 'id_str' },
  { account: 'jacklance', file: 'twitter/jacklance.tweets.js', platform: 'x', reader: readTweetsJs, idField: 'id_str' },
  { account: 'smithjd', file: 'twitter/smithjd.tweets.js', platform: 'x', reader: readTweetsJs, idField: 'id_str' },
  { account: 'milahu104', file: 'twitter/milahu104.tweets.js', platform: 'x', reader: readTweetsJs, idField: 'id_str' },
  { account: 'boriskehr76', file: 'linkedin/boriskehr76.Shares.csv', platform: 'linkedin', reader: readLinkedInShares, idField: 'ShareLink' },
  { account: 'femi10', file: 'linkedin/femi10.Shares.csv', platform: 'linkedin', reader: readLinkedInShares, idField: 'ShareLink' },
  { account: 'sanand0', file: 'linkedin/sanand0.Shares.csv', platform: 'linkedin', reader: readLinkedInShares, idField: 'ShareLink' },
  { account: 'sstellamary', file: 'linkedin/sstellamary.Shares.csv', platform: 'linkedin', reader: readLinkedInShares, idField: 'ShareLink' },
];

export interface RealPost {
  account: string;
  id: string;
  text: string;
  platform: PlatformId;
}

/**
 * An account's own posts with their ids. The readers give one record per entry in file order; read once for
 * the text and once with the id field as the "text", the two line up by index. Retweets and empty shares are
 * not the account's words and are left out.
 */
export async function readAccount(realworldDir: string, account: Account): Promise<RealPost[]> {
  const path = join(realworldDir, account.file);
  const texts: RawRecord[] = [];
  for await (const record of account.reader(createReadStream(path))) texts.push(record);
  const ids: RawRecord[] = [];
  for await (const record of account.reader(createReadStream(path), { textField: account.idField })) ids.push(record);
  if (ids.length !== texts.length) throw new Error(`${path}: ${texts.length} records but ${ids.length} ids`);
  const out: RealPost[] = [];
  texts.forEach((record, i) => {
    const id = ids[i];
    if (record.kind === 'post' && id?.kind === 'post') out.push({ account: account.account, id: id.text, text: record.text, platform: account.platform });
  });
  return out;
}

export function requireRealworld(realworldDir: string | undefined): string {
  const dir = resolve(realworldDir ?? '../shared/realworld');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new MissingDataError(`Real posts folder not found: ${dir}\nPass it with --realworld, e.g. --realworld ../shared/realworld`);
  }
  return dir;
}

/** The labelled posts: each label joined to its post by account and id, as rows of text, label and account. */
async function readLabelledPosts(realworldDir: string | undefined): Promise<CsvRow[]> {
  const dir = requireRealworld(realworldDir);
  if (!existsSync(REAL_POST_LABELS)) throw new MissingDataError(`Real post labels not found: ${REAL_POST_LABELS}`);
  const labels = parseCsv(readFileSync(REAL_POST_LABELS, 'utf8'));
  const rows: CsvRow[] = [];
  for (const account of ACCOUNTS) {
    const wanted = labels.filter((l) => l.account === account.account);
    if (wanted.length === 0) continue;
    const posts = new Map((await readAccount(dir, account)).map((p) => [p.id, p]));
    for (const label of wanted) {
      const post = posts.get(label.id ?? '');
      // A label whose post is gone is a missing row, counted as skipped.
      rows.push({ account: account.account, id: label.id ?? '', label: label.label ?? '', platform: account.platform, text: post?.text ?? '' });
    }
  }
  return rows;
}

type AccountSample = Sample & { account?: string };

/**
 * The labelled posts in two halves, stratified by account and label, by a seeded hash of the id: the engine
 * may be tuned on what the tune half shows; the report half carries the targets and is not read row by row.
 */
export function realHalves(rows: readonly { id: string; account: string; label: string }[]): ('tune' | 'report')[] {
  return assignFolds(rows.map((r) => ({ key: r.id, stratum: `${r.account}/${r.label}` })), 2, 2027).map((f) => (f === 0 ? 'tune' : 'report'));
}

function promotionFigures(set: string, suffix: string, samples: readonly Sample[], withTargets: boolean): Figure[] {
  const c = confusion(samples, (s) => s.result.kind === 'promotion', (s) => s.label === 'promotion');
  const { precision, recall, f1 } = precisionRecall(c);
  const n = { ...c };
  return [
    makeFigure(set, `promotion.precision${suffix}`, `kind=promotion precision${suffix}`, 'precision', precision, n, withTargets ? atLeast(0.85) : undefined),
    makeFigure(set, `promotion.recall${suffix}`, `kind=promotion recall${suffix}`, 'recall', recall, n, withTargets ? atLeast(0.8) : undefined),
    makeFigure(set, `promotion.f1${suffix}`, `kind=promotion F1${suffix}`, 'f1', f1, n),
  ];
}

/** Each account's promotion share by the engine and by the labels, over the labelled posts. */
export function accountShares(set: string, samples: readonly (Sample & { account?: string })[]): Figure[] {
  const accounts = [...new Set(samples.map((s) => s.account ?? ''))];
  return accounts.map((account) => {
    const mine = samples.filter((s) => s.account === account);
    const engine = mine.filter((s) => s.result.kind === 'promotion').length / mine.length;
    const reader = mine.filter((s) => s.label === 'promotion').length / mine.length;
    return makeFigure(set, `share.${account}`, `promotion share gap, ${account} (engine ${fixed(engine * 100, 0)}% vs reader ${fixed(reader * 100, 0)}%)`, 'rate', Math.abs(engine - reader), { hits: Math.round(engine * mine.length), rows: mine.length }, atMost(0.08));
  });
}

export const realPosts = defineSet({
  name: 'real-posts',
  file: 'tests/fixtures/posts/real-post-labels.csv',
  columns: ['account', 'id', 'label'],
  about: 'English posts of real X archives and LinkedIn exports (shared/realworld), labelled by post id: kind=promotion',
  read: ({ realworldDir }) => readLabelledPosts(realworldDir),
  label(rows) {
    const items: (LabelledText & { account: string })[] = [];
    const usable = rows.map((row, i) => ({ row, i })).filter(({ row }) => (POST_LABELS as readonly string[]).includes(labelOf(row)) && row.text);
    const halves = realHalves(usable.map(({ row }) => ({ id: row.id ?? '', account: row.account ?? '', label: labelOf(row) })));
    usable.forEach(({ row, i }, k) => {
      const label = labelOf(row);
      items.push({ row: i, text: row.text!, label, positive: label === 'promotion', platform: row.platform as PlatformId, use: halves[k]!, account: row.account ?? '' });
    });
    return { items, skipped: rows.length - items.length };
  },
  measure(samples, showErrors) {
    const report = samples.filter((s) => s.use === 'report') as readonly AccountSample[];
    const figures = [
      ...promotionFigures(this.name, '', report, true),
      ...accountShares(this.name, report),
      ...promotionFigures(this.name, ' (all labelled posts)', samples, false),
    ];
    return { figures, errors: tuneErrors(this.name, samples, showErrors), notes: [`${report.length} posts in the report half, ${samples.length - report.length} in the tune half`] };
  },
});
