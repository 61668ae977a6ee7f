import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/eval/cli';
import { parseCsv } from '../../../scripts/eval/data';
import type { RowResult } from '../../../scripts/eval/measures';
import { formatErrors, formatText, toJson } from '../../../scripts/eval/report';
import { runEval, type AnalyzerLike } from '../../../scripts/eval/runner';
import { DATA_SETS, clickbait, corporateMessaging, vaderTweets, youtubeSpam, type Analyse } from '../../../scripts/eval/sets';

// Hand-written rows in the shape of each set (no rows of the real data). A fake analyse reads cue words
// so each figure has a known answer.
const SIGNALS = ['selfPromotion', 'callToAction', 'conversational', 'clickbait', 'sentiment'];
const fakeAnalyse: Analyse = (text) => {
  const t = text.toLowerCase();
  const signals: Record<string, number> = Object.fromEntries(SIGNALS.map((s) => [s, 0]));
  const principles: string[] = [];
  const ruleIds: string[] = [];
  if (t.includes('subscribe')) signals.selfPromotion = 0.9;
  if (t.includes('channel')) {
    signals.selfPromotion = 0.6;
    principles.push('add-value');
    ruleIds.push('self-promotion');
  }
  if (t.includes('thanks')) signals.conversational = 0.8;
  if (t.includes('sign up')) signals.callToAction = 0.7;
  if (t.includes('announce')) principles.push('conversation-not-campaign');
  if (t.includes('you won')) {
    signals.clickbait = 0.9;
    principles.push('honest-and-open');
  }
  if (/[A-Z]{4,}/.test(text)) ruleIds.push('shouting');
  const m = /mood (-?\d+)/.exec(t);
  if (m) signals.sentiment = Number(m[1]) / 4;
  return { signals, ruleIds, principles } satisfies RowResult;
};

const rows = (csv: string) => parseCsv(csv);

describe('parseCsv', () => {
  it('reads quoted newlines, quotes and commas inside a field', () => {
    const parsed = rows('text,label\n"line one\nline two, with ""quotes""",spam\nplain,ham\n');
    expect(parsed).toEqual([
      { text: 'line one\nline two, with "quotes"', label: 'spam' },
      { text: 'plain', label: 'ham' },
    ]);
  });
});

describe('set definitions', () => {
  it('youtube-spam: AUC of selfPromotion and precision/recall/F1 of add-value/quality flags', () => {
    const out = youtubeSpam.evaluate(
      rows('text,label,video\nplease subscribe,spam,v\nsee my channel,spam,v\nfree money,spam,v\nnice song,ham,v\nmy channel is better,ham,v\nlove it,ham,v\nodd,other,v\n'),
      fakeAnalyse,
      2,
    );
    const fig = Object.fromEntries(out.figures.map((f) => [f.id, f]));
    // spam scores .9 .6 0, ham 0 .6 0: pairs won 3+2.5... computed by hand: (1+1+1) + (1+0.5+1) + (0.5+0+0.5) = 6.5 of 9
    expect(fig['selfPromotion.auc']!.value).toBeCloseTo(6.5 / 9, 12);
    expect(fig['selfPromotion.auc']!.pass).toBe(false);
    expect(fig['flags.precision']!.value).toBe(0.5);
    expect(fig['flags.recall']!.value).toBeCloseTo(1 / 3, 12);
    expect(fig['flags.f1']!.target).toEqual({ op: '>=', value: 0.96 });
    expect(fig['flags.recall']!.target).toBeUndefined();
    expect(out.used).toBe(6);
    expect(out.skipped).toBe(1);
    const fps = out.errors.find((e) => e.kind.startsWith('false positives'))!;
    expect(fps.items.map((i) => i.text)).toEqual(['my channel is better']);
  });

  it('corporate-messaging: confidence 1 only, dialogue and action against information, false alarms on dialogue', () => {
    const csv = [
      'text,label,confidence,account',
      'thanks for the kind words,dialogue,1,a',
      'thanks we announce a fix,dialogue,1,a',
      'sign up today,action,1,a',
      'sign up here,action,0.6,a',
      'we opened an office,information,1,a',
      'results are out,information,1,a',
      'ignored,exclude,1,a',
    ].join('\n');
    const out = corporateMessaging.evaluate(rows(csv), fakeAnalyse, 0);
    const fig = Object.fromEntries(out.figures.map((f) => [f.id, f]));
    expect(fig['conversational.auc']!.value).toBe(1);
    expect(fig['conversational.auc']!.n).toEqual({ positive: 2, negative: 2 });
    expect(fig['callToAction.auc']!.value).toBe(1);
    expect(fig['callToAction.auc']!.n).toEqual({ positive: 1, negative: 2 });
    expect(fig['conversation.falseAlarms']!.value).toBe(0.5);
    expect(fig['conversation.falseAlarms']!.pass).toBe(false);
    expect(out.used).toBe(5);
    expect(out.errors).toEqual([]);
  });

  it('clickbait: lower-cased text for the wording figures, original case for shouting on news', () => {
    const seen: string[] = [];
    const spy: Analyse = (text, platform) => {
      seen.push(text);
      return fakeAnalyse(text, platform);
    };
    const csv = 'text,label\nYou Won A Prize,clickbait\nYou Won Again,clickbait\nThe Mayor Speaks,news\nNASA LAUNCH Delayed,news\nRates Rise,news\n';
    const out = clickbait.evaluate(rows(csv), spy, 0);
    const fig = Object.fromEntries(out.figures.map((f) => [f.id, f]));
    expect(seen.slice(0, 2)).toEqual(['you won a prize', 'you won again']);
    expect(seen).toContain('NASA LAUNCH Delayed');
    expect(fig['clickbait.auc']!.value).toBe(1);
    expect(fig['flags.precision']!.value).toBe(1);
    expect(fig['flags.recall']!.value).toBe(1);
    expect(fig['shouting.news']!.value).toBeCloseTo(1 / 3, 12);
    expect(fig['shouting.news']!.pass).toBe(false);
  });

  it('vader-tweets: Pearson r of sentiment with valence', () => {
    const out = vaderTweets.evaluate(rows('text,valence,id\nmood 2,2.1,1\nmood -3,-2.9,2\nmood 0,0.4,3\nbad,,4\n'), fakeAnalyse, 1);
    expect(out.figures[0]!.value).toBeGreaterThan(0.99);
    expect(out.figures[0]!.pass).toBe(true);
    expect(out.skipped).toBe(1);
    expect(out.errors).toHaveLength(2);
  });

  it('notes placeholder signals that are the same on every row', () => {
    const out = vaderTweets.evaluate(rows('text,valence\na,1\nb,2\n'), fakeAnalyse, 0);
    expect(out.notes.join()).toMatch(/sentiment.*every row/);
    expect(out.figures[0]!.value).toBeNaN();
    expect(out.figures[0]!.pass).toBe(false);
  });
});

