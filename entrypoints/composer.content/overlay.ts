import type { EditorSnapshot } from '@/platforms/editors/types';
import type { PlatformId } from '@/platforms/types';
import type { AnalysisPayload, CardAction, FindingPayload } from '@/utils/messages';
import { renderBadge, unmountBadge, type BadgeView } from './badge';
import { HighlightLayer } from './highlights';
import { forgetHost, themeHost } from './appearance';
import { TextareaMirror } from './mirror';
import { boxOf, caretBox, editorCaret, postButtons, textBoxes } from './page-geometry';
import { placeBadge, placePopup, type PopupPlace, type Rect } from './placement';

/** The card's width and tallest height before it scrolls (badge.tsx draws it). */
const CARD = { width: 340, maxHeight: 420, minHeight: 140 };

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
  /** The hovered words a finding's card belongs to, as they were when it opened. */
  private anchor: Rect | undefined;
  /** The list was opened from the badge: keyboard focus goes into it once it is placed. */
  private focusList = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly platform: PlatformId,
    private readonly signal: AbortSignal,
    private readonly events: OverlayEvents,
  ) {
    this.shadow = this.badge.attachShadow({ mode: 'open' });
    this.badge.style.cssText = 'position:fixed;z-index:2147483646;display:block;left:0;top:0';
    this.badge.dataset.platform = platform;
    themeHost(this.badge);
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

  /**
   * The draft changed: the badge says it is checking, and the underlines (drawn for the old text) hide until
   * the check's answer. In rich editors this also keeps typing cheap: while any highlight range is registered,
   * Chromium rebuilds every highlight marker and repaints the words under them after each DOM change, which
   * tripled the page's paint time per keystroke (scripts/bench-extension).
   */
  checking(): void {
    if (this.view.state === 'checking') return;
    // While checking again the badge keeps its words (only its dot turns grey), so its size and place hold
    // until the answer. Before the first answer it says "Checking…", and that is laid out.
    this.setState('checking', { relayout: !this.view.analysis });
    this.mirror?.hide();
    this.highlights.clear();
  }

  /** Shows a check's result: the badge's count and score, the underlines, and the list if it is open. */
  show(analysis: AnalysisPayload, snapshot: EditorSnapshot): void {
    const { findings } = analysis;
    const unique = (xs: string[]) => [...new Set(xs)].sort().join(' ');
    const data = this.badge.dataset;
    data.count = String(findings.length);
    data.score = analysis.score === null ? '' : String(analysis.score);
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
    // The text and the badge's label changed: the badge may no longer fit where it was.
    this.queueLayout();
  }

  /** A line under the card's findings (an action that did not go through). */
  say(notice: string): void {
    this.view = { ...this.view, notice };
    this.paint();
  }

  closeCard(): void {
    this.view = { ...this.view, open: undefined, place: undefined, notice: undefined };
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

  private setState(state: BadgeView['state'], { relayout = true } = {}): void {
    this.view = { ...this.view, state };
    this.badge.dataset.state = state;
    this.paint();
    if (relayout) this.queueLayout();
  }

  /** Draws the badge and any open card, then puts the card where it covers neither the caret's line nor Post. */
  private paint(): void {
    this.render();
    if (this.view.open) this.placeCard();
  }

  private render(): void {
    renderBadge(this.shadow, this.view, {
      onBadgeClick: () => {
        if (this.view.open !== 'all') this.events.onOpenPanel();
        this.toggleList();
      },
      onAction: (action, finding) => this.events.onAction(action, finding),
      onClose: () => {
        const fromList = this.view.open === 'all';
        this.closeCard();
        if (fromList) this.shadow.querySelector<HTMLElement>('button.badge')?.focus();
      },
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
    this.view = { ...this.view, open: 'all', place: undefined };
    this.focusList = true;
    this.paint();
  }

  private openFinding(finding: FindingPayload, rect: DOMRect): void {
    clearTimeout(this.hideTimer);
    if (this.view.open !== 'all' && this.view.open?.key === finding.key && this.view.open.start === finding.start) return;
    this.anchor = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    this.view = { ...this.view, open: finding, place: undefined };
    this.paint();
  }

  /**
   * Measures the open card (drawn hidden the first time) and places it: beside its anchor (the badge for the
   * list, the words for a finding), never over the line being written or the platform's Post button, and
   * off the rest of the draft when there is room elsewhere.
   */
  private placeCard(): void {
    const card = this.shadow.querySelector<HTMLElement>('.card');
    const open = this.view.open;
    if (!card || !open) return;
    const composer = boxOf(this.root);
    const anchor = open === 'all' ? boxOf(this.badge) : (this.rectOf(open) ?? this.anchor);
    if (!anchor) return;
    const caret = this.caretLine(composer);
    const place = placePopup({
      anchor,
      size: { width: CARD.width, height: Math.min(card.scrollHeight, CARD.maxHeight) },
      minHeight: CARD.minHeight,
      avoid: [...(caret ? [caret] : []), ...postButtons(this.platform, composer)],
      prefer: [composer],
      align: open === 'all' ? 'end' : 'start',
      viewport: { width: window.innerWidth, height: window.innerHeight },
    });
    if (!samePlace(place, this.view.place)) {
      this.view = { ...this.view, place };
      this.render();
    }
    if (this.focusList) {
      this.focusList = false;
      this.shadow.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
    }
  }

  /** The line the caret is on, across the composer's width: the words being written. */
  private caretLine(composer: Rect): Rect | undefined {
    let box: Rect | undefined;
    if (this.mirror) {
      const at = this.mirror.positionOf((this.root as HTMLTextAreaElement).selectionEnd);
      box = at && caretBox(at.node, at.offset);
    } else {
      box = editorCaret(this.root);
    }
    return box && { left: composer.left, right: composer.right, top: box.top, bottom: box.bottom };
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
   * The badge sits inside the composer's bottom-right corner when that is clear of the text and the Post
   * button, and beside the composer when it is not (placement.ts decides). It is moved with left/top, not a
   * transform: a transform would make the badge the containing block of the fixed-position card inside it.
   */
  private layout(): void {
    const composer = boxOf(this.root);
    const visible =
      composer.right > composer.left && composer.bottom > composer.top && composer.bottom > 0 && composer.top < window.innerHeight;
    this.badge.style.visibility = visible ? 'visible' : 'hidden';
    this.mirror?.layout();
    const at = placeBadge({
      composer,
      text: textBoxes(this.mirror?.content ?? this.root, composer),
      controls: postButtons(this.platform, composer),
      badge: { width: this.badge.offsetWidth || 120, height: this.badge.offsetHeight || 26 },
      viewport: { width: window.innerWidth, height: window.innerHeight },
    });
    this.badge.style.left = `${at.left}px`;
    this.badge.style.top = `${at.top}px`;
    this.badge.dataset.where = at.where;
    if (this.view.open) this.placeCard();
  }

  /** Removes everything drawn; the listeners go with the session's abort signal. */
  destroy(): void {
    clearTimeout(this.hideTimer);
    this.highlights.clear();
    this.mirror?.remove();
    unmountBadge(this.shadow);
    forgetHost(this.badge);
    this.badge.remove();
  }
}

function samePlace(a: PopupPlace, b: PopupPlace | undefined): boolean {
  return !!b && a.left === b.left && a.top === b.top && a.width === b.width && a.maxHeight === b.maxHeight;
}
