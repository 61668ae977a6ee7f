import type { EditorSnapshot } from '@/platforms/editors/types';
import type { PlatformId } from '@/platforms/types';
import type { AnalysisPayload, AnalyzeResponse } from '@/utils/messages';
import type { DraftWatcher } from './draft-watcher';
import type { Send } from './send';

/**
 * How long typing must pause before the draft is checked: short enough that the badge answers within
 * 150 ms of the last key (the check itself takes 15-30 ms), long enough that a burst of typing (keys 20-80 ms
 * apart) is checked once.
 */
export const PAUSE_MS = 100;

export interface CheckTarget {
  composerId: string;
  platform: PlatformId;
  draft: DraftWatcher;
  send: Send;
  /** True once the extension was reloaded: answers that arrive after that are not shown. */
  isInvalid(): boolean;
  /** A current answer: the analysis, and the snapshot of the text it was made from. */
  onResult(analysis: AnalysisPayload, snapshot: EditorSnapshot): void;
}

/**
 * When a draft is checked: after a pause in typing, or at once when asked. Each check sends the draft to
 * the background and keeps the answer only if the draft is still at the revision it was sent at: a result
 * for text that has changed since is dropped, because a newer check is already on its way.
 */
export class CheckScheduler {
  private timer: number | undefined;
  /** When the pause ends, if no key comes first (`performance.now()` time). */
  private due = 0;

  constructor(private readonly target: CheckTarget) {}

  /**
   * Restarts the pause. A key only moves the deadline; the one timer, when it fires early, waits out the
   * rest, so a burst of typing sets a timer or two instead of one per key. Plain timers: the content
   * script context's wrappers add a listener per call.
   */
  afterPause(): void {
    this.due = performance.now() + PAUSE_MS;
    this.timer ??= window.setTimeout(this.whenDue, PAUSE_MS);
  }

  private readonly whenDue = (): void => {
    const left = this.due - performance.now();
    if (left >= 1) {
      this.timer = window.setTimeout(this.whenDue, left);
      return;
    }
    this.timer = undefined;
    void this.now();
  };

  async now(): Promise<void> {
    const { draft, send } = this.target;
    const revision = draft.revision;
    const snapshot = draft.read();
    let response: unknown;
    try {
      response = await send({
        type: 'analyze',
        composerId: this.target.composerId,
        revision,
        platform: this.target.platform,
        text: snapshot.text,
      });
    } catch {
      return; // the extension was reloaded or the background is gone: keep the last result
    }
    if (!isResponseFor(response, this.target.composerId) || revision !== draft.revision || this.target.isInvalid()) return;
    this.target.onResult(response.analysis, snapshot);
  }

  cancel(): void {
    window.clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** The background validated the request and built the answer; this only tells an answer from an error. */
function isResponseFor(response: unknown, composerId: string): response is AnalyzeResponse {
  const r = response as Partial<AnalyzeResponse> | undefined;
  return r?.composerId === composerId && Array.isArray(r.analysis?.findings);
}
