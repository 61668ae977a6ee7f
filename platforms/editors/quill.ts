import { applyWithStrategies, execInsertText, pasteText, selectRange, settle } from './apply';
import { readContentEditable } from './contenteditable';
import type { EditorAdapter } from './types';

/**
 * Quill's history folds changes less than this far apart into one undo step (its `delay` option, one second
 * by default), so a fix applied right after typing would be undone together with the last words typed.
 */
export const HISTORY_MERGE_MS = 1000;

/** Quill (LinkedIn) syncs native edits through its MutationObserver as user changes, which its history records. */
export const quillAdapter: EditorAdapter = {
  kind: 'quill',
  read: readContentEditable,
  async apply(root, fix) {
    // Wait out the merge window, so Ctrl+Z takes back the fix alone and leaves the typing as it was.
    const wait = (fix.editedAt ?? -Infinity) + HISTORY_MERGE_MS + 50 - performance.now();
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    return applyWithStrategies(
      quillAdapter,
      root,
      fix,
      async (r, snapshot, f) => selectRange(r, snapshot, f) && (await settle(), true),
      [execInsertText, pasteText],
    );
  },
};
