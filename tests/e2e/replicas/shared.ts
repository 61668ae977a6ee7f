/**
 * What every replica page exposes to the e2e tests on `window.__replica`.
 *
 * `getModelText()` reads the editor's OWN model (Draft's EditorState, Lexical's root, ProseMirror's doc,
 * Quill's delta, a React component's state), not the DOM: a content script that changes only the DOM of a
 * Draft or React editor leaves the site posting the old text, and only the model shows that.
 */
export type ReplicaEditor = 'draft' | 'quill' | 'lexical' | 'prosemirror' | 'textarea' | 'contenteditable';

export interface ReplicaHandle {
  platform: string;
  editor: ReplicaEditor;
  /** The editable element a content script should find (the contenteditable or the textarea). */
  editorSelector: string;
  /** Something to click before the editor exists (YouTube mounts its comment box lazily). */
  activateSelector?: string;
  /** How the model separates the lines typed with Enter ('\n\n' for Lexical paragraphs). */
  lineSeparator: '\n' | '\n\n';
  getModelText(): string;
}

declare global {
  interface Window {
    __replica?: ReplicaHandle;
  }
}

export function exposeReplica(handle: ReplicaHandle): void {
  window.__replica = handle;
  document.documentElement.dataset.replicaReady = handle.platform;
}

/** Styles travel inside the bundle (esbuild's text loader), so each replica is one script. */
export function addStyles(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}

export function appRoot(): HTMLElement {
  const el = document.getElementById('app');
  if (!el) throw new Error('replica shell has no #app');
  return el;
}
