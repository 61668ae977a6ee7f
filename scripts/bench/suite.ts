import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { PlatformId } from '../../platforms/types';
import { atLeast, atMost, below, meets, type Target } from '../lib/targets';
import { type Contender, type Plan, iterationsNeeded, measureInterleaved } from './runner';
import { type Summary, ratio, summarize } from './stats';
import { generateArchive, parseWhole, readGenerated } from './archive';
import { benchPack, PACK_RULES, PACK_TERMS, packContenders } from './house';
import { headlineText, oneLongLine, reportContenders } from './long-text';
import { createPostGenerator, editOneWord, type PostGenerator } from './texts';
import type { Tool } from './tools';

export interface SizeCase {
  chars: number;
  platform: PlatformId | undefined;
  full: Plan;
  edit: Plan;
  /** Rapport's full analysis over compromise's parse, at most. */
  fullTarget: number;
  /**
   * Rapport's re-analysis after a one-word edit over compromise's full parse, at most. Without one, the size's
   * re-analysis is timed for information and held to no target (not against harper.js or alex either).
   */
  editTarget?: number;
}

export const SIZES: readonly SizeCase[] = [
  { chars: 280, platform: 'x', full: { warmup: 10, min: 30, max: 150, budgetMs: 5000 }, edit: { warmup: 5, min: 30, max: 150, budgetMs: 3000 }, fullTarget: 2 },
  {
    chars: 3000,
    platform: 'linkedin',
    full: { warmup: 4, min: 15, max: 60, budgetMs: 12_000 },
    edit: { warmup: 4, min: 20, max: 80, budgetMs: 8000 },
    fullTarget: 2,
    editTarget: 0.25,
  },
  {
    chars: 20_000,
    platform: undefined,
    full: { warmup: 2, min: 8, max: 30, budgetMs: 25_000 },
    edit: { warmup: 3, min: 12, max: 40, budgetMs: 15_000 },
    fullTarget: 2,
    editTarget: 0.1,
  },
];

/** A third of the runs, for a quick look (figures are noisier). */
export function quickPlan(plan: Plan): Plan {
  const min = Math.max(3, Math.ceil(plan.min / 3));
  return { warmup: Math.max(1, Math.ceil(plan.warmup / 3)), min, max: Math.max(min, Math.ceil(plan.max / 3)), budgetMs: plan.budgetMs / 3 };
}

export interface Timing {
  case: string;
  kind: 'full' | 'edit' | 'throughput' | 'kinds' | 'read';
  /** Text length (mean length per post for throughput). */
  chars: number;
  tool: string;
  summary: Summary;
  /** This tool's median over compromise's median on the same inputs. */
  vsCompromise: number;
  postsPerSecond?: number;
}

export interface Check {
  id: string;
  label: string;
  against: string;
  /** Rapport's figure and the other tool's (median ms, or posts/s for throughput). */
  rapport: number;
  other: number;
  unit: 'ms' | 'posts/s';
  /** rapport / other. */
  value: number;
  target: Target;
  pass: boolean;
}

export interface BenchReport {
  environment: { node: string; cpus: number; cpu: string; loadAverage: number[]; seed: number; quick: boolean };
  timings: Timing[];
  checks: Check[];
  notes: string[];
  seconds: number;
}

export interface BenchOptions {
  rapport: Tool;
  compromise: Tool;
  /** harper.js, alex: whatever could be loaded. */
  competitors: readonly Tool[];
  /** Texts for the throughput part (dev corporate tweets), or undefined to skip it. */
  posts?: readonly string[];
  seed?: number;
  quick?: boolean;
  sizes?: readonly SizeCase[];
  /** Rapport's kind-only path (classifyKind), timed against its full analysis; skipped when absent. */
  kinds?: Tool;
  /** Posts whose kinds are timed (a mix of the dev sets); generated tweets when absent. */
  kindPosts?: readonly string[];
  /** How many generated tweets to classify when no kindPosts are given (default 2,000; a third when quick). */
  kindCount?: number;
  /** Time analysis with a 200-rule house pack against none (default true). */
  housePack?: boolean;
  /** Length of the one-line text `rapport check`'s two reports are timed on (default 60,000; 0 to skip). */
  reportLine?: number;
  /** Tweets in the generated archive whose reading is timed (0 to skip). */
  archiveTweets?: number;
  notes?: readonly string[];
  log?: (message: string) => void;
}

