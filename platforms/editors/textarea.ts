import { applyWithStrategies, execInsertText } from './apply';
import type { EditorAdapter } from './types';

/**
 * Textareas (Mastodon, old Reddit, Instagram comments, X's narrow layout). The browser's insertText over a
 * selection fires a trusted input event that React's onChange sees, and keeps the native undo stack. Setting
 * the value directly would lose undo, so it is never used.
 */
export const textareaAdapter: EditorAdapter = {
  kind: 'textarea',
  read: (root) => ({ text: (root as HTMLTextAreaElement).value, rangeFor: () => null }),
  apply: (root, fix) =>
    applyWithStrategies(
      textareaAdapter,
      root,
      fix,
      (r, _snapshot, f) => {
        const field = r as HTMLTextAreaElement;
        field.focus({ preventScroll: true });
        field.setSelectionRange(f.start, f.end);
        return true;
      },
      [execInsertText],
    ),
};
