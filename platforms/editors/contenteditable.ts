import { applyWithStrategies, execInsertText, pasteText, selectRange, settle } from './apply';
import { buildTextMap, rangeFor } from './text-map';
import type { EditorAdapter, EditorSnapshot } from './types';

export function readContentEditable(root: HTMLElement): EditorSnapshot {
  const map = buildTextMap(root);
  return { text: map.text, rangeFor: (start, end) => rangeFor(map, start, end) };
}

/** Plain contenteditable (YouTube comments): the browser's own editing, which the site reads back from the DOM. */
export const contentEditableAdapter: EditorAdapter = {
  kind: 'contenteditable',
  read: readContentEditable,
  apply: (root, fix) =>
    applyWithStrategies(
      contentEditableAdapter,
      root,
      fix,
      async (r, snapshot, f) => selectRange(r, snapshot, f) && (await settle(), true),
      [execInsertText, pasteText],
    ),
};
