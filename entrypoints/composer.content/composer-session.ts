import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EditorAdapter, EditorSnapshot } from '@/platforms/editors/types';
import { buildTextMap, offsetOf } from '@/platforms/editors/text-map';
import type { ActOutcome, AnalysisPayload, AnalyzeResponse, CardAction, FindingPayload, Request } from '@/utils/messages';
import { HighlightLayer } from './highlights';
import { TextareaMirror } from './mirror';
import { renderBadge, unmountBadge, type BadgeView } from './ui';

/** How long typing must pause before the draft is checked: short enough to feel live, long enough to skip bursts. */
export const PAUSE_MS = 150;

let nextId = 0;
/** Composer ids must not repeat across page loads in a tab: the background keys its state by them. */
const INSTANCE = Math.random().toString(36).slice(2, 8);

export type Send = (request: Request) => Promise<unknown>;

/**
 * Coaching for one composer: it waits for a pause in typing, asks the background to analyse the draft,
 * and draws the result (badge, underlines, cards). It never writes to the editor except through the
 * adapter when the user applies a fix.
 */
export class ComposerSession {
  readonly id = `c${++nextId}-${INSTANCE}`;
  private revision = 0;
  private timer: number | undefined;
  private composing = false;
  private snapshot: EditorSnapshot | undefined;
  private ranges: { range: Range; finding: FindingPayload }[] = [];
  private view: BadgeView = { state: 'idle' };
  private readonly badge = document.createElement('rapport-badge');
  private readonly shadow: ShadowRoot;
  private readonly highlights = new HighlightLayer();
  private readonly mirror: TextareaMirror | undefined;
  private readonly abort = new AbortController();
  private layoutQueued = false;
  private hideTimer: number | undefined;
  private overCard = false;
  /** When the draft last changed (`performance.now()`): Quill's undo merges changes close in time. */
  private editedAt = -Infinity;