describe('runEval, reports and the command line', () => {
  let dir: string;
  const fakeAnalyzer = (): AnalyzerLike => ({
    analyze: (text) => {
      const r = fakeAnalyse(text, undefined);
      return {
        signals: r.signals as never,
        findings: r.ruleIds.map((ruleId, i) => ({ ruleId, principle: (r.principles[i] ?? 'be-human') as never, severity: 'warning', message: '', start: 0, end: 0, actual: '', key: '' })),
      };
    },
  });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-eval-'));
    writeFileSync(join(dir, 'youtube-spam.csv'), 'text,label,video\nplease subscribe,spam,v\nmy channel,spam,v\nnice song,ham,v\n');
    writeFileSync(join(dir, 'vader-tweets.csv'), 'text,valence,id\nmood 2,2,1\nmood -1,-1.5,2\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the sets it finds and lists the missing ones', async () => {
    const report = await runEval({ dataDir: dir, sets: DATA_SETS, createAnalyzer: fakeAnalyzer, showErrors: 1 });
    expect(report.sets.map((s) => s.set)).toEqual(['youtube-spam', 'vader-tweets']);
    expect(report.missing.map((m) => m.set)).toEqual(['corporate-messaging', 'clickbait']);
    expect(report.analysed).toBe(5);
    const text = formatText(report);
    expect(text).toMatch(/AUC selfPromotion.*1\.000\s+>= 0\.97\s+PASS/);
    expect(text).toMatch(/rows\/s/);
    expect(text).toMatch(/clickbait: SKIPPED/);
    expect(formatErrors(report.sets.flatMap((s) => s.errors))).toMatch(/youtube-spam/);
    const json = JSON.parse(toJson(report));
    expect(json.sets[0].figures[0]).toMatchObject({ id: 'selfPromotion.auc', value: 1, pass: true });
    expect(json.sets[0].figures.find((f: { id: string }) => f.id === 'flags.precision').value).toBe(1);
    expect(JSON.stringify(json)).not.toMatch(/please subscribe/); // error samples stay out of JSON
  });

  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
  };

  it('exits 2 on a usage error and 1 when the data folder is missing', async () => {
    const a = capture();
    expect(await main(['--format', 'xml'], a.io, fakeAnalyzer)).toBe(2);
    expect(a.err.join()).toMatch(/--format/);
    const b = capture();
    expect(await main(['--bogus'], b.io, fakeAnalyzer)).toBe(2);
    const c = capture();
    expect(await main(['--data', join(dir, 'nope')], c.io, fakeAnalyzer)).toBe(1);
    expect(c.err.join()).toMatch(/Data folder not found/);
    const d = capture();
    expect(await main(['--set', 'no-such-set'], d.io, fakeAnalyzer)).toBe(2);
  });

  it('prints JSON, exits 0 for the sets asked for, whatever the figures', async () => {
    const a = capture();
    expect(await main(['--data', dir, '--format', 'json', '--set', 'youtube-spam,vader-tweets'], a.io, fakeAnalyzer)).toBe(0);
    const json = JSON.parse(a.out.join('\n'));
    expect(json.sets).toHaveLength(2);
    expect(json.summary.targets).toBe(4);
  });

  it('exits 1 when a set file is missing but still reports the others', async () => {
    const a = capture();
    expect(await main(['--data', dir], a.io, fakeAnalyzer)).toBe(1);
    expect(a.out.join('\n')).toMatch(/youtube-spam/);
    expect(a.err.join('\n')).toMatch(/clickbait\.csv/);
  });
});
