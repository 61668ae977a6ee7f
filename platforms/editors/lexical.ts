import { applyWithStrategies, pasteText, selectRange, settle, type Strategy } from './apply';
import { readContentEditable } from './contenteditable';
import type { EditorAdapter } from './types';

/**
 * Lexical (Facebook, Threads, new Reddit) handles a cancelable beforeinput itself: it syncs its selection from
 * the DOM, cancels the event and inserts through its command pipeline, so its history records the edit.
 * execCommand is avoided: Lexical editors have duplicated text with it.
 */
const beforeInput =
  (inputType: 'insertReplacementText' | 'insertText'): Strategy =>
  (root, fix) => {
    const dataTransfer = new DataTransfer();
    dataTransfer.setData('text/plain', fix.text);
    root.dispatchEvent(
      new InputEvent('beforeinput', { inputType, data: fix.text, dataTransfer, bubbles: true, cancelable: true, composed: true }),
    );
  };

export const lexicalAdapter: EditorAdapter = {
  kind: 'lexical',
  read: readContentEditable,
  apply: (root, fix) =>
    applyWithStrategies(
      lexicalAdapter,
      root,
      fix,
      async (r, snapshot, f) => selectRange(r, snapshot, f) && (await settle(), true),
      [beforeInput('insertReplacementText'), beforeInput('insertText'), pasteText],
    ),
};
