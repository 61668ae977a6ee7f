import { contentEditableAdapter } from './contenteditable';
import { draftAdapter } from './draft';
import { lexicalAdapter } from './lexical';
import { proseMirrorAdapter } from './prosemirror';
import { quillAdapter } from './quill';
import { textareaAdapter } from './textarea';
import type { EditorAdapter, EditorKind } from './types';

const ADAPTERS: Record<EditorKind, EditorAdapter> = {
  textarea: textareaAdapter,
  draft: draftAdapter,
  lexical: lexicalAdapter,
  prosemirror: proseMirrorAdapter,
  quill: quillAdapter,
  contenteditable: contentEditableAdapter,
};

/** The editable root that holds a focused node: the textarea itself, or the outermost contenteditable. */
export function editableRoot(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : node?.parentElement;
  if (!el) return null;
  if (el instanceof HTMLTextAreaElement) return el;
  let root: HTMLElement | null = null;
  for (let cur: HTMLElement | null = el as HTMLElement; cur; cur = cur.parentElement) {
    if (cur.isContentEditable && cur.getAttribute('contenteditable') !== null) root = cur;
    if (!cur.parentElement?.isContentEditable) break;
  }
  return root;
}

/** Editor technology first, by the fingerprints the libraries leave on their roots. */
export function editorKind(root: HTMLElement): EditorKind {
  if (root instanceof HTMLTextAreaElement) return 'textarea';
  if (root.closest('[data-lexical-editor="true"]')) return 'lexical';
  if (root.closest('.public-DraftEditor-content, .DraftEditor-root')) return 'draft';
  if (root.closest('.ProseMirror')) return 'prosemirror';
  if (root.closest('.ql-editor')) return 'quill';
  return 'contenteditable';
}

export function adapterFor(root: HTMLElement): EditorAdapter {
  return ADAPTERS[editorKind(root)];
}

/**
 * Fields Rapport leaves alone: those that opt out of writing assistants, that the user cannot type in,
 * and search or password boxes.
 */
export function isOptedOut(root: HTMLElement): boolean {
  for (let el: HTMLElement | null = root; el; el = el.parentElement) {
    if (el.getAttribute('data-gramm') === 'false' || el.getAttribute('data-enable-grammarly') === 'false') return true;
    if (el.getAttribute('data-rapport') === 'off') return true;
  }
  if (root instanceof HTMLTextAreaElement && (root.readOnly || root.disabled)) return true;
  if (root.getAttribute('aria-readonly') === 'true' || root.getAttribute('aria-disabled') === 'true') return true;
  const role = root.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox' || root.getAttribute('type') === 'search') return true;
  return root.closest('form[role="search"], [role="search"]') !== null;
}
