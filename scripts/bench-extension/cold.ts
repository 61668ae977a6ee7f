import type { CDPSession, Page } from 'playwright-core';
import { focusEditor, type E2EBrowser, type ReplicaName } from '../../tests/e2e/harness';
import { settle, settleOptions } from './keystrokes';
import { editLatency, type EditLatency } from './latency';

/** What the first analysis of a fresh worker has to do for the draft: with or without the part-of-speech tagger. */
export type ColdCase = 'no tagger' | 'with tagger';

export interface ColdSample extends EditLatency {
  case: ColdCase;
  /** Length of the draft the first analysis saw. */
  textLength: number;
  /** How long Chromium took to stop the worker (for information). */
  stopMs: number;
  /** Last keystroke to Chromium starting the worker (the pause, the timer, the message); NaN if not seen. */
  toStartMs: number;
  /** The worker starting to running: its script fetched and evaluated (the background bundle's top level). */
  startupMs: number;
  /** The worker running to the badge ready: settings, the first analysis, the answer and drawing. */
  firstAnalysisMs: number;
}

/** runningStatus changes of the extension's service worker, as CDP's ServiceWorker domain reports them. */
interface StatusChange {
  status: string;
  /** Epoch ms when the event reached us (a few ms after the change). */
  at: number;
}

export interface ColdOptions {
  case: ColdCase;
  replica: ReplicaName;
  samples: number;
  /** The draft in the composer before the background is stopped. */
  base: string;
  /** What is typed after each stop; its check is the first analysis of a fresh worker. */
  edit: string;
  pauseMs: number;
  timeoutMs: number;
  log(message: string): void;
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((done) => setTimeout(done, 10));
  }
  return true;
}

/**
 * The first analysis after the background has been asleep: the extension's service worker is stopped (CDP
 * ServiceWorker.stopAllWorkers; Chromium stops it by itself after 30 s idle), then one word is typed. The
 * next check has to start a fresh worker, evaluate the background bundle, load the settings and run the
 * engine with an empty parse cache. Timed in the page from the last keystroke to the badge ready for the
 * new text, and split where the worker starts and where it is running.
 */
export async function runColdStarts(browser: E2EBrowser, options: ColdOptions): Promise<ColdSample[]> {
  const page: Page = await browser.openReplica(options.replica);
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const samples: ColdSample[] = [];
  try {
    await focusEditor(page);
    // The base draft arrives in one piece (as a paste would): it is not what is measured.
    await page.keyboard.insertText(options.base);
    const warm = await settle(page, settleOptions('with', options.pauseMs, options.timeoutMs));
    if (warm.readyAt === null) throw new Error(`${options.replica}: no finished check of the base draft before the cold starts`);
    // Playwright's Worker 'close' comes many seconds late (the worker's target outlives the worker), so the
    // worker's state is followed through the ServiceWorker domain instead.
    const changes: StatusChange[] = [];
    const prefix = `chrome-extension://${browser.extensionId}/`;
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      for (const v of event.versions) if (v.scriptURL.startsWith(prefix)) changes.push({ status: v.runningStatus, at: Date.now() });
    });
    await cdp.send('ServiceWorker.enable');
    for (let i = 0; i < options.samples; i++) {
      changes.length = 0;
      const t0 = performance.now();
      await cdp.send('ServiceWorker.stopAllWorkers');
      if (!(await until(() => changes.some((c) => c.status === 'stopped'), 10_000))) {
        throw new Error('the extension service worker did not stop within 10 s');
      }
      const stopMs = performance.now() - t0;
      // Asleep for a moment, as it would be after a break in writing.
      await page.waitForTimeout(300);
      changes.length = 0;
      await page.keyboard.type(options.edit, { delay: 0 });
      const settled = await settle(page, settleOptions('with', options.pauseMs, options.timeoutMs));
      const latency = editLatency(settled, [], options.pauseMs);
      const keyAt = settled.origin + settled.lastKey;
      const startAt = changes.find((c) => c.status === 'starting')?.at ?? NaN;
      const runAt = changes.find((c) => c.status === 'running')?.at ?? NaN;
      const readyAt = settled.readyAt === null ? NaN : settled.origin + settled.readyAt;
      samples.push({
        ...latency,
        case: options.case,
        textLength: settled.len,
        stopMs,
        toStartMs: startAt - keyAt,
        startupMs: runAt - startAt,
        firstAnalysisMs: readyAt - runAt,
      });
      const s = samples.at(-1)!;
      options.log(
        `  cold start ${i + 1}/${options.samples} (${options.case}): ${settled.readyAt === null ? 'timed out' : `${s.totalMs.toFixed(0)} ms (worker start ${s.startupMs.toFixed(0)} ms, then ${s.firstAnalysisMs.toFixed(0)} ms to the badge)`}`,
      );
    }
  } finally {
    await page.close().catch(() => undefined);
  }
  return samples;
}
