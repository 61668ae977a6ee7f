import type { EditorAdapter, EditorSnapshot, FixOutcome, FixRequest } from '@/platforms/editors/types';
import { buildTextMap, offsetOf } from '@/platforms/editors/text-map';

/**
 * The draft in one editor: it notices every edit (typing, the end of an IME composition, and undo or redo
 * in rich editors, which change their text without an input event) and numbers them, so an answer for an
 * older revision can be told from a current one. It reads and writes the text only through the adapter.
 */
export class DraftWatcher {
  /** Increases with every edit, and when a check must drop the answers still on their way. */
  revision = 0;
  /** When the draft last changed (`performance.now()`): Quill's undo merges changes close in time. */
  editedAt = -Infinity;
  private composing = false;
  /** Watches a rich editor's nodes for changes no input event announces. */
  private mutations: MutationObserver | undefined;

  constructor(
    readonly root: HTMLElement,
    private readonly adapter: EditorAdapter,
    private readonly signal: AbortSignal,
    private readonly onEdit: () => void,
  ) {
    const on = (type: string, fn: () => void) => root.addEventListener(type, fn, { signal, passive: true });
    on('input', () => this.announced());
    on('compositionstart', () => (this.composing = true));
    on('compositionend', () => {
      this.composing = false;
      this.announced();
    });
    // Rich editors change their text without an input event on undo and redo (Quill's history, for one),
    // so a change to the editor's nodes that no input event announced by the next task counts as an edit.
    // Textareas always fire input.
    if (!(root instanceof HTMLTextAreaElement)) {
      let pending = false; // one look per task, however many times the nodes change in it
      this.mutations = new MutationObserver(() => {
        if (pending) return;
        pending = true;
        const revision = this.revision;
        window.setTimeout(() => {
          pending = false;
          if (revision === this.revision && !signal.aborted) this.edited();
        }, 0);
      });
      this.mutations.observe(root, { childList: true, characterData: true, subtree: true });
      signal.addEventListener('abort', () => this.mutations?.disconnect());
    }
  }

  /**
   * An input event announced the edit: the node changes it made are taken off the observer's queue, so
   * they are not counted a second time when the observer's turn comes after this listener's.
   */
  private announced(): void {
    this.mutations?.takeRecords();
    this.edited();
  }

  /**
   * The keystroke path: a new revision, and the session is told. Nothing is read here. Mid-composition
   * (IME) the text is not final, so the edit counts when the composition ends.
   */
  edited(): void {
    if (this.composing) return;
    this.editedAt = performance.now();
    this.revision++;
    this.onEdit();
  }

  /** A new revision without an edit: answers still on their way for the old one will be dropped. */
  invalidate(): void {
    this.revision++;
  }

  read(): EditorSnapshot {
    return this.adapter.read(this.root);
  }

  /** Writes a fix through the editor's own input path (see EditorAdapter.apply). */
  apply(fix: FixRequest): Promise<FixOutcome> {
    return this.adapter.apply(this.root, fix);
  }

  /** Where the caret is, as an offset into the draft's text; -1 when there is no caret in it. */
  caretOffset(): number {
    if (this.root instanceof HTMLTextAreaElement) return this.root.selectionStart;
    const selection = document.getSelection();
    if (!selection?.focusNode) return -1;
    return offsetOf(buildTextMap(this.root), selection.focusNode, selection.focusOffset);
  }
}
