import type { FindingPayload } from '@/utils/messages';
import { SEVERITY_COLOURS, underlineCss } from './underline';

type Severity = FindingPayload['severity'];
const SEVERITIES = Object.keys(SEVERITY_COLOURS) as Severity[];

/**
 * Underlines in contenteditable editors through the CSS Custom Highlight API: the browser paints ranges we
 * hand it, so not a single node is added to the editor. One Highlight per severity is shared by all the
 * composers on the page; each composer adds and removes only its own ranges.
 */
export class HighlightLayer {
  private readonly mine = new Map<Severity, Range[]>();
  private static styled = false;

  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
  }

  private static ensureStyle(): void {
    if (HighlightLayer.styled) return;
    HighlightLayer.styled = true;
    const style = document.createElement('style');
    style.dataset.rapport = 'highlights';
    style.textContent =
      SEVERITIES.map((s) => `::highlight(rapport-${s}){${underlineCss(s)}}`).join('') +
      '::highlight(rapport-flash){background-color:#facc1566}';
    (document.head ?? document.documentElement).append(style);
  }

  set(entries: { range: Range; severity: Severity }[]): void {
    if (!HighlightLayer.supported()) return;
    HighlightLayer.ensureStyle();
    this.clear();
    for (const { range, severity } of entries) {
      const list = this.mine.get(severity) ?? [];
      list.push(range);
      this.mine.set(severity, list);
      highlightFor(`rapport-${severity}`).add(range);
    }
  }

  clear(): void {
    if (!HighlightLayer.supported()) return;
    for (const [severity, ranges] of this.mine) {
      const highlight = CSS.highlights.get(`rapport-${severity}`);
      for (const range of ranges) highlight?.delete(range);
    }
    this.mine.clear();
  }

  /** Briefly marks a range, when the user picks a finding in the card or the side panel. */
  static flash(range: Range): void {
    if (!HighlightLayer.supported()) return;
    HighlightLayer.ensureStyle();
    const flash = highlightFor('rapport-flash');
    flash.add(range);
    setTimeout(() => flash.delete(range), 900);
  }
}

function highlightFor(name: string): Highlight {
  let highlight = CSS.highlights.get(name);
  if (!highlight) {
    highlight = new Highlight();
    CSS.highlights.set(name, highlight);
  }
  return highlight;
}
