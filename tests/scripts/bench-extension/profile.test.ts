import { describe, expect, it } from 'vitest';
import { attributeProfile, typicalGap, type CpuProfile, type ProfileNode } from '../../../scripts/bench-extension/profile';

const EXT = 'chrome-extension://abc/content-scripts/composer.js';
const PAGE = 'https://x.com/__rapport_replica__/x.js';

function node(id: number, functionName: string, url: string, children: number[] = []): ProfileNode {
  return { id, callFrame: { functionName, url, lineNumber: 2, columnNumber: 9 }, children };
}

/**
 * (root) -> (program), (idle), (garbage collector), onEdit [ext] -> addEventListener [native],
 * dispatch [page] -> handler [page] -> setTimeout [native], and a native called by the browser directly.
 */
const NODES = [
  node(1, '(root)', '', [2, 3, 4, 5, 7, 10]),
  node(2, '(program)', ''),
  node(3, '(idle)', ''),
  node(4, '(garbage collector)', ''),
  node(5, 'onEdit', EXT, [6]),
  node(6, 'addEventListener', ''),
  node(7, 'dispatch', PAGE, [8]),
  node(8, 'handler', PAGE, [9]),
  node(9, 'setTimeout', ''),
  node(10, 'structuredClone', ''),
];

function profile(samples: number[], deltas?: number[]): CpuProfile {
  return { nodes: NODES, startTime: 0, endTime: 10_000, samples, timeDeltas: deltas ?? samples.map(() => 500) };
}

const isExt = (url: string) => url.startsWith('chrome-extension://abc/');

describe('attributeProfile', () => {
  it("counts the natives the extension calls as the extension's, and leaves idle and program time out", () => {
    // 2 onEdit, 2 addEventListener under it, 3 page frames, 1 native under the page, 1 GC, idle and program.
    const result = attributeProfile(profile([5, 5, 6, 6, 7, 8, 8, 9, 4, 3, 3, 2]), isExt);
    expect(result.extensionMs).toBeCloseTo(2, 9); // 4 samples x 0.5 ms
    expect(result.pageMs).toBeCloseTo(2, 9);
    expect(result.gcMs).toBeCloseTo(0.5, 9);
    expect(result.extensionShare).toBeCloseTo(0.5, 9);
    expect(result.top.map((t) => t.name)).toEqual(['onEdit:3:10', 'addEventListener (native)']);
  });

  it('charges a native with no JavaScript caller to the page', () => {
    const result = attributeProfile(profile([10, 10]), isExt);
    expect(result.pageMs).toBeCloseTo(1, 9);
    expect(result.extensionMs).toBe(0);
  });

  it('weighs every sample by the typical gap, so a long wait for the CPU is not charged to the code that waited', () => {
    // The page sample comes after a 100 ms gap (the thread was descheduled): it still counts one interval.
    const result = attributeProfile(profile([5, 5, 7], [500, 500, 100_000]), isExt);
    expect(result.extensionMs).toBeCloseTo(1, 9);
    expect(result.pageMs).toBeCloseTo(0.5, 9);
  });

  it('has no share when no JavaScript was sampled', () => {
    const result = attributeProfile(profile([3, 2, 3]), isExt);
    expect(result.extensionShare).toBeNaN();
    expect(result.top).toEqual([]);
  });
});

describe('typicalGap', () => {
  it('is the median positive gap', () => {
    expect(typicalGap([0, 500, 510, 100_000])).toBe(510);
    expect(typicalGap([400, 600])).toBe(500);
    expect(typicalGap([])).toBe(0);
  });
});
