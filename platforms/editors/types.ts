export type EditorKind = 'textarea' | 'draft' | 'lexical' | 'prosemirror' | 'quill' | 'contenteditable';

/** The text of an editor at one moment, with a way back from text offsets to the page. */
export interface EditorSnapshot {
  text: string;
  /** A DOM range over `[start, end)`; null for textareas (they have no ranges inside) or a span that moved. */
  rangeFor(start: number, end: number): Range | null;
}

/** A fix as the content script asks for it: `expected` is the text the analysis saw under the span. */
export interface FixRequest {
  start: number;
  end: number;
  text: string;
  expected: string;
  /** When the text last changed (`performance.now()`), for editors whose undo merges changes close in time. */
  editedAt?: number;
}

export type FixOutcome = 'applied' | 'stale' | 'failed';

export interface EditorAdapter {
  kind: EditorKind;
  read(root: HTMLElement): EditorSnapshot;
  /**
   * Replaces the span through the editor's own input path, so the editor's model and its undo history
   * see an ordinary edit. Refuses ('stale') when the text under the span is no longer what was analysed.
   */
  apply(root: HTMLElement, fix: FixRequest): Promise<FixOutcome>;
}
