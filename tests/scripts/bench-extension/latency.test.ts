import { describe, expect, it } from 'vitest';
import { editLatency, readPauseMs } from '../../../scripts/bench-extension/latency';
import type { Settled } from '../../../scripts/bench-extension/probe';

const ORIGIN = 1_700_000_000_000;
const settled = (over: Partial<Settled> = {}): Settled => ({ lastKey: 1000, readyAt: 1230, len: 42, origin: ORIGIN, ...over });

describe('editLatency', () => {
  it('splits last key to badge at the pause and at the request reaching the background', () => {
    const latency = editLatency(settled(), [{ at: ORIGIN + 1000 + 150 + 12, len: 42 }], 150);
    expect(latency.totalMs).toBe(230);
    expect(latency.afterPauseMs).toBe(80);
    expect(latency.toBackgroundMs).toBeCloseTo(12, 9);
    expect(latency.backgroundToReadyMs).toBeCloseTo(68, 9);
    expect(latency.timedOut).toBe(false);
  });

  it('uses the last request for this text before the badge turned ready, ignoring other texts and older edits', () => {
    const arrivals = [
      { at: ORIGIN + 900, len: 42 }, // an earlier edit of the same length
      { at: ORIGIN + 1100, len: 40 }, // a check fired inside the burst
      { at: ORIGIN + 1160, len: 42 },
      { at: ORIGIN + 1175, len: 42 }, // a recheck: the badge shows this one
      { at: ORIGIN + 1500, len: 42 }, // after the badge: a later edit's
    ];
    const latency = editLatency(settled(), arrivals, 150);
    expect(latency.toBackgroundMs).toBeCloseTo(25, 9);
    expect(latency.backgroundToReadyMs).toBeCloseTo(55, 9);
  });

  it('tolerates a little skew between the page and worker clocks', () => {
    const latency = editLatency(settled({ readyAt: 1100 }), [{ at: ORIGIN + 1101, len: 42 }], 50, 2);
    expect(latency.backgroundToReadyMs).toBeCloseTo(-1, 9);
  });

  it('leaves the split unknown without a matching request, and marks a badge that never came', () => {
    const unknown = editLatency(settled(), [], 150);
    expect(unknown.totalMs).toBe(230);
    expect(unknown.toBackgroundMs).toBeNaN();
    expect(unknown.backgroundToReadyMs).toBeNaN();
    const timedOut = editLatency(settled({ readyAt: null }), [], 150);
    expect(timedOut.timedOut).toBe(true);
    expect(timedOut.totalMs).toBeNaN();
  });
});

describe('readPauseMs', () => {
  it('reads the constant from the content script source', () => {
    expect(readPauseMs('/** doc */\nexport const PAUSE_MS = 150;\n')).toBe(150);
    expect(readPauseMs('export const PAUSE_MS: number = 1_000;')).toBe(1000);
  });

  it('fails loudly when the constant is gone', () => {
    expect(() => readPauseMs('const DELAY = 150;')).toThrow(/PAUSE_MS/);
  });
});
