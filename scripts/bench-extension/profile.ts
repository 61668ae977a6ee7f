/**
 * Where a page's JavaScript time went, from a V8 CPU profile (CDP Profiler.stop): how much ran in the
 * extension's content script, as a cross-check of the with/without difference that needs no subtraction.
 */

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  /** Microseconds between consecutive samples; timeDeltas[i] is the gap before samples[i]. */
  timeDeltas?: number[];
}

export interface Attribution {
  /** Sampled time (ms) in the extension's code and the natives it called. */
  extensionMs: number;
  /** Sampled time (ms) in any other JavaScript (the page's, the editor's). */
  pageMs: number;
  /** Garbage collection, not attributable to either side. */
  gcMs: number;
  /** extensionMs / (extensionMs + pageMs), NaN when no JavaScript was sampled. */
  extensionShare: number;
  /** The extension's hottest functions by self time. */
  top: { name: string; ms: number }[];
}

const NOT_JS = new Set(['(idle)', '(program)', '(root)']);

/**
 * Attributes each sample to the code it was taken in. A sample in a native function (empty url: DOM calls,
 * timers, builtins) counts for the nearest caller with a url, so the layout a content script forces by
 * reading a size counts as the extension's. Every sample weighs the same, the profile's typical (median)
 * gap between samples: on a loaded machine a thread that was descheduled shows a long gap before its next
 * sample, and weighing samples by their gaps would charge that wait to whatever code happened to be running.
 */
export function attributeProfile(profile: CpuProfile, isExtension: (url: string) => boolean, topN = 8): Attribution {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const owner = new Map<number, 'extension' | 'page' | 'gc' | 'none'>();
  const ownerOf = (id: number): 'extension' | 'page' | 'gc' | 'none' => {
    const known = owner.get(id);
    if (known) return known;
    const node = byId.get(id);
    let result: 'extension' | 'page' | 'gc' | 'none';
    if (!node) result = 'none';
    else if (node.callFrame.functionName === '(garbage collector)') result = 'gc';
    else if (NOT_JS.has(node.callFrame.functionName)) result = 'none';
    else if (node.callFrame.url) result = isExtension(node.callFrame.url) ? 'extension' : 'page';
    else {
      const up = parent.get(id);
      // A native with no JavaScript caller (a callback straight from the browser) is the page's.
      result = up === undefined ? 'page' : ownerOf(up) === 'none' ? 'page' : ownerOf(up);
    }
    owner.set(id, result);
    return result;
  };

  const samples = profile.samples ?? [];
  const weight = typicalGap(profile.timeDeltas ?? []);
  const totals = { extension: 0, page: 0, gc: 0, none: 0 };
  const self = new Map<number, number>();
  for (const id of samples) {
    const who = ownerOf(id);
    totals[who] += weight;
    if (who === 'extension') self.set(id, (self.get(id) ?? 0) + weight);
  }
  const byName = new Map<string, number>();
  for (const [id, us] of self) {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'}${frame.url ? `:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : ' (native)'}`;
    byName.set(name, (byName.get(name) ?? 0) + us);
  }
  const top = [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, topN)
    .map(([name, us]) => ({ name, ms: us / 1000 }));
  const js = totals.extension + totals.page;
  return {
    extensionMs: totals.extension / 1000,
    pageMs: totals.page / 1000,
    gcMs: totals.gc / 1000,
    extensionShare: js > 0 ? totals.extension / js : NaN,
    top,
  };
}

/** The median gap between samples (microseconds): the sampling interval the profiler actually kept. */
export function typicalGap(deltas: readonly number[]): number {
  const positive = deltas.filter((d) => d > 0).sort((a, b) => a - b);
  if (!positive.length) return 0;
  const mid = positive.length >> 1;
  return positive.length % 2 ? positive[mid]! : (positive[mid - 1]! + positive[mid]!) / 2;
}
