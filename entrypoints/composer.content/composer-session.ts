import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EditorAdapter, EditorSnapshot } from '@/platforms/editors/types';
import { PLATFORMS } from '@/platforms';
import type { PlatformId } from '@/platforms/types';
import type { ActOutcome, CardAction } from '@/utils/messages';
import { CheckScheduler } from './check-scheduler';
import { DraftWatcher } from './draft-watcher';
import { FindingActions } from './finding-actions';
import { ComposerOverlay } from './overlay';
import { watchPublishing } from './publish-watcher';
import { sendQuietly, type Send } from './send';

let nextId = 0;
/** Composer ids must not repeat across page loads in a tab: the background keys its state by them. */
const INSTANCE = Math.random().toString(36).slice(2, 8);

/**
 * Coaching for one composer, wired from five parts: the draft (edits and revisions), the checks (when to
 * ask the background), the overlay (badge, underlines, cards), the actions on findings and the publish
 * watcher (the post, for the history). It never writes to the editor except through the adapter when the
 * user applies a fix.
 */
export class ComposerSession {
  readonly id = `c${++nextId}-${INSTANCE}`;
  private readonly abort = new AbortController();
  private readonly overlay: ComposerOverlay;
  private readonly draft: DraftWatcher;
  private readonly checks: CheckScheduler;
  private readonly actions: FindingActions;
  /** The text the findings on show were found in. */
  private analysed: EditorSnapshot | undefined;

  constructor(
    readonly root: HTMLElement,
    adapter: EditorAdapter,
    platform: PlatformId,
    ctx: ContentScriptContext,
    send: Send,
    wake: (draft: () => string) => void,
  ) {
    const signal = this.abort.signal;
    this.overlay = new ComposerOverlay(root, platform, signal, {
      onAction: (action, finding) => void this.actions.act(action, finding),
      onOpenPanel: () => sendQuietly(send, { type: 'open-panel' }),
      caretOffset: () => this.draft.caretOffset(),
    });
    // The keystroke path: nothing is read or drawn until the pause. A background that went to sleep is woken
    // at once, so its start-up overlaps the typing instead of following the pause.
    this.draft = new DraftWatcher(root, adapter, signal, () => {
      this.overlay.checking();
      wake(() => this.text());
      this.checks.afterPause();
    });
    this.checks = new CheckScheduler({
      composerId: this.id,
      platform,
      draft: this.draft,
      send,
      isInvalid: () => ctx.isInvalid,
      onResult: (analysis, snapshot) => {
        this.analysed = snapshot;
        this.overlay.show(analysis, snapshot);
      },
    });
    this.actions = new FindingActions({
      platform,
      draft: this.draft,
      overlay: this.overlay,
      send,
      analysedText: () => this.analysed?.text,
      edited: () => this.draft.edited(),
    });
    const site = PLATFORMS[platform].site;
    watchPublishing({ composerId: this.id, platform, root, site, read: () => this.draft.read().text, send }, signal);
    void this.check();
  }

  /** The draft's text as it is now. */
  text(): string {
    return this.draft.read().text;
  }

  check(): Promise<void> {
    return this.checks.now();
  }

  /** Checks the draft again (the user's settings changed), dropping any check still on its way. */
  recheck(): void {
    this.draft.invalidate();
    void this.checks.now();
  }

  /** An action from the side panel, on a finding named by its key and start in the analysed text. */
  perform(action: CardAction, key: string, start: number): Promise<ActOutcome> {
    return this.actions.perform(action, key, start);
  }

  destroy(): void {
    this.checks.cancel();
    this.abort.abort();
    this.overlay.destroy();
  }
}
