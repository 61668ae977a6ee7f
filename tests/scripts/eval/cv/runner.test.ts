import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../../scripts/eval/cli';
import { PLANS } from '../../../../scripts/eval/cv/plans';
import { crossValidateSet, foldsOfItems } from '../../../../scripts/eval/cv/runner';
import { parseCsv } from '../../../../scripts/eval/data';
import { clickbait, youtubeSpam } from '../../../../scripts/eval/sets';
import { WEIGHTS, clickbaitSentences } from '../../../../rules/signals/clickbait';
import { analyze } from '../../../../rules/engine/analyze';
import { ChunkCache, createDoc } from '../../../../rules/engine/document';

// Hand-written comments in the shape of the YouTube set (no rows of the real data).
const SPAM = [
  'Check out my channel for new music every week!',
  'Please subscribe to my channel, it would mean a lot',
  'Make $300 a day from home, visit example.com/offer',
  'Subscribe to me and I will subscribe back',
  'Watch my new video, link in my bio',
  'Free gift cards here: giftcards.example.com',
  'Hey guys, I am a young rapper, check out my mixtape',
  'Follow me on instagram @someone for giveaways',
  'sub to my channel pls, trying to reach 1000 subs',
  'Visit my site for cheap followers: followers.example',
];
const HAM = [
  'This song never gets old',
  'The bridge at 2:30 gives me chills every time',
  'Who is still listening in 2015?',
  'Her voice is incredible in this one',
  'I remember dancing to this at my cousin\u2019s wedding',
  'The video looks so much better in HD',
  'Best chorus of the whole album',
  'My dad played this in the car all the time',
  'The drummer is doing something clever in the second verse',
  'Still a classic after all these years',
];
const csv = ['text,label,video', ...SPAM.map((t) => `"${t}",spam,v`), ...HAM.map((t) => `"${t}",ham,v`)].join('\n');

describe('crossValidateSet', () => {
  it('keeps the texts of a row in one fold and deals labels evenly', () => {
    const { items } = clickbait.label(parseCsv('text,label\nA Story,news\nB Story,news\nYou Will Cry,clickbait\nWhat Next,clickbait\n'));
    const folds = foldsOfItems(items, 2, 1);
    const byRow = new Map<number, Set<number>>();
    items.forEach((item, i) => byRow.set(item.row, (byRow.get(item.row) ?? new Set()).add(folds[i]!)));
    for (const set of byRow.values()) expect(set.size).toBe(1);
  });

  it('reports dev figures and one set of held-out figures per fold, and leaves the engine as it was', () => {
    const { items } = youtubeSpam.label(parseCsv(csv));
    const { dev, perFold, choices } = crossValidateSet(youtubeSpam, PLANS['youtube-spam']!, items, 5, 1);
    expect(dev.map((f) => f.id)).toEqual(['selfPromotion.auc', 'flags.precision', 'flags.recall', 'flags.f1']);
    expect(perFold).toHaveLength(5);
    expect(choices).toHaveLength(5);
    expect(choices[0]).toMatch(/self-promotion threshold/);
    // Cue rewrites and weights are undone after the run.
    expect(analyze('Check out my channel and subscribe!', { platform: 'youtube' }).signals.selfPromotion).toBeGreaterThan(0.5);
    expect(clickbaitSentences(createDoc('You won\u2019t believe what happened next', undefined, new ChunkCache()))[0]!.score).toBeGreaterThan(0.8);
    expect(WEIGHTS.bias).toBe(-0.8);
  });
});

describe('npm run eval -- --folds', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-cv-'));
    writeFileSync(join(dir, 'youtube-spam.csv'), csv);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
  };

  it('prints dev beside held-out figures, with what each fold chose', async () => {
    const a = capture();
    expect(await main(['--data', dir, '--set', 'youtube-spam', '--folds', '5', '--seed', '3'], a.io)).toBe(0);
    const text = a.out.join('\n');
    expect(text).toMatch(/5 folds, seed 3/);
    expect(text).toMatch(/held-out mean/);
    expect(text).toMatch(/fold 5: self-promotion threshold/);
    expect(text).toMatch(/targets met on held-out folds/);
  });

  it('gives JSON with every fold value', async () => {
    const a = capture();
    expect(await main(['--data', dir, '--set', 'youtube-spam', '--folds', '2', '--format', 'json'], a.io)).toBe(0);
    const json = JSON.parse(a.out.join('\n'));
    expect(json.k).toBe(2);
    expect(json.sets[0].figures[0].folds).toHaveLength(2);
  });

  it('refuses one fold', async () => {
    const a = capture();
    expect(await main(['--data', dir, '--folds', '1'], a.io)).toBe(2);
    expect(a.err.join()).toMatch(/at least 2 folds/);
  });
});
