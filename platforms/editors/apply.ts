import type { EditorAdapter, EditorSnapshot, FixOutcome, FixRequest } from './types';

/** One way of getting an editor to perform an edit; the span is already selected when it runs. */
export type Strategy = (root: HTMLElement, fix: FixRequest) => void | Promise<void>;

/** Lets the editor's own event handlers and renders run (React, Lexical and ProseMirror update async). */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0)).then(nextFrame);
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Tries each strategy in turn and reads the text back after each: it stops at the first that produced the
 * expected text, and gives up at once if a strategy changed the text some other way, so a fix is never
 * applied twice or somewhere else.
 */
export async function applyWithStrategies(
  adapter: Pick<EditorAdapter, 'read'>,
  root: HTMLElement,
  fix: FixRequest,
  select: (root: HTMLElement, snapshot: EditorSnapshot, fix: FixRequest) => boolean | Promise<boolean>,
  strategies: readonly Strategy[],
): Promise<FixOutcome> {
  const before = adapter.read(root);
  if (before.text.slice(fix.start, fix.end) !== fix.expected) return 'stale';
  const wanted = before.text.slice(0, fix.start) + fix.text + before.text.slice(fix.end);
  for (const strategy of strategies) {
    if (!(await select(root, adapter.read(root), fix))) return 'failed';
    await strategy(root, fix);
    await settle();
    const now = adapter.read(root).text;
    if (now === wanted) return 'applied';
    if (now !== before.text) return 'failed';
  }
  return 'failed';
}

/** The browser's own insertion: a trusted input event, recorded in the native undo stack. */
export const execInsertText: Strategy = (_root, fix) => {
  if (fix.text === '') document.execCommand('delete', false);
  else document.execCommand('insertText', false, fix.text);
};

/** A plain-text paste, which rich editors handle through their clipboard path (and their history). */
export const pasteText: Strategy = (root, fix) => {
  const data = new DataTransfer();
  data.setData('text/plain', fix.text);
  root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
};

/** Selects the span as a DOM range inside a contenteditable editor. */
export function selectRange(root: HTMLElement, snapshot: EditorSnapshot, fix: FixRequest): boolean {
  const range = snapshot.rangeFor(fix.start, fix.end);
  if (!range) return false;
  root.focus({ preventScroll: true });
  const selection = root.ownerDocument.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
