import { applyWithStrategies, execInsertText, pasteText, selectRange, settle } from './apply';
import { readContentEditable } from './contenteditable';
import type { EditorAdapter } from './types';

/** Quill (LinkedIn) syncs native edits through its MutationObserver as user changes, which its history records. */
export const quillAdapter: EditorAdapter = {
  kind: 'quill',
  read: readContentEditable,
  apply: (root, fix) =>
    applyWithStrategies(
      quillAdapter,
      root,
      fix,
      async (r, snapshot, f) => selectRange(r, snapshot, f) && (await settle(), true),
      [execInsertText, pasteText],
    ),
};