function timingsFor(name: string, kind: Timing['kind'], chars: number, samples: Map<string, number[]>): Timing[] {
  const base = summarize(samples.get('compromise') ?? []);
  return [...samples].map(([tool, values]) => {
    const summary = summarize(values);
    return { case: name, kind, chars, tool, summary, vsCompromise: ratio(summary.median, base.median) };
  });
}

function check(id: string, label: string, against: string, rapport: number, other: number, target: Target, unit: Check['unit'] = 'ms'): Check {
  const value = ratio(rapport, other);
  return { id, label, against, rapport, other, unit, value, target, pass: meets(value, target) };
}

const median = (timings: readonly Timing[], tool: string) => timings.find((t) => t.tool === tool)?.summary.median ?? NaN;

/**
 * Each post given once to each tool, interleaved, after a few generated warm-up tweets (so every post is
 * measured on first sight); each tool keeps one session for the run, starting empty, as a CLI or an import
 * would. Posts per second come from the summed times, so heavy posts count in full.
 */
async function eachPostOnce(tools: readonly Tool[], posts: readonly string[], generator: PostGenerator, quick: boolean) {
  const contenders: Contender<string>[] = tools.map((tool) => {
    const session = tool.session();
    return { name: tool.name, run: (text: string) => session(text, 'x') };
  });
  const warmupTexts = Array.from({ length: quick ? 10 : 30 }, () => generator.post(200, 'tweet'));
  const samples = await measureInterleaved(
    contenders,
    (i) => (i < warmupTexts.length ? warmupTexts[i]! : posts[i - warmupTexts.length]!),
    { warmup: warmupTexts.length, min: posts.length, max: posts.length, budgetMs: Infinity },
  );
  const chars = Math.round(posts.reduce((n, p) => n + p.length, 0) / posts.length);
  const pps = (tool: string) => (samples.get(tool)?.length ?? 0) / ((samples.get(tool) ?? []).reduce((a, b) => a + b, 0) / 1000);
  return { samples, warmup: warmupTexts.length, chars, pps };
}

