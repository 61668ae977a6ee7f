import type { PlatformId } from '../../../platforms/types';
import { RULES, createAnalyzer, type Analyzer } from '../../../rules/index';
import { ChunkCache, createDoc, type Doc } from '../../../rules/engine/document';
import type { RowResult } from '../measures';
import { toRowResult } from '../runner';

export interface AnalyseOptions {
  /** Rule options to use instead of the defaults, by rule id. */
  options?: Readonly<Record<string, Record<string, unknown>>>;
  /** Only the rules under these principles (cheaper when a choice only moves their findings). */
  principles?: readonly string[];
}

/** The engine as a fold sees it: analyses and parsed documents sharing one chunk cache. */
export interface FoldTools {
  analyse(text: string, platform: PlatformId | undefined, options?: AnalyseOptions): RowResult;
  doc(text: string, platform: PlatformId | undefined): Doc;
}

/** Big enough for a whole set's chunks, so a text analysed again under other options is not parsed again. */
const CACHE_ENTRIES = 60_000;

export function createFoldTools(cache = new ChunkCache(CACHE_ENTRIES)): FoldTools {
  const analyzers = new Map<string, Analyzer>();
  const analyzerFor = (principles: readonly string[] | undefined): Analyzer => {
    const key = principles ? [...principles].sort().join(',') : '*';
    let analyzer = analyzers.get(key);
    if (!analyzer) {
      analyzer = createAnalyzer(principles ? RULES.filter((r) => principles.includes(r.meta.principle)) : RULES, cache);
      analyzers.set(key, analyzer);
    }
    return analyzer;
  };
  return {
    analyse(text, platform, options = {}) {
      const overrides = Object.fromEntries(Object.entries(options.options ?? {}).map(([id, o]) => [id, { options: o }]));
      const house = options.options ? { name: 'cross-validation', rules: [], overrides } : undefined;
      return toRowResult(analyzerFor(options.principles).analyze(text, { ...(platform ? { platform } : {}), ...(house ? { house } : {}) }));
    },
    doc: (text, platform) => createDoc(text, platform, cache),
  };
}
