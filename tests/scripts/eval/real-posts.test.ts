import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/eval/data';
import { POST_LABELS } from '../../../scripts/eval/brand-posts';
import type { Sample } from '../../../scripts/eval/measures';
import { ACCOUNTS, REAL_POST_LABELS, accountShares, readAccount, realPosts } from '../../../scripts/eval/real-posts';

const repoRoot = resolve(__dirname, '../../..');
const realworld = resolve(repoRoot, '../shared/realworld');
const labels = parseCsv(readFileSync(REAL_POST_LABELS, 'utf8'));

describe('the real post labels', () => {
  it('hold only an account, an id and a label: no post text', () => {
    expect(Object.keys(labels[0]!)).toEqual(['account', 'id', 'label']);
    for (const row of labels) {
      expect(ACCOUNTS.map((a) => a.account)).toContain(row.account);
      expect(POST_LABELS).toContain(row.label);
      expect(row.id).toMatch(/^\d+$|^https:\/\/www\.linkedin\.com\/feed\/update\/urn%3Ali%3A/);
    }
    expect(labels.length).toBeGreaterThanOrEqual(300);
  });
});

describe('accountShares', () => {
  const s = (account: string, label: string, kind: string) => ({ text: '', label, positive: false, account, result: { signals: {}, ruleIds: [], principles: [], kind } }) as Sample & { account: string };
  it('compares each account\u2019s promotion share with the reader\u2019s, within 8 points', () => {
    const figures = accountShares('r', [s('a', 'promotion', 'promotion'), s('a', 'other', 'other'), s('b', 'promotion', 'other'), s('b', 'other', 'other')]);
    expect(figures.map((f) => [f.id, f.value, f.pass])).toEqual([
      ['share.a', 0, true],
      ['share.b', 0.5, false],
    ]);
  });
});

describe.skipIf(!existsSync(realworld))('the real archives, read in place', () => {
  it('find every labelled post by its id', async () => {
    const rows = await realPosts.read!({ dataDir: '', realworldDir: realworld });
    expect(rows).toHaveLength(labels.length);
    const missing = rows.filter((r) => !r.text);
    expect(missing).toEqual([]);
  });

  it('give each post of an account once, with its id, and no retweets', async () => {
    const posts = await readAccount(realworld, ACCOUNTS.find((a) => a.account === 'jacklance')!);
    expect(posts.length).toBeGreaterThan(400);
    expect(posts.every((p) => /^\d+$/.test(p.id) && !p.text.startsWith('RT @'))).toBe(true);
  });
});
