import { applyWithStrategies, execInsertText, selectRange, settle, type Strategy } from './apply';
import { readContentEditable } from './contenteditable';
import { buildTextMap, segmentsIn } from './text-map';
import type { EditorAdapter } from './types';

/**
 * Draft.js (X) learns about input from React's synthetic beforeinput, which Chrome builds from the legacy
 * `textInput` event. An edit must stay inside one text run (Draft corrupts its state otherwise), and the
 * selection needs a task to reach Draft's SelectionState before the insertion.
 */
const textInputEvent: Strategy = (root, fix) => {
  const event = document.createEvent('TextEvent') as Event & {
    initTextEvent(type: string, bubbles: boolean, cancelable: boolean, view: Window | null, data: string): void;
  };
  event.initTextEvent('textInput', true, true, window, fix.text);
  root.dispatchEvent(event);
};

export const draftAdapter: EditorAdapter = {
  kind: 'draft',
  read: readContentEditable,
  apply: (root, fix) =>
    applyWithStrategies(
      draftAdapter,
      root,
      fix,
      async (r, snapshot, f) => {
        if (f.start !== f.end && segmentsIn(buildTextMap(r), f.start, f.end).length !== 1) return false;
        if (!selectRange(r, snapshot, f)) return false;
        await settle();
        return true;
      },
      [execInsertText, textInputEvent],
    ),
};
