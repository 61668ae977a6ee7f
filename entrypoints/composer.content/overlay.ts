import type { EditorSnapshot } from '@/platforms/editors/types';
import type { PlatformId } from '@/platforms/types';
import type { AnalysisPayload, CardAction, FindingPayload } from '@/utils/messages';
import { renderBadge, unmountBadge, type BadgeView } from './badge';
import { HighlightLayer } from './highlights';
import { TextareaMirror } from './mirror';

export interface OverlayEvents {
  /** A button on a finding's card. */
  onAction(action: CardAction, finding: FindingPayload): void;
  /** The badge was clicked to open its list: the side panel opens too (needs the click's user gesture). */
  onOpenPanel(): void;
  /** Where the caret is in the draft, to open the card of the finding it moved into. */
  caretOffset(): number;
}

/**
 * What Rapport draws over one composer: the badge, the card it opens, and the underlines (CSS highlights
 * in rich editors, a mirror over textareas). It shows what the last check found and follows the composer
 * as the page scrolls and resizes; it never touches the editor's own nodes.
 */
export class ComposerOverlay {
  private view: BadgeView = { state: 'idle' };
  private readonly badge = document.createElement('rapport-badge');
  private readonly shadow: ShadowRoot;
  private readonly highlights = new HighlightLayer();
  private readonly mirror: TextareaMirror | undefined;
  private ranges: { range: Range; finding: FindingPayload }[] = [];
  private layoutQueued = false;
  private hideTimer: number | undefined;
  private overCard = false;

  constructor(
    private readonly root: HTMLElement,
    platform: PlatformId,
    private readonly signal: AbortSignal,
    private readonly events: OverlayEvents,
  ) {
    this.shadow = this.badge.attachShadow({ mode: 'open' });
    this.badge.style.cssText = 'position:fixed;z-index:2147483646;display:block;left:0;top:0';
    this.badge.dataset.platform = platform;
    this.setState('idle');
    // Keys typed in our UI must not reach the site (x.com binds single letters to shortcuts).
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      this.badge.addEventListener(type, (e) => e.stopPropagation(), { signal });
    }
    document.documentElement.append(this.badge);
    this.mirror = root instanceof HTMLTextAreaElement ? new TextareaMirror(root) : undefined;
    this.listen();
    this.paint();
    this.layout();
  }

  private listen(): void {
    const signal = this.signal;
    const on = (target: EventTarget, type: string, fn: (e: Event) => void, capture = false) =>
      target.addEventListener(type, fn, { signal, capture, passive: true });
    on(this.root, 'keyup', (e) => this.onCaretKey(e as KeyboardEvent));
    on(this.root, 'scroll', () => this.queueLayout());
    on(window, 'scroll', () => this.queueLayout(), true);
    on(window, 'resize', () => this.queueLayout());
    on(document, 'mousemove', (e) => this.onPointer(e as MouseEvent));
    const resize = new ResizeObserver(() => this.queueLayout());
    resize.observe(this.root);
    signal.addEventListener('abort', () => resize.disconnect());
  }

  /** The findings on show, from the last check. */
  get findings(): readonly FindingPayload[] {
    return this.view.analysis?.findings ?? [];
  }

  /** The draft changed: the badge says it is checking, and a textarea's underlines (drawn for the old text) hide. */
  checking(): void {
    if (this.view.state === 'checking') return;
    this.setState('checking');
    this.mirror?.hide();
  }

  /** Shows a check's result: the badge's count and score, the underlines, and the list if it is open. */
  show(analysis: AnalysisPayload, snapshot: EditorSnapshot): void {
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

  /** A line under the card's findings (an action that did not go through). */
  say(notice: string): void {
    this.view = { ...this.view, notice };
    this.paint();
  }

  closeCard(): void {
    this.view = { ...this.view, open: undefined, notice: undefined };
    this.paint();
  }

  /** Scrolls to a finding's words and briefly marks them; false when they are no longer drawn. */
  reveal(finding: FindingPayload): boolean {
    this.root.scrollIntoView({ block: 'nearest' });
    if (this.mirror) {
      this.mirror.flash(finding);
      return true;
    }
    const range = this.ranges.find((r) => r.finding === finding)?.range;
    if (!range) return false;
    (range.startContainer.parentElement ?? this.root).scrollIntoView({ block: 'nearest' });
    HighlightLayer.flash(range);
    return true;
  }

  private setState(state: BadgeView['state']): void {
    this.view = { ...this.view, state };
    this.badge.dataset.state = state;
    this.paint();
  }

  private paint(): void {
    renderBadge(this.shadow, this.view, {
      onBadgeClick: () => {
        if (this.view.open !== 'all') this.events.onOpenPanel();
        this.toggleList();
      },
      onAction: (action, finding) => this.events.onAction(action, finding),
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
    const offset = this.events.caretOffset();
    const finding = this.view.analysis.findings.find((f) => offset > f.start && offset < f.end);
    if (!finding) return;
    const rect = this.rectOf(finding);
    if (rect) this.openFinding(finding, rect);
  }

  private rectOf(finding: FindingPayload): DOMRect | undefined {
    if (this.mirror) return this.mirror.rectOf(finding);
    return this.ranges.find((r) => r.finding === finding)?.range.getBoundingClientRect();
  }

  private queueLayout(): void {
    if (this.layoutQueued) return;
    this.layoutQueued = true;
    requestAnimationFrame(() => {
      this.layoutQueued = false;
      if (!this.signal.aborted) this.layout();
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

  /** Removes everything drawn; the listeners go with the session's abort signal. */
  destroy(): void {
    clearTimeout(this.hideTimer);
    this.highlights.clear();
    this.mirror?.remove();
    unmountBadge(this.shadow);
    this.badge.remove();
  }
}
