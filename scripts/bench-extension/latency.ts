import type { Arrival, Settled } from './probe';

/** One edit, from its last keystroke to the badge showing a finished check of the new text. */
export interface EditLatency {
  /** Last keydown to data-state=ready for the new text (ms); NaN when the badge never got there. */
  totalMs: number;
  /** totalMs less the pause the extension waits for: the work after the pause ended. */
  afterPauseMs: number;
  /**
   * Pause end to the analyze request reaching the background: timer lateness, reading the editor and the
   * message hop. NaN when the background's arrival time is unknown (no worker probe, cold start).
   */
  toBackgroundMs: number;
  /** Request in the background to the badge ready: settings, analysis, the answer's hop and drawing. */
  backgroundToReadyMs: number;
  timedOut: boolean;
}

/**
 * Splits an edit's latency at the pause and at the background's receipt of the request. Page and worker
 * times meet on the epoch clock (performance.timeOrigin + now); `skewMs` allows for the two processes'
 * origins differing slightly. Of several requests for the same text, the last one before the badge turned
 * ready is the one it shows (the content script drops answers to older requests).
 */
export function editLatency(settled: Settled, arrivals: readonly Arrival[], pauseMs: number, skewMs = 2): EditLatency {
  if (settled.readyAt === null) {
    return { totalMs: NaN, afterPauseMs: NaN, toBackgroundMs: NaN, backgroundToReadyMs: NaN, timedOut: true };
  }
  const totalMs = settled.readyAt - settled.lastKey;
  const keyEpoch = settled.origin + settled.lastKey;
  const readyEpoch = settled.origin + settled.readyAt;
  let arrival: Arrival | undefined;
  for (const a of arrivals) {
    if (a.len === settled.len && a.at >= keyEpoch - skewMs && a.at <= readyEpoch + skewMs && (!arrival || a.at > arrival.at)) arrival = a;
  }
  return {
    totalMs,
    afterPauseMs: totalMs - pauseMs,
    toBackgroundMs: arrival ? arrival.at - keyEpoch - pauseMs : NaN,
    backgroundToReadyMs: arrival ? readyEpoch - arrival.at : NaN,
    timedOut: false,
  };
}

/** The extension's typing pause, read from the content script's source (`export const PAUSE_MS = 150;`). */
export function readPauseMs(source: string): number {
  const match = /export\s+const\s+PAUSE_MS\s*(?::\s*number\s*)?=\s*([\d_]+)\s*;/.exec(source);
  if (!match) throw new Error('PAUSE_MS not found in the content script source');
  return Number(match[1]!.replaceAll('_', ''));
}