/** Runs every benchmark in one go and returns the figures; printing is the caller's. */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const quick = options.quick ?? false;
  const log = options.log ?? (() => {});
  const sizes = options.sizes ?? SIZES;
  const generator = createPostGenerator(seed);
  const timings: Timing[] = [];
  const checks: Check[] = [];
  const notes = [...(options.notes ?? [])];
  const all = [options.rapport, options.compromise, ...options.competitors];
  const plan = (p: Plan) => (quick ? quickPlan(p) : p);

  // Every tool reads a few texts first, so one-off start-up costs (JIT, WASM compilation, lexicons) do not
  // land in the first case's warm-up alone.
  log('bench: warming up');
  for (const text of [generator.post(280), generator.post(280), generator.post(280), generator.post(3000)]) {
    for (const tool of all) await tool.full(text, undefined);
  }

  for (const size of sizes) {
    // Full analysis: every iteration a text nobody has seen, a fresh Rapport analyzer (empty cache).
    const fullPlan = plan(size.full);
    const texts = Array.from({ length: iterationsNeeded(fullPlan) }, () => generator.post(size.chars));
    const chars = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
    log(`bench: full analysis, ${size.chars} characters`);
    const fullContenders: Contender<string>[] = all.map((tool) => ({ name: tool.name, run: (text: string) => tool.full(text, size.platform) }));
    const full = timingsFor(`full analysis, ${size.chars} chars`, 'full', chars, await measureInterleaved(fullContenders, (i) => texts[i]!, fullPlan));
    timings.push(...full);
    checks.push(
      check(`full-${size.chars}`, `full analysis, ${size.chars} chars`, 'compromise', median(full, 'rapport'), median(full, 'compromise'), atMost(size.fullTarget)),
    );
    for (const competitor of options.competitors.filter((c) => c.name === 'harper.js')) {
      checks.push(
        check(`full-${size.chars}-${competitor.name}`, `full analysis, ${size.chars} chars`, competitor.name, median(full, 'rapport'), median(full, competitor.name), below(1)),
      );
    }

    // Re-analysis after a one-word edit: the same long-lived session, the previous version analysed first.
    const editPlan = plan(size.edit);
    const versions = [generator.post(size.chars)];
    for (let i = 0; i < iterationsNeeded(editPlan); i++) versions.push(editOneWord(versions[i]!, generator.rng).text);
    log(`bench: re-analysis after a one-word edit, ${size.chars} characters`);
    const editContenders: Contender<string>[] = all.map((tool) => {
      const session = tool.session();
      return { name: tool.name, run: (text: string) => session(text, size.platform) };
    });
    // Each session analyses the first version before the timed edits (awaited: harper.js is asynchronous).
    for (const c of editContenders) await c.run(versions[0]!);
    const edit = timingsFor(`re-analysis after 1-word edit, ${size.chars} chars`, 'edit', versions[0]!.length, await measureInterleaved(editContenders, (i) => versions[i + 1]!, editPlan));
    // compromise has no cache: its "re-analysis" is a full parse of the edited text, the reference.
    timings.push(...edit.filter((t) => t.tool !== 'compromise'));
    const compromiseFull = edit.find((t) => t.tool === 'compromise');
    if (compromiseFull) timings.push({ ...compromiseFull, case: `${compromiseFull.case} (full parse of the edited text)` });
    // Re-analysis is held to targets on the multi-chunk texts; a short post is a single chunk, so its
    // re-analysis is a full one and is shown for information only.
    if (size.editTarget === undefined) {
      notes.push(`Re-analysis at ${size.chars} chars is for information: a post that short is one chunk, so an edit re-reads all of it; no target applies.`);
    } else {
      checks.push(
        check(`edit-${size.chars}`, `1-word re-analysis, ${size.chars} chars`, 'compromise full parse', median(edit, 'rapport'), median(edit, 'compromise'), atMost(size.editTarget)),
      );
      for (const competitor of options.competitors) {
        checks.push(
          check(`edit-${size.chars}-${competitor.name}`, `1-word re-analysis, ${size.chars} chars`, `${competitor.name} re-analysis`, median(edit, 'rapport'), median(edit, competitor.name), below(1)),
        );
      }
    }
  }

  // Text made of headline-shaped lines is the engine's worst shape (it tags their words): held to compromise.
  for (const size of sizes.filter((s) => s.chars >= 3000)) {
    const fullPlan = plan(size.full);
    const texts = Array.from({ length: iterationsNeeded(fullPlan) }, () => headlineText(generator, size.chars));
    log(`bench: full analysis of headline-shaped lines, ${size.chars} characters`);
    const contenders: Contender<string>[] = all.map((tool) => ({ name: tool.name, run: (text: string) => tool.full(text, undefined) }));
    const name = `full analysis, headline-shaped lines, ${size.chars} chars`;
    const lines = timingsFor(name, 'full', size.chars, await measureInterleaved(contenders, (i) => texts[i]!, fullPlan));
    timings.push(...lines);
    checks.push(check(`headlines-${size.chars}`, name, 'compromise', median(lines, 'rapport'), median(lines, 'compromise'), atMost(1)));
  }

  // `rapport check` on one 60,000-character line: the text report must cost about what the JSON one does.
  const chars = options.reportLine ?? 60_000;
  if (chars > 0) {
    const texts = Array.from({ length: quick ? 3 : 5 }, () => oneLongLine(generator, chars));
    log(`bench: rapport check reports on one ${chars}-character line`);
    const samples = await measureInterleaved(reportContenders(), (i) => texts[i % texts.length]!, { warmup: 1, min: quick ? 3 : 5, max: quick ? 3 : 5, budgetMs: 120_000 });
    const name = `rapport check, one ${chars}-character line`;
    const reports = [...samples].map(([tool, values]): Timing => ({ case: name, kind: 'full', chars, tool, summary: summarize(values), vsCompromise: NaN }));
    timings.push(...reports);
    checks.push(check('report-long-line', name, 'the JSON report', median(reports, 'text report'), median(reports, 'JSON report'), atMost(1.5)));
  }

  // A brand's house pack (issue 11): at 200 rules and 2,000 terms it may add at most 25% to a full analysis.
  if (options.housePack ?? true) {
    const pack = benchPack(generator.rng);
    for (const size of sizes.filter((s) => s.chars <= 3000)) {
      const fullPlan = plan(size.full);
      const texts = Array.from({ length: iterationsNeeded(fullPlan) }, () => generator.post(size.chars));
      log(`bench: full analysis with a ${PACK_RULES}-rule pack, ${size.chars} characters`);
      const samples = await measureInterleaved(packContenders(pack, size.platform), (i) => texts[i]!, fullPlan);
      const chars = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
      const name = `full analysis with a ${PACK_RULES}-rule, ${PACK_TERMS}-term pack, ${size.chars} chars`;
      const house = [...samples].map(([tool, values]): Timing => ({ case: name, kind: 'full', chars, tool, summary: summarize(values), vsCompromise: NaN }));
      timings.push(...house);
      checks.push(check(`house-${size.chars}`, name, 'rapport without the pack', median(house, 'rapport + pack'), median(house, 'rapport'), atMost(1.25)));
    }
    notes.push(`House pack: ${PACK_RULES} rules of every type with ${PACK_TERMS} terms, compiled once before timing (as the background does); each iteration a fresh analyzer with and without it, interleaved, on the same texts.`);
  }

  if (options.posts && options.posts.length > 0) {
    const posts = quick ? options.posts.slice(0, 200) : options.posts;
    log(`bench: throughput over ${posts.length} posts`);
    // Rapport as a CLI would read an archive: one analyzer for the run, starting empty.
    const { samples, warmup, chars, pps } = await eachPostOnce(all, posts, generator, quick);
    const through = timingsFor(`throughput, ${posts.length} dev corporate tweets`, 'throughput', chars, samples).map((t) => ({ ...t, postsPerSecond: pps(t.tool) }));
    timings.push(...through);
    checks.push(check('throughput', `throughput, ${posts.length} tweets`, 'compromise parse-only', pps('rapport'), pps('compromise'), atLeast(0.5), 'posts/s'));
    notes.push(`Throughput: each dev post analysed once by each tool, interleaved, after ${warmup} generated warm-up tweets; Rapport and harper.js keep one session for the run, starting empty.`);
  }

  if (options.kinds) {
    const count = options.kindCount ?? 2000;
    const given = options.kindPosts?.length ? options.kindPosts : undefined;
    const pool = given ?? Array.from({ length: count }, () => generator.post(200, 'tweet'));
    const posts = quick ? pool.slice(0, Math.ceil(pool.length / 3)) : pool;
    const label = `kinds of ${posts.length} ${given ? 'dev posts' : 'generated tweets'}`;
    log(`bench: ${label}`);
    // An import: one session each for the run, starting empty; Rapport's full analysis is the peer.
    const { samples, chars, pps } = await eachPostOnce([options.kinds, options.rapport, options.compromise], posts, generator, quick);
    const kinds = timingsFor(label, 'kinds', chars, samples).map((t) => ({ ...t, postsPerSecond: pps(t.tool) }));
    timings.push(...kinds);
    checks.push(check('kinds', label, 'rapport full analysis', pps(options.kinds.name), pps(options.rapport.name), atLeast(6), 'posts/s'));
    const seconds = (tool: string) => (50_000 / pps(tool)).toFixed(1);
    notes.push(
      `Kinds: each post classified once by each tool, interleaved, one session each starting empty. 50,000 such posts on one thread: ` +
        `${seconds(options.kinds.name)} s for their kinds, ${seconds(options.rapport.name)} s for full analyses.`,
    );
  }

  const archiveTweets = options.archiveTweets ?? (quick ? 5000 : 20_000);
  if (archiveTweets > 0) {
    log(`bench: reading a generated X archive of ${archiveTweets} tweets`);
    const archive = generateArchive(archiveTweets, () => generator.post(200, 'tweet'), generator.rng);
    const readers: Contender<Uint8Array>[] = [
      { name: 'rapport readers', run: readGenerated },
      { name: 'JSON.parse', run: parseWhole },
    ];
    const samples = await measureInterleaved(readers, () => archive, { warmup: 1, min: quick ? 3 : 5, max: quick ? 3 : 9, budgetMs: 60_000 });
    const read = [...samples].map(([tool, values]): Timing => {
      const summary = summarize(values);
      return { case: `read an X archive, ${archiveTweets} tweets, ${(archive.length / 1e6).toFixed(1)} MB`, kind: 'read', chars: Math.round(archive.length / archiveTweets), tool, summary, vsCompromise: NaN, postsPerSecond: archiveTweets / (summary.median / 1000) };
    });
    timings.push(...read);
    const readMedian = median(read, 'rapport readers');
    checks.push(check('read-archive', `read ${archiveTweets} archived tweets`, 'JSON.parse of the whole file', readMedian, median(read, 'JSON.parse'), atMost(4)));
    const analysing = timings.find((t) => t.kind === 'throughput' && t.tool === 'rapport')?.postsPerSecond;
    const perPost = readMedian / archiveTweets;
    notes.push(
      `Archive reading streams from a web ReadableStream (the dashboard's path) holding one tweet at a time; JSON.parse holds the whole file. 50,000 tweets: ${((perPost * 50_000) / 1000).toFixed(1)} s to read` +
        (analysing ? `, ${(50_000 / analysing).toFixed(0)} s more to analyse at the throughput above (one thread).` : '.'),
    );
  }

  return {
    environment: {
      node: process.version,
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
      seed,
      quick,
    },
    timings,
    checks,
    notes,
    seconds: (performance.now() - started) / 1000,
  };
}