  constructor(
    readonly root: HTMLElement,
    private readonly adapter: EditorAdapter,
    private readonly platform: string,
    private readonly ctx: ContentScriptContext,
    private readonly send: Send,
    private readonly wake: () => void,
  ) {
    this.shadow = this.badge.attachShadow({ mode: 'open' });
    this.badge.style.cssText = 'position:fixed;z-index:2147483646;display:block;left:0;top:0';
    this.badge.dataset.platform = platform;
    this.setState('idle');
    // Keys typed in our UI must not reach the site (x.com binds single letters to shortcuts).
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      this.badge.addEventListener(type, (e) => e.stopPropagation(), { signal: this.abort.signal });
    }
    document.documentElement.append(this.badge);
    this.mirror = root instanceof HTMLTextAreaElement ? new TextareaMirror(root) : undefined;
    this.listen();
    this.paint();
    this.layout();
    this.check();
  }

  private listen(): void {
    const signal = this.abort.signal;
    const on = (target: EventTarget, type: string, fn: (e: Event) => void, capture = false) =>
      target.addEventListener(type, fn, { signal, capture, passive: true });
    on(this.root, 'input', () => this.onEdit());
    on(this.root, 'compositionstart', () => (this.composing = true));
    on(this.root, 'compositionend', () => {
      this.composing = false;
      this.onEdit();
    });
    on(this.root, 'keyup', (e) => this.onCaretKey(e as KeyboardEvent));
    on(this.root, 'scroll', () => this.queueLayout());
    on(window, 'scroll', () => this.queueLayout(), true);
    on(window, 'resize', () => this.queueLayout());
    on(document, 'mousemove', (e) => this.onPointer(e as MouseEvent));
    const resize = new ResizeObserver(() => this.queueLayout());
    resize.observe(this.root);
    signal.addEventListener('abort', () => resize.disconnect());
    // Rich editors change their text without an input event on undo and redo (Quill's history, for one),
    // so a change to the editor's nodes that no input event announced by the next task counts as an edit.
    // Textareas always fire input.
    if (!(this.root instanceof HTMLTextAreaElement)) {
      const edits = new MutationObserver(() => {
        const revision = this.revision;
        window.setTimeout(() => revision === this.revision && !this.abort.signal.aborted && this.onEdit(), 0);
      });
      edits.observe(this.root, { childList: true, characterData: true, subtree: true });
      signal.addEventListener('abort', () => edits.disconnect());
    }
  }

  /**
   * The keystroke path: bump the revision and restart the pause timer. Nothing is read or drawn here, and
   * plain timers are used (the context's own wrappers add a listener per call). A background that went to
   * sleep is woken at once, so its start-up overlaps the typing instead of following the pause.
   */
  private onEdit(): void {
    if (this.composing) return;
    this.editedAt = performance.now();
    this.revision++;
    if (this.view.state !== 'checking') {
      this.setState('checking');
      this.mirror?.hide(); // a textarea's underlines are drawn for the old text and would drift
    }
    this.wake();
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.check(), PAUSE_MS);
  }

  async check(): Promise<void> {
    const revision = this.revision;
    const snapshot = this.adapter.read(this.root);
    let response: unknown;
    try {
      response = await this.send({
        type: 'analyze',
        composerId: this.id,
        revision,
        platform: this.platform,
        text: snapshot.text,
      });
    } catch {
      return; // the extension was reloaded or the background is gone: keep the last result
    }
    // A result for text that has changed since is dropped: a newer check is already on its way.
    if (!isResponseFor(response, this.id) || revision !== this.revision || this.ctx.isInvalid) return;
    this.snapshot = snapshot;
    this.show(response.analysis, snapshot);
  }

  private show(analysis: AnalysisPayload, snapshot: EditorSnapshot): void {
    const { findings } = analysis;
    const unique = (xs: string[]) => [...new Set(xs)].sort().join(' ');
    const data = this.badge.dataset;
    data.count = String(findings.length);
    data.score = String(analysis.score);
    data.principles = unique(findings.map((f) => f.principle));
    data.rules = unique(findings.map((f) => f.ruleId));
    data.textLength = String(snapshot.text.length);
    this.view = { ...this.view, analysis, notice: undefined };
    if (this.view.open && this.view.open !== 'all') this.view.open = undefined;
    this.setState('ready');
    this.ranges = [];
    if (this.mirror) {
      this.mirror.render(snapshot.text, findings);
    } else {
      for (const finding of findings) {
        const range = snapshot.rangeFor(finding.start, finding.end);
        if (range) this.ranges.push({ range, finding });
      }
      this.highlights.set(this.ranges.map(({ range, finding }) => ({ range, severity: finding.severity })));
    }
  }

  private setState(state: BadgeView['state']): void {
    this.view = { ...this.view, state };
    this.badge.dataset.state = state;
    this.paint();
  }

  private paint(): void {
    renderBadge(this.shadow, this.view, {
      onBadgeClick: () => {
        // Ask for the side panel while the click's user gesture is alive (the background opens it).
        if (this.view.open !== 'all') {
          try {
            void this.send({ type: 'open-panel' }).catch(() => undefined);
          } catch {
            // The extension was reloaded.
          }
        }
        this.toggleList();
      },
      onAction: (action, finding) => void this.act(action, finding),
      onClose: () => this.closeCard(),
      onCardEnter: () => {
        this.overCard = true;
        clearTimeout(this.hideTimer);
      },
      onCardLeave: () => {
        this.overCard = false;
        this.scheduleHide();
      },
    });
  }

  private toggleList(): void {
    if (this.view.open === 'all') return this.closeCard();
    const rect = this.badge.getBoundingClientRect();
    this.view = { ...this.view, open: 'all', anchor: { left: rect.right - 340, top: rect.top, bottom: rect.bottom } };
    this.paint();
  }

  private openFinding(finding: FindingPayload, rect: DOMRect): void {
    clearTimeout(this.hideTimer);
    if (this.view.open !== 'all' && this.view.open?.key === finding.key && this.view.open.start === finding.start) return;
    this.view = { ...this.view, open: finding, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } };
    this.paint();
  }

  private closeCard(): void {
    this.view = { ...this.view, open: undefined, notice: undefined };
    this.paint();
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => {
      if (!this.overCard && this.view.open && this.view.open !== 'all') this.closeCard();
    }, 300);
  }

  /** Hover over an underline opens its card. Cheap when there is nothing to hover. */
  private onPointer(e: MouseEvent): void {
    if (!this.view.analysis?.findings.length) return;
    const hit = this.findingAt(e.clientX, e.clientY);
    if (hit) this.openFinding(hit.finding, hit.rect);
    else if (this.view.open && this.view.open !== 'all' && !this.overCard) this.scheduleHide();
  }

  private findingAt(x: number, y: number): { finding: FindingPayload; rect: DOMRect } | undefined {
    if (this.mirror) return this.mirror.findingAt(x, y);
    for (const { range, finding } of this.ranges) {
      for (const rect of range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { finding, rect };
      }
    }
    return undefined;
  }

  /** Moving the caret into an underline with the keyboard opens its card, as hovering does. */
  private onCaretKey(e: KeyboardEvent): void {
    if (!/^(Arrow|Home|End|Page)/.test(e.key) || !this.view.analysis) return;
    const offset = this.caretOffset();
    const finding = this.view.analysis.findings.find((f) => offset > f.start && offset < f.end);
    if (!finding) return;
    const rect = this.rectOf(finding);
    if (rect) this.openFinding(finding, rect);
  }

  private caretOffset(): number {
    if (this.root instanceof HTMLTextAreaElement) return this.root.selectionStart;
    const selection = document.getSelection();
    if (!selection?.focusNode) return -1;
    return offsetOf(buildTextMap(this.root), selection.focusNode, selection.focusOffset);
  }

  private rectOf(finding: FindingPayload): DOMRect | undefined {
    if (this.mirror) return this.mirror.rectOf(finding);
    return this.ranges.find((r) => r.finding === finding)?.range.getBoundingClientRect();
  }

  /** An action from the side panel, on a finding named by its key and start in the analysed text. */
  async perform(action: CardAction, key: string, start: number): Promise<ActOutcome> {
    const findings = this.view.analysis?.findings ?? [];
    const finding = findings.find((f) => f.key === key && f.start === start) ?? findings.find((f) => f.key === key);
    if (!finding) return 'stale';
    return this.act(action, finding);
  }

  /** Checks the draft again (the user's settings changed), dropping any check still on its way. */
  recheck(): void {
    this.revision++;
    void this.check();
  }

  private async act(action: CardAction, finding: FindingPayload): Promise<ActOutcome> {
    if (action === 'select') {
      this.root.scrollIntoView({ block: 'nearest' });
      if (this.mirror) {
        this.mirror.flash(finding);
        return 'done';
      }
      const range = this.ranges.find((r) => r.finding === finding)?.range;
      if (!range) return 'stale';
      (range.startContainer.parentElement ?? this.root).scrollIntoView({ block: 'nearest' });
      HighlightLayer.flash(range);
      return 'done';
    }
    if (action === 'apply') return this.applyFix(finding);
    const request: Request =
      action === 'ignore' ? { type: 'ignore-finding', key: finding.key } : { type: 'disable-rule', ruleId: finding.ruleId };
    try {
      await this.send(request);
    } catch {
      return 'failed';
    }
    this.closeCard();
    this.recheck();
    return 'done';
  }

  private async applyFix(finding: FindingPayload): Promise<ActOutcome> {
    const fix = finding.fixes?.[0];
    if (!fix) return 'failed';
    const request = { start: fix.start, end: fix.end, text: fix.text, expected: text(this.snapshot, fix), editedAt: this.editedAt };
    const outcome = await this.adapter.apply(this.root, request);
    if (outcome === 'applied') {
      this.closeCard();
      this.onEdit();
      return outcome;
    }
    this.view = {
      ...this.view,
      notice:
        outcome === 'stale'
          ? 'The text changed since it was checked, so nothing was replaced. Checking again.'
          : `This editor did not take the change. You can type it yourself: “${fix.text}”.`,
    };
    this.paint();
    if (outcome === 'stale') this.onEdit();
    return outcome;
  }

  private queueLayout(): void {
    if (this.layoutQueued) return;
    this.layoutQueued = true;
    requestAnimationFrame(() => {
      this.layoutQueued = false;
      if (!this.abort.signal.aborted) this.layout();
    });
  }

  /**
   * The badge sits just right of the composer's last line, or inside its bottom-right corner when the page
   * has no room there. It is moved with left/top, not a transform: a transform would make the badge the
   * containing block of the fixed-position card inside it.
   */
  private layout(): void {
    const rect = this.root.getBoundingClientRect();
    const visible = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight;
    this.badge.style.visibility = visible ? 'visible' : 'hidden';
    const width = this.badge.offsetWidth || 60;
    const outside = rect.right + 8 + width < window.innerWidth;
    this.badge.style.left = `${Math.round(outside ? rect.right + 8 : rect.right - width - 6)}px`;
    this.badge.style.top = `${Math.round(Math.max(rect.top, rect.bottom - 30))}px`;
    this.mirror?.layout();
  }

  destroy(): void {
    clearTimeout(this.timer);
    clearTimeout(this.hideTimer);
    this.abort.abort();
    this.highlights.clear();
    this.mirror?.remove();
    unmountBadge(this.shadow);
    this.badge.remove();
  }
}

/** The text the fix would replace, as the analysis saw it. */
function text(snapshot: EditorSnapshot | undefined, fix: { start: number; end: number }): string {
  return snapshot ? snapshot.text.slice(fix.start, fix.end) : '';
}

/** The background validated the request and built the answer; this only tells an answer from an error. */
function isResponseFor(response: unknown, composerId: string): response is AnalyzeResponse {
  const r = response as Partial<AnalyzeResponse> | undefined;
  return r?.composerId === composerId && Array.isArray(r.analysis?.findings);
}
