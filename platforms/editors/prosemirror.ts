import { applyWithStrategies, execInsertText, pasteText, selectRange, settle } from './apply';
import { readContentEditable } from './contenteditable';
import type { EditorAdapter } from './types';

/**
 * ProseMirror and TipTap (Bluesky) watch their DOM and turn a native insertion into a transaction, so the
 * browser's insertText lands in the editor's history; a plain-text paste is the fallback.
 */
export const proseMirrorAdapter: EditorAdapter = {
  kind: 'prosemirror',
  read: readContentEditable,
  apply: (root, fix) =>
    applyWithStrategies(
      proseMirrorAdapter,
      root,
      fix,
      // ProseMirror reads the DOM selection on selectionchange, which fires after a task.
      async (r, snapshot, f) => selectRange(r, snapshot, f) && (await settle(), true),
      [execInsertText, pasteText],
    ),
};
