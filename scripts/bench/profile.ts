import { performance } from 'node:perf_hooks';
import type { PlatformId } from '../../platforms/types';
import { RULES, createAnalyzer } from '../../rules/index';
import { ChunkCache, createDoc } from '../../rules/engine/document';
import type { AnyRule } from '../../rules/engine/rule';
import { SIGNALS } from '../../rules/signals/index';
import { formatTable } from '../lib/table';
import { ms } from './report';
import { median } from './stats';
import { createPostGenerator, editOneWord } from './texts';

/**
 * Where Rapport's time goes: each rule's check and each signal, timed inside real analyses (a full analysis
 * with an empty cache, and a re-analysis after a one-word edit). compromise's split of each chunk into
 * sentences (made lazily by the engine) is forced and timed first, through the same chunk cache, so it is
 * counted on its own line and not on whichever rule or signal reads `chunk.sentences` first. The tagging of
 * the sentences that need it falls to the signal that asks (the clickbait signal).
 */
export interface ProfileRow {
  name: string;
  kind: 'rule' | 'signal' | 'engine' | 'total';
  /** Median ms per analysis, per scenario. */
  times: Record<string, number>;
}

interface Scenario {
  name: string;
  chars: number;
  platform: PlatformId | undefined;
  mode: 'full' | 'edit';
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'full 280', chars: 280, platform: 'x', mode: 'full' },
  { name: 'full 3000', chars: 3000, platform: 'linkedin', mode: 'full' },
  { name: 'edit 3000', chars: 3000, platform: 'linkedin', mode: 'edit' },
  { name: 'edit 20000', chars: 20_000, platform: undefined, mode: 'edit' },
];

export function runProfile(iterations = 12, seed = 2): { scenarios: string[]; rows: ProfileRow[] } {
  const spent = new Map<string, number>();
  const add = (key: string, t: number) => spent.set(key, (spent.get(key) ?? 0) + t);
  const rules: AnyRule[] = RULES.map((rule) => ({
    meta: rule.meta,
    check(ctx) {
      const t0 = performance.now();
      try {
        return rule.check(ctx);
      } finally {
        add(`rule:${rule.meta.id}`, performance.now() - t0);
      }
    },
  }));
  const signals = SIGNALS as Record<string, (doc: never) => number>;
  const originals = { ...signals };
  for (const [name, fn] of Object.entries(originals)) {
    signals[name] = (doc) => {
      const t0 = performance.now();
      try {
        return fn(doc);
      } finally {
        add(`signal:${name}`, performance.now() - t0);
      }
    };
  }
  const generator = createPostGenerator(seed);
  const perScenario = new Map<string, Map<string, number[]>>();
  try {
    for (const scenario of SCENARIOS) {
      const samples = new Map<string, number[]>();
      const options = scenario.platform ? { platform: scenario.platform } : {};
      const sessionCache = new ChunkCache();
      const session = createAnalyzer(rules, sessionCache);
      let text = generator.post(scenario.chars);
      if (scenario.mode === 'edit') session.analyze(text, options);
      for (let i = -2; i < iterations; i++) {
        text = scenario.mode === 'edit' ? editOneWord(text, generator.rng).text : generator.post(scenario.chars);
        spent.clear();
        const cache = scenario.mode === 'edit' ? sessionCache : new ChunkCache();
        const analyzer = scenario.mode === 'edit' ? session : createAnalyzer(rules, cache);
        const t0 = performance.now();
        for (const chunk of createDoc(text, scenario.platform, cache).chunks) void chunk.sentences;
        add('engine:compromise sentence split', performance.now() - t0);
        analyzer.analyze(text, options);
        const total = performance.now() - t0;
        if (i < 0) continue; // warm-up
        let parts = 0;
        for (const [key, t] of spent) {
          parts += t;
          (samples.get(key) ?? samples.set(key, []).get(key)!).push(t);
        }
        (samples.get('engine:rest') ?? samples.set('engine:rest', []).get('engine:rest')!).push(total - parts);
        (samples.get('total') ?? samples.set('total', []).get('total')!).push(total);
      }
      perScenario.set(scenario.name, samples);
    }
  } finally {
    Object.assign(signals, originals);
  }
  const keys = new Set([...perScenario.values()].flatMap((m) => [...m.keys()]));
  const rows: ProfileRow[] = [...keys].map((key) => {
    const [kind, name] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['total', 'total'];
    const times: Record<string, number> = {};
    for (const [scenario, samples] of perScenario) times[scenario] = median(samples.get(key) ?? []);
    return { name: name === 'rest' ? 'rest (chunking, cache, scoring, rule runner)' : name, kind: kind as ProfileRow['kind'], times };
  });
  const last = SCENARIOS.at(-1)!.name;
  rows.sort((a, b) => (a.kind === 'total' ? 1 : b.kind === 'total' ? -1 : (b.times[last] ?? 0) - (a.times[last] ?? 0)));
  return { scenarios: SCENARIOS.map((s) => s.name), rows };
}

export function formatProfile(profile: { scenarios: string[]; rows: ProfileRow[] }): string {
  return [
    'Where Rapport spends its time (median ms per analysis; compromise\u2019s parse of the chunks is timed on its own line)',
    '',
    formatTable(
      ['kind', 'name', ...profile.scenarios],
      profile.rows.map((r) => [r.kind, r.name, ...profile.scenarios.map((s) => ms(r.times[s] ?? NaN))]),
    ),
  ].join('\n');
}
