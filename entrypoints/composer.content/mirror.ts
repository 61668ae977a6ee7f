import type { FindingPayload } from '@/utils/messages';
import { underlineCss } from './underline';

/** The computed styles that decide where a textarea's characters land. */
const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth',
  'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'fontFamily', 'fontSize', 'fontWeight',
  'fontStyle', 'fontVariant', 'fontStretch', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform',
  'textAlign', 'direction', 'tabSize', 'whiteSpace', 'overflowWrap', 'wordBreak',
] as const;

/**
 * Textareas have no ranges inside them, so their underlines are drawn on a mirror: a div with the field's
 * exact text metrics laid over it, its text transparent and its flagged parts underlined. It lives in our
 * own shadow root, lets every pointer event through, and follows the field's scroll position.
 */
export class TextareaMirror {
  readonly host = document.createElement('rapport-mirror');
  private readonly box: HTMLDivElement;
  private marks: { el: HTMLElement; finding: FindingPayload }[] = [];

  constructor(private readonly field: HTMLTextAreaElement) {
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.host.style.cssText = 'position:fixed;left:0;top:0;pointer-events:none;z-index:2147483645;display:block';
    this.box = document.createElement('div');
    this.box.setAttribute('aria-hidden', 'true');
    shadow.append(this.box);
    document.documentElement.append(this.host);
  }

  /** Hides the underlines while the text changes under them; the next render shows them again. */
  hide(): void {
    this.host.style.visibility = 'hidden';
  }

  /** Writes the text with its flagged parts marked; `layout` then puts it over the field. */
  render(text: string, findings: readonly FindingPayload[]): void {
    this.host.style.visibility = 'visible';
    this.box.replaceChildren();
    this.marks = [];
    let at = 0;
    for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
      if (finding.start < at || finding.end > text.length || finding.start === finding.end) continue;
      this.box.append(document.createTextNode(text.slice(at, finding.start)));
      const mark = document.createElement('span');
      mark.textContent = text.slice(finding.start, finding.end);
      mark.style.cssText = `${underlineCss(finding.severity)};border-radius:2px`;
      this.box.append(mark);
      this.marks.push({ el: mark, finding });
      at = finding.end;
    }
    // A trailing newline needs a character after it to take up its line, as in the field.
    this.box.append(document.createTextNode(text.slice(at) + '\u200b'));
  }

  /** Puts the mirror over the field with the field's metrics (the overlay calls it in the frame after a render). */
  layout(): void {
    const rect = this.field.getBoundingClientRect();
    const style = getComputedStyle(this.field);
    const s = this.box.style;
    for (const prop of COPIED) s[prop] = style[prop];
    s.position = 'absolute';
    s.overflow = 'hidden';
    s.color = 'transparent';
    s.borderColor = 'transparent';
    s.whiteSpace = 'pre-wrap';
    s.overflowWrap = 'break-word';
    s.margin = '0';
    s.left = `${rect.left}px`;
    s.top = `${rect.top}px`;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    this.box.scrollTop = this.field.scrollTop;
    this.box.scrollLeft = this.field.scrollLeft;
  }

  /** The finding drawn under a point of the viewport, if any. */
  findingAt(x: number, y: number): { finding: FindingPayload; rect: DOMRect } | undefined {
    for (const { el, finding } of this.marks) {
      for (const rect of el.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { finding, rect };
      }
    }
    return undefined;
  }

  rectOf(finding: FindingPayload): DOMRect | undefined {
    return this.marks.find((m) => m.finding.key === finding.key && m.finding.start === finding.start)?.el.getBoundingClientRect();
  }

  /** The mirror's text, laid out as the field's: what the badge must not cover. */
  get content(): Node {
    return this.box;
  }

  /** The mirror's text node and offset at a character offset of the field's value (the caret). */
  positionOf(offset: number): { node: Node; offset: number } | undefined {
    let at = 0;
    const walker = document.createTreeWalker(this.box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.nodeValue?.length ?? 0;
      if (offset <= at + length) return { node, offset: offset - at };
      at += length;
    }
    return undefined;
  }

  /** Scrolls the field to a finding and briefly marks it, when the user picks it in the side panel. */
  flash(finding: FindingPayload): void {
    const mark = this.marks.find((m) => m.finding.key === finding.key && m.finding.start === finding.start)?.el;
    if (!mark) return;
    const top = mark.offsetTop - this.field.clientHeight / 3;
    if (mark.offsetTop < this.field.scrollTop || mark.offsetTop > this.field.scrollTop + this.field.clientHeight - 20) {
      this.field.scrollTop = Math.max(0, top);
    }
    this.layout();
    const tint = mark.style.backgroundColor;
    mark.style.backgroundColor = '#facc1566';
    setTimeout(() => (mark.style.backgroundColor = tint), 900);
  }

  remove(): void {
    this.host.remove();
  }
}
